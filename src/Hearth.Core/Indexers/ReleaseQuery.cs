namespace Hearth.Core.Indexers;

/// <summary>Which Newznab search function a query asks for.</summary>
public enum SearchKind
{
    Search,
    Tv,
    Movie,
}

/// <summary>
/// What the automation (or a person) asks the indexer hub for. Ids are preferred where an indexer supports
/// them; <see cref="Text"/> is the title the hub falls back to when it does not.
/// </summary>
public sealed record ReleaseQuery
{
    public SearchKind Kind { get; init; }

    public string? Text { get; init; }

    public int? Season { get; init; }

    /// <summary>An episode number, or a date-style episode ("02/14") as Newznab allows.</summary>
    public string? Episode { get; init; }

    public int? TvdbId { get; init; }

    public int? TvMazeId { get; init; }

    /// <summary>With or without the "tt" prefix.</summary>
    public string? ImdbId { get; init; }

    public int? TmdbId { get; init; }

    public int? Year { get; init; }

    /// <summary>Standard Newznab categories (2000 Movies, 5000 TV, …); each indexer's own are mapped from these.</summary>
    public IReadOnlyList<int> Categories { get; init; } = [];

    public int Offset { get; init; }

    public int Limit { get; init; } = 100;

    /// <summary>Only these indexers; null asks every enabled one.</summary>
    public IReadOnlyList<Guid>? Indexers { get; init; }
}
