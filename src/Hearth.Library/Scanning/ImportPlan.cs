using Hearth.Library.Metadata;
using Hearth.Library.Naming;
using Hearth.Library.Probing;

namespace Hearth.Library.Scanning;

/// <summary>
/// Everything read from disk about one new or changed file, gathered before the writer is taken so
/// the write transaction holds no I/O: the names, the NFO and the artwork, and the media info when the
/// store had it already (null: the file is listed now and probed after).
/// </summary>
public sealed record ImportPlan(FoundFile File, MediaInfo? Info)
{
    public MoviePath? Movie { get; init; }

    public EpisodePath? Episode { get; init; }

    public NfoMetadata? Nfo { get; init; }

    public Artwork? Art { get; init; }

    /// <summary>The folder of the show (first segment under the library folder), for show-level lookups.</summary>
    public string? ShowFolder { get; init; }

    public string? SeasonFolder { get; init; }

    public Artwork? SeasonArt { get; init; }
}

/// <summary>A batch ready to write: the plans, and each touched show's own metadata by show folder.</summary>
public sealed record ImportBatch(ImportPlan[] Plans, IReadOnlyDictionary<string, ShowMetadata> Shows);

/// <summary>Show- and season-level metadata, read once per show in a batch.</summary>
public sealed record ShowMetadata(NfoMetadata? Nfo, Artwork Art);

/// <summary>Why a file could not be read: the kind, the sentence a person reads, and ffprobe's own words.</summary>
public sealed record FileFailure(ProbeFailure Kind, string Reason, string? Detail);
