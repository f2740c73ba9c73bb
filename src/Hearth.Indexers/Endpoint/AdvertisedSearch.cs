using Hearth.Indexers.Caps;
using Hearth.Indexers.Search;

namespace Hearth.Indexers.Endpoint;

/// <summary>
/// The search modes Hearth's Torznab caps advertise: for one indexer, what that indexer takes (as its own caps say)
/// plus what Hearth answers for it itself (season and episode as text for an indexer that searches text, and ids
/// turned into a title when a metadata provider can name them); across several, what it can answer across them.
/// A parameter is never advertised that no indexer behind the endpoint would be asked with: a client such as
/// Sonarr sends ids alone when the caps list them, and an id nobody can use would come back as an empty answer.
/// </summary>
public sealed record AdvertisedSearch(IReadOnlyList<string> Tv, IReadOnlyList<string> Movie)
{
    // in the order Torznab lists them; rid (TVRage, closed in 2015) is never passed on
    private static readonly string[] TvParams = ["q", "season", "ep", "tvdbid", "tvmazeid", "imdbid"];
    private static readonly string[] MovieParams = ["q", "imdbid", "tmdbid", "year"];

    public static AdvertisedSearch For(IEnumerable<IndexerCaps> behind, IdTitles titles)
    {
        var tv = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var movie = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var caps in behind)
        {
            var text = caps.Mode(IndexerCaps.Search).Supports("q") || caps.Mode(IndexerCaps.TvSearch).Supports("q") || caps.Mode(IndexerCaps.MovieSearch).Supports("q");
            var tvMode = caps.Mode(IndexerCaps.TvSearch);
            if (tvMode.Available)
            {
                tv.UnionWith(TvParams.Where(tvMode.Supports));
            }

            var movieMode = caps.Mode(IndexerCaps.MovieSearch);
            if (movieMode.Available)
            {
                movie.UnionWith(MovieParams.Where(movieMode.Supports));
            }

            if (text)
            {
                // the hub writes season and episode (or the year) into the text, and asks by the title ids name
                tv.UnionWith(["q", "season", "ep"]);
                movie.UnionWith(["q", "year"]);
                if (titles.ForShows)
                {
                    tv.UnionWith(["tvdbid", "tvmazeid", "imdbid"]);
                }

                if (titles.ForMovies)
                {
                    movie.UnionWith(["imdbid", "tmdbid"]);
                }
            }
        }

        return new AdvertisedSearch([.. TvParams.Where(tv.Contains)], [.. MovieParams.Where(movie.Contains)]);
    }
}
