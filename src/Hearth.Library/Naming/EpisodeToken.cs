using System.Globalization;
using System.Text.RegularExpressions;

namespace Hearth.Library.Naming;

/// <summary>The episode marker found in a file name and where it sits.</summary>
internal sealed record EpisodeToken(int Index, int Length, int? Season, int? Episode, int? EpisodeEnd, DateOnly? AirDate)
{
    /// <summary>
    /// Finds the marker Sonarr, Plex and Jellyfin understand, most specific first: S01E02 (and multi-
    /// episode forms), 1x02, a date, "Season 1 Episode 2", then a bare E05/ep05/"Episode 5". Leading or
    /// " - 05" numbers count only inside a season folder, where nothing else could be meant.
    /// </summary>
    public static EpisodeToken? Find(string name, bool inSeasonFolder)
    {
        if (Patterns.SeasonEpisode().Match(name) is { Success: true } se)
        {
            return FromMatch(se, Number(se.Groups["s"]));
        }

        if (Patterns.Crossed().Match(name) is { Success: true } x)
        {
            return FromMatch(x, Number(x.Groups["s"]));
        }

        foreach (Match d in Patterns.Date().Matches(name))
        {
            if (DateOnly.TryParseExact(
                $"{d.Groups["y"].Value}-{d.Groups["m"].Value.PadLeft(2, '0')}-{d.Groups["d"].Value.PadLeft(2, '0')}",
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var date))
            {
                return new EpisodeToken(d.Index, d.Length, null, null, null, date);
            }
        }

        if (Patterns.Spelled().Match(name) is { Success: true } spelled)
        {
            return FromMatch(spelled, Number(spelled.Groups["s"]));
        }

        if (Patterns.Bare().Match(name) is { Success: true } bare)
        {
            return FromMatch(bare, null);
        }

        if (inSeasonFolder)
        {
            var numbered = Patterns.Leading().Match(name);
            if (!numbered.Success)
            {
                numbered = Patterns.Dashed().Match(name);
            }

            if (numbered.Success)
            {
                return FromMatch(numbered, null);
            }
        }

        return null;
    }

    private static EpisodeToken FromMatch(Match match, int? season)
    {
        var episode = Number(match.Groups["e"]);
        int? end = null;
        foreach (Capture capture in match.Groups["e2"].Captures)
        {
            var value = int.Parse(capture.Value, CultureInfo.InvariantCulture);
            // "S01E05-01" is not a range; only a later episode ends one
            if (value > (end ?? episode ?? int.MaxValue))
            {
                end = value;
            }
        }

        return new EpisodeToken(match.Index, match.Length, season, episode, end, null);
    }

    private static int? Number(Group group) =>
        group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : null;
}

internal static partial class Patterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"(?<![\p{L}\p{N}])s(?<s>\d{1,4})[ ._-]?e(?<e>\d{1,4})(?:(?:[ ._-]?e|-e?|-s\d{1,4}e)(?<e2>\d{1,4}))*(?!\p{L}|\d)", Options)]
    internal static partial Regex SeasonEpisode();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<s>\d{1,2})x(?<e>\d{2,3})(?:[-x](?:\d{1,2}x)?(?<e2>\d{2,3}))*(?![\p{L}\p{N}])", Options)]
    internal static partial Regex Crossed();

    [GeneratedRegex(@"(?<!\p{N})(?<y>(?:19|20)\d\d)[-._ ](?<m>0?[1-9]|1[0-2])[-._ ](?<d>0?[1-9]|[12]\d|3[01])(?!\p{N})", Options)]
    internal static partial Regex Date();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])season[ ._-]*(?<s>\d{1,4})[ ._-]*episode[ ._-]*(?<e>\d{1,4})(?![\p{L}\p{N}])", Options)]
    internal static partial Regex Spelled();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:e|ep|episode)[ ._-]?(?<e>\d{1,4})(?:-(?:e|ep)?(?<e2>\d{1,4}))?(?![\p{L}\p{N}])", Options)]
    internal static partial Regex Bare();

    [GeneratedRegex(@"^(?<e>\d{1,3})(?:-(?<e2>\d{1,3}))?(?=$|[ ._]|\s*-)", Options)]
    internal static partial Regex Leading();

    [GeneratedRegex(@"\s-\s(?<e>\d{1,3})(?=$|[\s._(\[])", Options)]
    internal static partial Regex Dashed();
}
