using System.Globalization;
using Hearth.Core.Indexers;
using Hearth.Releases;

namespace Hearth.Indexers.Search;

/// <summary>
/// Whether a release found by a title search is what an id query asked for: the asked season and episode (a daily
/// show's air date), a season pack or any episode of the asked season, a film of the asked year (give or take one,
/// as release years and premiere years differ). A text search matches words, not numbering, so its answers are
/// checked here, with the one release-name reader Hearth has.
/// </summary>
public static class ReleaseNumbering
{
    public static bool Matches(string releaseTitle, ReleaseQuery query, int? year)
    {
        var parsed = ReleaseParser.Parse(releaseTitle);
        if (query.Kind == SearchKind.Movie)
        {
            var wanted = query.Year ?? year;
            return parsed.IsParsed && (wanted is null || parsed.Year is null || Math.Abs(parsed.Year.Value - wanted.Value) <= 1);
        }

        if (query.Season is null && string.IsNullOrWhiteSpace(query.Episode))
        {
            // a whole show asked for: any release of it
            return true;
        }

        if (!parsed.IsParsed)
        {
            return false;
        }

        if (query.Episode is { } episode && episode.Contains('/', StringComparison.Ordinal))
        {
            return query.Season is { } y && DateOnly.TryParseExact($"{y}/{episode.Trim()}", "yyyy/MM/dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var aired)
                && parsed.AirDate == aired;
        }

        var season = query.Season;
        var inSeason = season is null || parsed.SeasonNumber == season || parsed.Seasons.Contains(season.Value);
        if (string.IsNullOrWhiteSpace(query.Episode))
        {
            return inSeason;
        }

        return inSeason && int.TryParse(query.Episode, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && parsed.EpisodeNumbers.Contains(number);
    }
}
