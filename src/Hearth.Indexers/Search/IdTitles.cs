using System.Collections.Concurrent;
using System.Globalization;
using Hearth.Core.Indexers;
using Hearth.Core.Metadata;

namespace Hearth.Indexers.Search;

/// <summary>What a query's ids name: a title and year to search by, or why there is none.</summary>
public sealed record IdTitle(string? Title, int? Year, string? Source, string? Why)
{
    public bool Found => Title is not null;

    /// <summary>For history and outcomes: <c>'Sherlock' (2010, by tvmaze)</c>.</summary>
    public override string ToString() =>
        Found ? $"'{Title}' ({(Year is { } y ? y.ToString(CultureInfo.InvariantCulture) + ", " : string.Empty)}by {Source})" : Why ?? "not found";
}

/// <summary>
/// Turns the ids of a Sonarr- or Radarr-style query (tvdbid, tvmazeid, imdbid, tmdbid) into the title and year of
/// the show or film, through the metadata providers (TVmaze looks shows up by TVDB and IMDb id without a key; TMDB
/// finds films by IMDb id and reads them by its own), so an indexer that searches only by text can still answer
/// an id-only query. Answers are kept a day (a failure a quarter of an hour), so a season's worth of episode
/// searches asks the provider once.
/// </summary>
public sealed class IdTitles(IEnumerable<IShowMetadataProvider> shows, IEnumerable<IMovieMetadataProvider> movies, TimeProvider clock)
{
    private const int MaxKept = 5_000;
    private static readonly TimeSpan KeepFound = TimeSpan.FromDays(1);
    private static readonly TimeSpan KeepMissing = TimeSpan.FromMinutes(15);

    private readonly IReadOnlyList<IShowMetadataProvider> showProviders = [.. shows];
    private readonly IReadOnlyList<IMovieMetadataProvider> movieProviders = [.. movies];
    private readonly ConcurrentDictionary<string, (IdTitle Title, DateTimeOffset Until)> kept = new();

    /// <summary>Whether a show's ids can be turned into its title here (some show provider can be asked).</summary>
    public bool ForShows => showProviders.Any(p => p.CanAsk);

    /// <summary>Whether a film's ids can be turned into its title here (TMDB has a key).</summary>
    public bool ForMovies => movieProviders.Any(p => p.CanAsk);

    /// <summary>Whether the query names its show or film by ids alone, so a text search needs them resolved.</summary>
    public static bool NeedsTitle(ReleaseQuery query) =>
        string.IsNullOrWhiteSpace(query.Text) && query.Kind is SearchKind.Tv or SearchKind.Movie
        && (query.TvdbId is not null || query.TvMazeId is not null || !string.IsNullOrWhiteSpace(query.ImdbId) || query.TmdbId is not null);

    public async Task<IdTitle> ResolveAsync(ReleaseQuery query, CancellationToken ct)
    {
        var ids = Ids(query);
        if (ids.Count == 0)
        {
            return new IdTitle(null, null, null, "the query names no id");
        }

        var key = (query.Kind == SearchKind.Movie ? "movie|" : "show|") + string.Join('|', ids.Select(i => i.Source + "=" + i.Id));
        var now = clock.GetUtcNow();
        if (kept.TryGetValue(key, out var known) && known.Until > now)
        {
            return known.Title;
        }

        var title = query.Kind == SearchKind.Movie ? await MovieAsync(ids, ct).ConfigureAwait(false) : await ShowAsync(ids, ct).ConfigureAwait(false);
        if (kept.Count >= MaxKept)
        {
            kept.Clear();
        }

        kept[key] = (title, now + (title.Found ? KeepFound : KeepMissing));
        return title;
    }

