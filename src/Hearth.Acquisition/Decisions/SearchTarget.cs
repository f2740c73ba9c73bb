using System.Text.RegularExpressions;
using Hearth.Releases;
using Hearth.Releases.Languages;
using Hearth.Releases.Quality;

namespace Hearth.Acquisition.Decisions;

public enum TargetKind
{
    Movie,
    Episodes,
}

/// <summary>
/// A file on disk, or a grab in the queue, for what is searched: its quality and custom-format score, and for a
/// series the episodes it holds (empty for a movie).
/// </summary>
public sealed record HeldRelease(ParsedQuality Quality, int FormatScore, IReadOnlyList<int> Episodes)
{
    public HeldRelease(QualityDefinition quality, int formatScore = 0)
        : this(new ParsedQuality(quality, Revision.Default, DetectionSource.Name, DetectionSource.Name), formatScore, [])
    {
    }

    public override string ToString() => QualityText.Of(Quality);
}

/// <summary>
/// What releases are decided for: a movie, or episodes of one season of a series (several, or the whole season
/// when <see cref="SeasonSearch"/>), with what is on disk and queued for it.
/// </summary>
public sealed partial record SearchTarget
{
    public required TargetKind Kind { get; init; }

    /// <summary>The movie's or series' title.</summary>
    public required string Title { get; init; }

    public IReadOnlyList<string> AlternativeTitles { get; init; } = [];

    public int? Year { get; init; }

    /// <summary>The movie's runtime, or one episode's.</summary>
    public int? RuntimeMinutes { get; init; }

    /// <summary>The title's own language, for profiles and formats that ask for "Original".</summary>
    public Language? OriginalLanguage { get; init; }

    public int? Season { get; init; }

    /// <summary>The episodes asked for; empty in a season search.</summary>
    public IReadOnlyList<int> Episodes { get; init; } = [];

    /// <summary>The whole season is asked for, as a pack.</summary>
    public bool SeasonSearch { get; init; }

    /// <summary>How many episodes the season has, for a pack's expected size.</summary>
    public int EpisodesInSeason { get; init; }

    /// <summary>The season's episodes that are monitored and missing or below cutoff; null takes every one.</summary>
    public IReadOnlySet<int>? WantedEpisodes { get; init; }

    /// <summary>Anime numbering: absolute episode number to the episode of <see cref="Season"/>, from the episode list.</summary>
    public IReadOnlyDictionary<int, int> AbsoluteEpisodes { get; init; } = new Dictionary<int, int>();

    /// <summary>Daily shows: air date to the episode of <see cref="Season"/>, from the episode list.</summary>
    public IReadOnlyDictionary<DateOnly, int> AirDates { get; init; } = new Dictionary<DateOnly, int>();

    public IReadOnlyList<HeldRelease> OnDisk { get; init; } = [];

    public IReadOnlyList<HeldRelease> Queued { get; init; } = [];

    // a record's copy (with) keeps this field: the titles it was built from are kept beside it to tell
    private (string Title, IReadOnlyList<string> Alternatives, int? Year, HashSet<string> Normalized)? _titles;

    /// <summary>Every title the release may carry, normalised as the parser does: each title, with and without the year.</summary>
    internal HashSet<string> NormalizedTitles
    {
        get
        {
            if (_titles is not { } t || !ReferenceEquals(t.Title, Title) || !ReferenceEquals(t.Alternatives, AlternativeTitles) || t.Year != Year)
            {
                _titles = t = (Title, AlternativeTitles, Year, BuildTitles());
            }
            return t.Normalized;
        }
    }

    private HashSet<string> BuildTitles()
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in AlternativeTitles.Prepend(Title))
        {
            var bare = TrailingYear().Replace(title, string.Empty);
            titles.Add(ReleaseTitles.Normalize(title));
            titles.Add(ReleaseTitles.Normalize(bare));
            if (Year is { } year)
            {
                titles.Add(ReleaseTitles.Normalize($"{bare} {year}"));
            }
        }
        titles.Remove(string.Empty);
        return titles;
    }

    [GeneratedRegex(@"\s*\(?\b(19|20)\d\d\)?\s*$")]
    private static partial Regex TrailingYear();

    /// <summary>The episodes of <see cref="Season"/> a release holds (by number, absolute number or air date); null for a whole season or when they cannot be placed.</summary>
    internal IReadOnlyList<int>? EpisodesOf(ParsedRelease parsed)
    {
        if (parsed.IsFullSeason)
        {
            return null;
        }
        if (parsed.EpisodeNumbers.Count > 0)
        {
            return parsed.EpisodeNumbers;
        }
        if (parsed.AbsoluteEpisodeNumbers.Count > 0 && parsed.AbsoluteEpisodeNumbers.All(AbsoluteEpisodes.ContainsKey))
        {
            return parsed.AbsoluteEpisodeNumbers.Select(a => AbsoluteEpisodes[a]).ToList();
        }
        return parsed.AirDate is { } date && AirDates.TryGetValue(date, out var episode) ? [episode] : null;
    }

    /// <summary>The held files (or grabs) a release would replace: all of a movie's; a series' that share an episode with it.</summary>
    internal IEnumerable<HeldRelease> HeldFor(IReadOnlyList<HeldRelease> held, Decision release)
    {
        if (Kind == TargetKind.Movie || held.Count == 0)
        {
            return held;
        }
        var episodes = EpisodesOf(release.Parsed);
        return episodes is null ? held : held.Where(h => h.Episodes.Count == 0 || h.Episodes.Any(episodes.Contains));
    }

    /// <summary>The runtime a release's size is judged by: the movie's, or one episode's times the episodes it holds.</summary>
    internal double? RuntimeOf(Decision release)
    {
        if (RuntimeMinutes is not { } runtime)
        {
            return null;
        }
        if (Kind == TargetKind.Movie)
        {
            return runtime;
        }
        var episodes = EpisodesOf(release.Parsed);
        var count = episodes?.Count ?? (release.Parsed.IsFullSeason && EpisodesInSeason > 0 ? EpisodesInSeason : 0);
        return count > 0 ? runtime * count : null;
    }

    public static SearchTarget Movie(string title, int? year, int? runtimeMinutes = null) =>
        new() { Kind = TargetKind.Movie, Title = title, Year = year, RuntimeMinutes = runtimeMinutes };

    public static SearchTarget Episode(string series, int season, int episode, int? runtimeMinutes = null) =>
        new() { Kind = TargetKind.Episodes, Title = series, Season = season, Episodes = [episode], RuntimeMinutes = runtimeMinutes };
}

internal static class QualityText
{
    public static string Of(ParsedQuality quality) => quality.Revision switch
    {
        { Real: > 0 } => $"{quality.Quality.Name} REAL",
        { IsRepack: true } => $"{quality.Quality.Name} REPACK",
        { Version: > 1 } => $"{quality.Quality.Name} PROPER",
        _ => quality.Quality.Name,
    };
}
