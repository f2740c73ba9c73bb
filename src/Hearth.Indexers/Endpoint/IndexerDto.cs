using Hearth.Indexers.Caps;
using Hearth.Indexers.Definitions;
using Hearth.Indexers.History;
using Hearth.Indexers.Limits;
using Hearth.Indexers.Proxies;

namespace Hearth.Indexers.Endpoint;

/// <summary>An indexer as the API shows it: the API key only as a hint of its last characters, a proxy password hidden.</summary>
public sealed record IndexerDto(
    Guid Id,
    string Name,
    IndexerKind Kind,
    string Url,
    string ApiKeyHint,
    IReadOnlyList<int> Categories,
    int Priority,
    IReadOnlyList<string> Tags,
    bool Enabled,
    string? Proxy,
    IndexerLimits Limits,
    IndexerCaps? Caps,
    IndexerState State,
    IndexerStats? Stats)
{
    public static IndexerDto From(IndexerDefinition d, IndexerState state, IndexerStats? stats) => new(
        d.Id, d.Name, d.Kind, d.Url, Hint(d.ApiKey), d.Categories, d.Priority, d.Tags, d.Enabled, ProxyAddress.Redact(d.Proxy), d.Limits, d.Caps, state, stats);

    /// <summary>"…a1b2" for a long key, nothing of a short one: enough to tell keys apart, not to use one.</summary>
    public static string Hint(string key) => key.Length >= 16 ? "…" + key[^4..] : "…";
}
