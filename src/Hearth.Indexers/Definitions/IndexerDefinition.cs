using Hearth.Indexers.Caps;
using Hearth.Indexers.Limits;
using Hearth.Indexers.Newznab;

namespace Hearth.Indexers.Definitions;

public enum IndexerKind
{
    Torznab,
    Newznab,
}

/// <summary>An indexer as stored, API key included: it stays inside the context and never goes out whole.</summary>
public sealed record IndexerDefinition
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public IndexerKind Kind { get; init; }

    public required string Url { get; init; }

    public required string ApiKey { get; init; }

    public IReadOnlyList<int> Categories { get; init; } = [];

    /// <summary>1 is preferred most, 50 least (as Prowlarr counts); duplicates keep the copy from the preferred one.</summary>
    public int Priority { get; init; } = 25;

    public IReadOnlyList<string> Tags { get; init; } = [];

    public bool Enabled { get; init; } = true;

    public string? Proxy { get; init; }

    public IndexerLimits Limits { get; init; } = new(null, null, null, null);

    public IndexerCaps? Caps { get; init; }

    public long CreatedMs { get; init; }

    public long UpdatedMs { get; init; }

    public IndexerConnection Connection => new(Url, ApiKey, Proxy);
}
