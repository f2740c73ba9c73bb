using System.Globalization;
using Hearth.Core.Indexers;
using Hearth.Indexers.Caps;

namespace Hearth.Indexers.Search;

/// <summary>One request's parameters for one indexer (without paging and the API key, which the client adds).</summary>
public sealed record QueryPlan(IReadOnlyList<KeyValuePair<string, string>> Parameters, bool FellBackToText)
{
    public string Function => Parameters.First(p => p.Key == "t").Value;

    public string? Get(string key) => Parameters.FirstOrDefault(p => p.Key == key).Value;

    /// <summary>The parameters as a query string, for history and logs (never holds the API key).</summary>
    public override string ToString() => string.Join('&', Parameters.Select(p => p.Key + "=" + p.Value));
}

/// <summary>
/// Turns a <see cref="ReleaseQuery"/> into what one indexer understands: only the parameters its caps
/// list, ids where it takes them, else the title with season and episode (or the year) as text.
/// </summary>
public static class QueryBuilder
{
    /// <returns>Null when this indexer cannot answer the query (ids only, none supported, and no title).</returns>
    public static QueryPlan? Build(ReleaseQuery query, IndexerCaps caps, IReadOnlyList<int> configuredCategories)
    {
        var categories = query.Categories.Count > 0
            ? (caps.Categories.Count == 0 ? query.Categories : CategoryMapper.Map(query.Categories, caps))
            : configuredCategories;
        if (query.Categories.Count > 0 && categories.Count == 0)
        {
            return null;
        }

        var plan = query.Kind switch
        {
            _ when query.Kind != SearchKind.Search && IsEmpty(query) => Latest(query.Kind, caps),
            SearchKind.Tv => Tv(query, caps),
            SearchKind.Movie => Movie(query, caps),
            _ => Generic(query.Text, false),
        };
        if (plan is null)
        {
            return null;
        }

        if (categories.Count > 0)
        {
            plan.Parameters.Add(new("cat", string.Join(',', categories.Select(c => c.ToString(CultureInfo.InvariantCulture)))));
        }

        return new QueryPlan(plan.Parameters, plan.FellBack);
    }

    /// <summary>No title, no id, no season: the latest releases (an RSS sync, as Sonarr and Radarr send it).</summary>
    private static bool IsEmpty(ReleaseQuery q) =>
        string.IsNullOrWhiteSpace(q.Text) && q.TvdbId is null && q.TvMazeId is null && string.IsNullOrWhiteSpace(q.ImdbId) && q.TmdbId is null
        && q.Season is null && string.IsNullOrWhiteSpace(q.Episode) && q.Year is null;

    private static Draft Latest(SearchKind kind, IndexerCaps caps)
    {
        var (mode, function) = kind == SearchKind.Tv ? (IndexerCaps.TvSearch, "tvsearch") : (IndexerCaps.MovieSearch, "movie");
        return caps.Mode(mode).Available ? new Draft([new("t", function)], false) : Generic(null, false);
    }

    private sealed record Draft(List<KeyValuePair<string, string>> Parameters, bool FellBack);

    private static Draft Generic(string? text, bool fellBack)
    {
        var parameters = new List<KeyValuePair<string, string>> { new("t", "search") };
        if (!string.IsNullOrWhiteSpace(text))
        {
            parameters.Add(new("q", text.Trim()));
        }

        return new Draft(parameters, fellBack);
    }

