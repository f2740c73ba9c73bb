namespace Hearth.Core.Metadata;

/// <summary>What a provider is asked to find: a film, or a show (whose seasons and episodes come with it).</summary>
public enum MetadataKind
{
    Movie,
    Show,
}

/// <summary>The artwork roles Hearth keeps; a provider's other kinds are dropped.</summary>
public enum ImageRole
{
    Poster,
    Backdrop,
    Logo,
    Thumb,
}

/// <summary>
/// The names under which ids are kept in an item's provider ids (lower-case, as the NFO reader and folder tags
/// write them): <c>tmdb</c>, <c>imdb</c>, <c>tvdb</c>, <c>tvmaze</c>.
/// </summary>
public static class ProviderIdNames
{
    public const string Tmdb = "tmdb";
    public const string Imdb = "imdb";
    public const string Tvdb = "tvdb";
    public const string TvMaze = "tvmaze";
}

/// <summary>One hit of a search, enough to score it against an item and to show it in the identify dialog.</summary>
public sealed record MetadataCandidate(
    string Provider,
    string Id,
    MetadataKind Kind,
    string Title,
    string? OriginalTitle,
    IReadOnlyList<string> AlternativeTitles,
    int? Year,
    string? Overview,
    string? PosterUrl,
    double? Popularity);

/// <summary>A picture a provider offers, with what choosing among them needs (language, votes, size).</summary>
public sealed record RemoteImage(ImageRole Role, string Url, string? Language, double? VoteAverage, int? VoteCount, int? Width, int? Height);

/// <summary>A person in the cast or crew. <paramref name="Type"/> is Actor, Director, Writer, Producer, Composer or GuestStar.</summary>
public sealed record RemotePerson(string Name, string? Role, string Type, string? PhotoUrl, int Order);

/// <summary>A film collection ("Blade Runner Collection").</summary>
public sealed record RemoteCollection(string Provider, string Id, string Name, string? Overview, string? PosterUrl, string? BackdropUrl);

/// <summary>Everything a provider knows of a film, in the household's language where it has it.</summary>
public sealed record MovieMetadata(
    string Provider,
    string Id,
    IReadOnlyDictionary<string, string> ExternalIds,
    string Title,
    string? OriginalTitle,
    string? OriginalLanguage,
    IReadOnlyList<string> AlternativeTitles,
    DateOnly? ReleaseDate,
    string? Overview,
    string? Tagline,
    IReadOnlyList<string> Genres,
    IReadOnlyList<string> Studios,
    double? CommunityRating,
    IReadOnlyDictionary<string, string> Certifications,
    int? RuntimeMinutes,
    IReadOnlyList<RemotePerson> People,
    RemoteCollection? Collection,
    IReadOnlyList<RemoteImage> Images)
{
    public int? Year => ReleaseDate?.Year;
}

/// <summary>A season as a show's provider lists it.</summary>
public sealed record SeasonMetadata(int Number, string? Name, string? Overview, DateOnly? AirDate, IReadOnlyList<RemoteImage> Images);

/// <summary>An episode; <paramref name="AbsoluteNumber"/> where the provider numbers a show straight through (anime).</summary>
public sealed record EpisodeMetadata(
    int Season,
    int Number,
    int? AbsoluteNumber,
    DateOnly? AirDate,
    string? Title,
    string? Overview,
    int? RuntimeMinutes,
    double? CommunityRating,
    IReadOnlyList<RemoteImage> Images,
    IReadOnlyDictionary<string, string> ExternalIds);

/// <summary>Everything a provider knows of a show, its seasons and (when asked) its episodes.</summary>
public sealed record ShowMetadata(
    string Provider,
    string Id,
    IReadOnlyDictionary<string, string> ExternalIds,
    string Title,
    string? OriginalTitle,
    string? OriginalLanguage,
    IReadOnlyList<string> AlternativeTitles,
    DateOnly? FirstAired,
    string? Status,
    string? Overview,
    string? Tagline,
    IReadOnlyList<string> Genres,
    IReadOnlyList<string> Studios,
    double? CommunityRating,
    IReadOnlyDictionary<string, string> Certifications,
    int? EpisodeRuntimeMinutes,
    IReadOnlyList<RemotePerson> People,
    IReadOnlyList<RemoteImage> Images,
    IReadOnlyList<SeasonMetadata> Seasons)
{
    public int? Year => FirstAired?.Year;
}
