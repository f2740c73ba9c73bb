using Hearth.Acquisition.CustomFormats;
using Hearth.Core.Indexers;
using Hearth.Releases;
using Hearth.Releases.Quality;

namespace Hearth.Acquisition.Decisions;

/// <summary>One release, read and judged: what it is, the formats it matches, and every reason it was not taken.</summary>
public sealed class Decision
{
    internal Decision(ReleaseFacts facts, IReadOnlyList<CustomFormat> formats, int formatScore, int rank, double? ageHours)
    {
        Facts = facts;
        Formats = formats;
        FormatScore = formatScore;
        Rank = rank;
        AgeHours = ageHours;
    }

    internal ReleaseFacts Facts { get; }

    public IndexerRelease Release => Facts.Release;

    public ParsedRelease Parsed => Facts.Parsed;

    public ParsedQuality Quality => Facts.Parsed.Quality;

    public IReadOnlyList<CustomFormat> Formats { get; }

    public int FormatScore { get; }

    /// <summary>The quality's step in the profile (-1 when the profile does not list it).</summary>
    public int Rank { get; }

    public double? AgeHours { get; }

    public List<Rejection> Rejections { get; } = [];

    public bool Accepted => Rejections.Count == 0;

    /// <summary>The episode numbers the release holds; null for a movie or a whole season.</summary>
    internal IReadOnlyList<int>? Episodes => Facts.Type is ReleaseType.SingleEpisode or ReleaseType.MultiEpisode && Parsed.EpisodeNumbers.Count > 0
        ? Parsed.EpisodeNumbers
        : null;

    public override string ToString() => $"{Release.Title} ({QualityText.Of(Quality)}, {FormatScore}){(Accepted ? "" : ": " + string.Join("; ", Rejections.Select(r => r.Code)))}";
}
