namespace Hearth.Core.Metadata;

/// <summary>
/// A source of film metadata (TMDB). One client per provider serves the whole system: the library's matching
/// and refresh, and later the automation's catalog. <c>language</c> is a BCP 47 tag ("en-US", "de").
/// </summary>
public interface IMovieMetadataProvider
{
    /// <summary>The provider's name as kept in provider ids (<see cref="ProviderIdNames"/>).</summary>
    string Name { get; }

    /// <summary>Whether it can be asked at all (TMDB without a key cannot: every call would answer NoKey unsent).</summary>
    bool CanAsk => true;

    Task<ProviderResult<IReadOnlyList<MetadataCandidate>>> SearchMoviesAsync(string title, int? year, string language, CancellationToken ct);

    Task<ProviderResult<MovieMetadata>> MovieAsync(string id, string language, CancellationToken ct);

    /// <summary>This provider's id of the film another provider names (<paramref name="source"/> is imdb or tvdb).</summary>
    Task<ProviderResult<string>> FindMovieAsync(string source, string externalId, CancellationToken ct);
}

/// <summary>A source of show metadata (TMDB, TVmaze): the show, its seasons and its episodes.</summary>
public interface IShowMetadataProvider
{
    string Name { get; }

    /// <summary>Whether it can be asked at all (TMDB without a key cannot: every call would answer NoKey unsent).</summary>
    bool CanAsk => true;

    Task<ProviderResult<IReadOnlyList<MetadataCandidate>>> SearchShowsAsync(string title, int? year, string language, CancellationToken ct);

    Task<ProviderResult<ShowMetadata>> ShowAsync(string id, string language, CancellationToken ct);

    /// <summary>Every episode of the show (specials as season 0), in the household's language where the provider has it.</summary>
    Task<ProviderResult<IReadOnlyList<EpisodeMetadata>>> EpisodesAsync(string id, string language, CancellationToken ct);

    /// <summary>This provider's id of the show another provider names (<paramref name="source"/> is imdb, tvdb or tmdb).</summary>
    Task<ProviderResult<string>> FindShowAsync(string source, string externalId, CancellationToken ct);
}