    private static Draft? Tv(ReleaseQuery query, IndexerCaps caps)
    {
        var mode = caps.Mode(IndexerCaps.TvSearch);
        var ids = new List<KeyValuePair<string, string>>();
        AddId(ids, mode, "tvdbid", query.TvdbId);
        AddId(ids, mode, "tvmazeid", query.TvMazeId);
        if (ImdbDigits(query.ImdbId) is { } imdb && mode.Supports("imdbid"))
        {
            ids.Add(new("imdbid", imdb));
        }

        var seasonEpisodeAsParams = (query.Season is null || mode.Supports("season")) && (query.Episode is null || mode.Supports("ep"));
        var hasText = !string.IsNullOrWhiteSpace(query.Text);
        if (mode.Available && seasonEpisodeAsParams && (ids.Count > 0 || (hasText && mode.Supports("q"))))
        {
            var parameters = new List<KeyValuePair<string, string>> { new("t", "tvsearch") };
            parameters.AddRange(ids.Count > 0 ? ids : [new("q", query.Text!.Trim())]);
            if (query.Season is { } season)
            {
                parameters.Add(new("season", season.ToString(CultureInfo.InvariantCulture)));
            }

            if (!string.IsNullOrWhiteSpace(query.Episode))
            {
                parameters.Add(new("ep", query.Episode.Trim()));
            }

            return new Draft(parameters, false);
        }

        if (!hasText)
        {
            return null;
        }

        var text = query.Text!.Trim() + SeasonEpisodeText(query.Season, query.Episode);
        if (mode.Available && mode.Supports("q"))
        {
            return new Draft([new("t", "tvsearch"), new("q", text)], true);
        }

        return Generic(text, true);
    }

    private static Draft? Movie(ReleaseQuery query, IndexerCaps caps)
    {
        var mode = caps.Mode(IndexerCaps.MovieSearch);
        var ids = new List<KeyValuePair<string, string>>();
        if (ImdbDigits(query.ImdbId) is { } imdb && mode.Supports("imdbid"))
        {
            ids.Add(new("imdbid", imdb));
        }

        AddId(ids, mode, "tmdbid", query.TmdbId);
        var hasText = !string.IsNullOrWhiteSpace(query.Text);
        if (mode.Available && (ids.Count > 0 || (hasText && mode.Supports("q"))))
        {
            var parameters = new List<KeyValuePair<string, string>> { new("t", "movie") };
            var yearAsParam = query.Year is not null && mode.Supports("year");
            parameters.AddRange(ids.Count > 0 ? ids : [new("q", query.Text!.Trim() + (query.Year is { } y && !yearAsParam ? " " + y.ToString(CultureInfo.InvariantCulture) : string.Empty))]);
            if (yearAsParam)
            {
                parameters.Add(new("year", query.Year!.Value.ToString(CultureInfo.InvariantCulture)));
            }

            return new Draft(parameters, false);
        }

        if (!hasText)
        {
            return null;
        }

        return Generic(query.Text!.Trim() + (query.Year is { } year ? " " + year.ToString(CultureInfo.InvariantCulture) : string.Empty), true);
    }

    private static void AddId(List<KeyValuePair<string, string>> ids, SearchMode mode, string name, int? value)
    {
        if (value is { } id && mode.Supports(name))
        {
            ids.Add(new(name, id.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>" S01E02", " S01", or " 2024.02.14" for a daily show.</summary>
    internal static string SeasonEpisodeText(int? season, string? episode)
    {
        if (season is null)
        {
            return string.IsNullOrWhiteSpace(episode) ? string.Empty : " E" + episode.Trim();
        }

        var s = season.Value.ToString(CultureInfo.InvariantCulture);
        if (string.IsNullOrWhiteSpace(episode))
        {
            return " S" + s.PadLeft(2, '0');
        }

        if (episode.Contains('/', StringComparison.Ordinal))
        {
            return " " + s + "." + episode.Trim().Replace('/', '.');
        }

        return " S" + s.PadLeft(2, '0') + "E" + episode.Trim().PadLeft(2, '0');
    }

    /// <summary>Newznab takes IMDb ids as digits ("0371746").</summary>
    internal static string? ImdbDigits(string? imdb)
    {
        if (string.IsNullOrWhiteSpace(imdb))
        {
            return null;
        }

        var digits = imdb.Trim();
        digits = digits.StartsWith("tt", StringComparison.OrdinalIgnoreCase) ? digits[2..] : digits;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) ? digits.PadLeft(7, '0') : null;
    }
}
