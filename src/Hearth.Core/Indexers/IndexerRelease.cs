namespace Hearth.Core.Indexers;

public enum ReleaseProtocol
{
    Torrent,
    Usenet,
}

/// <summary>One release as an indexer described it (the RSS item with its Torznab/Newznab attributes).</summary>
public sealed record IndexerRelease
{
    public required string Title { get; init; }

    public string? Guid { get; init; }

    /// <summary>Where the .torrent or .nzb is fetched from (the enclosure, else the link).</summary>
    public string? Link { get; init; }

    public string? CommentsUrl { get; init; }

    public string? MagnetUrl { get; init; }

    /// <summary>Lower-case hexadecimal (or base32 as the magnet had it).</summary>
    public string? InfoHash { get; init; }

    public long? Size { get; init; }

    public DateTimeOffset? PublishDate { get; init; }

    public IReadOnlyList<int> Categories { get; init; } = [];

    public int? Seeders { get; init; }

    public int? Peers { get; init; }

    public int? Grabs { get; init; }

    public double? DownloadVolumeFactor { get; init; }

    public double? UploadVolumeFactor { get; init; }

    public double? MinimumRatio { get; init; }

    /// <summary>Seconds.</summary>
    public long? MinimumSeedTime { get; init; }

    public string? ImdbId { get; init; }

    public int? TvdbId { get; init; }

    public int? TmdbId { get; init; }

    public int? TvMazeId { get; init; }

    public ReleaseProtocol Protocol { get; init; }

    public Guid IndexerId { get; init; }

    public string IndexerName { get; init; } = string.Empty;

    /// <summary>Other indexers that listed the same release (after deduplication).</summary>
    public IReadOnlyList<string> AlsoOn { get; init; } = [];
}

/// <summary>How one indexer answered one search.</summary>
public sealed record IndexerSearchOutcome(Guid IndexerId, string Name, IndexerOutcome Outcome, int Results, int Skipped, long DurationMs, string? Message);

public sealed record ReleaseSearchResult(IReadOnlyList<IndexerRelease> Releases, IReadOnlyList<IndexerSearchOutcome> Indexers);

/// <summary>
/// The indexer hub as the rest of Hearth sees it: the automation asks here, never an indexer directly,
/// so limits, back-off and history apply to every search, in one process or across roles.
/// </summary>
public interface IReleaseSearch
{
    Task<ReleaseSearchResult> SearchAsync(ReleaseQuery query, CancellationToken cancellationToken);
}
