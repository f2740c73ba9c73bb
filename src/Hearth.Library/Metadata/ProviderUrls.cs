using System.Text.RegularExpressions;

namespace Hearth.Library.Metadata;

/// <summary>Provider ids from the IMDb, TMDB and TheTVDB links Kodi accepts in an NFO.</summary>
internal static partial class ProviderUrls
{
    /// <summary>Adds the ids found in <paramref name="text"/>; returns the kind the links imply, if any.</summary>
    public static NfoKind? Extract(string text, IDictionary<string, string> ids)
    {
        NfoKind? kind = null;
        if (ImdbRegex().Match(text) is { Success: true } imdb)
        {
            ids.TryAdd("imdb", imdb.Groups["id"].Value.ToLowerInvariant());
            kind = NfoKind.Movie;
        }

        if (TmdbRegex().Match(text) is { Success: true } tmdb)
        {
            ids.TryAdd("tmdb", tmdb.Groups["id"].Value);
            kind = tmdb.Groups["type"].Value.Equals("tv", StringComparison.OrdinalIgnoreCase) ? NfoKind.Show : NfoKind.Movie;
        }

        if (TvdbRegex().Match(text) is { Success: true } tvdb)
        {
            ids.TryAdd("tvdb", tvdb.Groups["id"].Value);
            kind = NfoKind.Show;
        }

        return kind;
    }

    [GeneratedRegex(@"imdb\.com/(?:[a-z]{2}/)?title/(?<id>tt\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImdbRegex();

    [GeneratedRegex(@"themoviedb\.org/(?:[a-z]{2}/)?(?<type>movie|tv)/(?<id>\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TmdbRegex();

    [GeneratedRegex(@"thetvdb\.com/(?:(?:dereferrer/)?series/(?<id>\d+)|\S*?[?&]id=(?<id>\d+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TvdbRegex();
}
