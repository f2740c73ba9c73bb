using Hearth.Core.Metadata;

namespace Hearth.Library.Metadata.Matching;

/// <summary>
/// A movie or show provider seen the same way by the matcher: get by its own id, find by another provider's id,
/// search by title and year. <see cref="FindSources"/> are the ids it is asked to translate, in the order tried.
/// </summary>
internal sealed class ProviderPort(
    string name,
    IReadOnlyList<string> findSources,
    Func<string, string, CancellationToken, Task<ProviderResult<MetadataCandidate>>> get,
    Func<string, string, CancellationToken, Task<ProviderResult<string>>> find,
    Func<string, int?, string, CancellationToken, Task<ProviderResult<IReadOnlyList<MetadataCandidate>>>> search)
{
    public string Name => name;

    public IReadOnlyList<string> FindSources => findSources;

    public Task<ProviderResult<MetadataCandidate>> GetAsync(string id, string language, CancellationToken ct) => get(id, language, ct);

    public Task<ProviderResult<string>> FindAsync(string source, string externalId, CancellationToken ct) => find(source, externalId, ct);

    public Task<ProviderResult<IReadOnlyList<MetadataCandidate>>> SearchAsync(string title, int? year, string language, CancellationToken ct) =>
        search(title, year, language, ct);

    // TMDB's find takes imdb and tvdb ids for both kinds; TVmaze looks shows up by tvdb and imdb, never by a tmdb id
    public static ProviderPort ForMovies(IMovieMetadataProvider provider) => new(
        provider.Name,
        [ProviderIdNames.Imdb, ProviderIdNames.Tvdb],
        async (id, language, ct) => Map(await provider.MovieAsync(id, language, ct).ConfigureAwait(false), FromMovie),
        provider.FindMovieAsync,
        provider.SearchMoviesAsync);

    public static ProviderPort ForShows(IShowMetadataProvider provider) => new(
        provider.Name,
        [ProviderIdNames.Tvdb, ProviderIdNames.Imdb],
        async (id, language, ct) => Map(await provider.ShowAsync(id, language, ct).ConfigureAwait(false), FromShow),
        provider.FindShowAsync,
        provider.SearchShowsAsync);

    /// <summary>TMDB first (the only film provider, and the richer show provider when it has a key), then TVmaze, then any other.</summary>
    public static int Rank(string name) => name switch
    {
        ProviderIdNames.Tmdb => 0,
        ProviderIdNames.TvMaze => 1,
        _ => 2,
    };

    private static ProviderResult<MetadataCandidate> Map<T>(ProviderResult<T> result, Func<T, MetadataCandidate> map) =>
        result.IsOk ? ProviderResult<MetadataCandidate>.Ok(map(result.Value!)) : result.As<MetadataCandidate>();

    private static MetadataCandidate FromMovie(MovieMetadata movie) => new(
        movie.Provider, movie.Id, MetadataKind.Movie, movie.Title, movie.OriginalTitle, movie.AlternativeTitles,
        movie.Year, movie.Overview, Poster(movie.Images), null);

    private static MetadataCandidate FromShow(ShowMetadata show) => new(
        show.Provider, show.Id, MetadataKind.Show, show.Title, show.OriginalTitle, show.AlternativeTitles,
        show.Year, show.Overview, Poster(show.Images), null);

    private static string? Poster(IReadOnlyList<RemoteImage> images) => images.FirstOrDefault(i => i.Role == ImageRole.Poster)?.Url;
}