    private async Task<IdTitle> ShowAsync(IReadOnlyList<(string Source, string Id)> ids, CancellationToken ct)
    {
        var reasons = new List<string>();
        foreach (var (provider, source, id) in Attempts(showProviders.Where(p => p.CanAsk), p => p.Name, ids))
        {
            var found = source == provider.Name ? ProviderResult<string>.Ok(id) : await provider.FindShowAsync(source, id, ct).ConfigureAwait(false);
            if (!found.IsOk)
            {
                reasons.Add($"{provider.Name} by {source} id {id}: {Reason(found.Outcome, found.Detail)}");
                continue;
            }

            var show = await provider.ShowAsync(found.Value!, "en-US", ct).ConfigureAwait(false);
            if (show.IsOk)
            {
                return new IdTitle(show.Value!.Title, show.Value.FirstAired?.Year, provider.Name, null);
            }

            reasons.Add($"{provider.Name} show {found.Value}: {Reason(show.Outcome, show.Detail)}");
        }

        return new IdTitle(null, null, null, Why("show", reasons));
    }

    private async Task<IdTitle> MovieAsync(IReadOnlyList<(string Source, string Id)> ids, CancellationToken ct)
    {
        var reasons = new List<string>();
        foreach (var (provider, source, id) in Attempts(movieProviders.Where(p => p.CanAsk), p => p.Name, ids))
        {
            var found = source == provider.Name ? ProviderResult<string>.Ok(id) : await provider.FindMovieAsync(source, id, ct).ConfigureAwait(false);
            if (!found.IsOk)
            {
                reasons.Add($"{provider.Name} by {source} id {id}: {Reason(found.Outcome, found.Detail)}");
                continue;
            }

            var movie = await provider.MovieAsync(found.Value!, "en-US", ct).ConfigureAwait(false);
            if (movie.IsOk)
            {
                return new IdTitle(movie.Value!.Title, movie.Value.ReleaseDate?.Year, provider.Name, null);
            }

            reasons.Add($"{provider.Name} film {found.Value}: {Reason(movie.Outcome, movie.Detail)}");
        }

        return new IdTitle(null, null, null, Why("film", reasons));
    }

    // a provider's own id first (read at once), then lookups of the others' ids
    private static IEnumerable<(T Provider, string Source, string Id)> Attempts<T>(IEnumerable<T> providers, Func<T, string> name, IReadOnlyList<(string Source, string Id)> ids)
    {
        var all = providers.SelectMany(p => ids.Select(i => (Provider: p, i.Source, i.Id))).ToList();
        return all.Where(a => a.Source == name(a.Provider)).Concat(all.Where(a => a.Source != name(a.Provider)));
    }

    // a film's own provider id first (no lookup), then the ids others are found by
    private static List<(string Source, string Id)> Ids(ReleaseQuery query)
    {
        var ids = new List<(string, string)>();
        if (query.Kind == SearchKind.Movie && query.TmdbId is { } tmdb)
        {
            ids.Add((ProviderIdNames.Tmdb, tmdb.ToString(CultureInfo.InvariantCulture)));
        }

        if (query.Kind == SearchKind.Tv && query.TvMazeId is { } tvmaze)
        {
            ids.Add((ProviderIdNames.TvMaze, tvmaze.ToString(CultureInfo.InvariantCulture)));
        }

        if (query.Kind == SearchKind.Tv && query.TvdbId is { } tvdb)
        {
            ids.Add((ProviderIdNames.Tvdb, tvdb.ToString(CultureInfo.InvariantCulture)));
        }

        if (QueryBuilder.ImdbDigits(query.ImdbId) is { } imdb)
        {
            ids.Add((ProviderIdNames.Imdb, "tt" + imdb));
        }

        return ids;
    }

    private static string Reason(ProviderOutcome outcome, string? detail) =>
        outcome == ProviderOutcome.NotFound ? "not known" : detail ?? outcome.ToString();

    private static string Why(string what, List<string> reasons) =>
        reasons.Count == 0
            ? $"no metadata provider here can name a {what} by its ids (TVmaze for shows; TMDB with a key for films)"
            : $"the ids name no {what} a provider knows ({string.Join("; ", reasons)})";
}
