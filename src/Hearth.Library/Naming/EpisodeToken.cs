using System.Globalization;
using System.Text.RegularExpressions;
using Hearth.Releases;

namespace Hearth.Library.Naming;

/// <summary>
/// The numbering of an episode file. The release reader finds it (S01E02, 1x02, dates, anime numbers,
/// "Part 1"); inside a season folder the layout adds what only a folder makes clear: a bare number
/// ("Season 1/01 - Pilot.mkv"), "E05", "Episode 6" or " - 05" is the episode.
/// </summary>
internal sealed record EpisodeToken(int? Season, int? Episode, int? EpisodeEnd, DateOnly? AirDate, string? Title)
{
    public static EpisodeToken? FromRelease(ParsedRelease release, string written)
    {
        // the episode title as the person wrote it ("Gov. Deval Patrick", "Why are we doing this?")
        var title = release.EpisodeTitle is { } read ? TitleCleaner.AsWritten(written, read, lastOccurrence: true) ?? read : null;
        if (release.Kind != ReleaseKind.Episode || release.IsFullSeason)
        {
            return null;
        }

        if (release.AirDate is { } date)
        {
            return new EpisodeToken(null, null, null, date, title);
        }

        IReadOnlyList<int> numbers = release.EpisodeNumbers.Count > 0 ? release.EpisodeNumbers : release.AbsoluteEpisodeNumbers;
        if (numbers.Count == 0)
        {
            return null;
        }

        // anime numbering counts from the first episode; its season, if any, is the folder's
        var season = release.EpisodeNumbers.Count > 0 ? release.SeasonNumber : null;
        var end = numbers[^1] > numbers[0] ? numbers[^1] : (int?)null;
        return new EpisodeToken(season, numbers[0], end, null, title);
    }

    /// <summary>
    /// An episode the reader did not number: "E05", "Episode 6" anywhere (as Plex and Jellyfin read them); a bare
    /// number only a season folder makes an episode's ("01 - Pilot", "Show - 05").
    /// </summary>
    public static EpisodeToken? Marked(string name, bool inSeasonFolder)
    {
        var match = inSeasonFolder ? SeasonFolderNumbers.Leading().Match(name) : Match.Empty;
        if (!match.Success)
        {
            match = SeasonFolderNumbers.Marked().Match(name);
        }

        if (!match.Success && inSeasonFolder)
        {
            match = SeasonFolderNumbers.Dashed().Match(name);
        }

        if (!match.Success)
        {
            return null;
        }

        var episode = int.Parse(match.Groups["e"].Value, CultureInfo.InvariantCulture);
        int? end = match.Groups["e2"].Success ? int.Parse(match.Groups["e2"].Value, CultureInfo.InvariantCulture) : null;
        var title = TitleAfter(name[(match.Index + match.Length)..]);
        return new EpisodeToken(null, episode, end > episode ? end : null, null, title.Any(char.IsLetterOrDigit) ? title : null);
    }

    // what follows the number up to the release tags ("- Pilot [HDTV-720p]" → "Pilot"), as the release reader ends a title
    private static string TitleAfter(string rest)
    {
        var release = ReleaseParser.ParseMovie(rest);
        var written = TitleCleaner.Tidy(rest);
        return release.Title.Length == 0 || release.Title.Length >= written.Length
            ? written
            : TitleCleaner.AsWritten(written, release.Title) ?? release.Title;
    }
}

internal static partial class SeasonFolderNumbers
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^(?<e>\d{1,3})(?:-(?<e2>\d{1,3}))?(?=$|[ ._]|\s*-)", Options)]
    internal static partial Regex Leading();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:e|ep|episode)[ ._-]?(?<e>\d{1,4})(?:-(?:e|ep)?(?<e2>\d{1,4}))?(?![\p{L}\p{N}])", Options)]
    internal static partial Regex Marked();

    [GeneratedRegex(@"\s-\s(?<e>\d{1,3})(?=$|[\s._(\[])", Options)]
    internal static partial Regex Dashed();
}
