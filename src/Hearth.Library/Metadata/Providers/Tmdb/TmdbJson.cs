using System.Text.Json.Serialization;

namespace Hearth.Library.Metadata.Providers.Tmdb;

// The shapes of TMDB v3's answers (developer.themoviedb.org/reference), only the fields Hearth reads.
// Dates come as "yyyy-MM-dd" or "" and are parsed by the mapper.

internal sealed class TmdbConfiguration
{
    public TmdbImageConfiguration? Images { get; set; }
}

internal sealed class TmdbImageConfiguration
{
    public string? SecureBaseUrl { get; set; }
    public List<string>? PosterSizes { get; set; }
    public List<string>? BackdropSizes { get; set; }
    public List<string>? LogoSizes { get; set; }
    public List<string>? StillSizes { get; set; }
    public List<string>? ProfileSizes { get; set; }
}

internal sealed class TmdbPage<T>
{
    public int Page { get; set; }
    public List<T>? Results { get; set; }
}

internal sealed class TmdbMovieHit
{
    public int Id { get; set; }
    public string? Title { get; set; }
    public string? OriginalTitle { get; set; }
    public string? ReleaseDate { get; set; }
    public string? Overview { get; set; }
    public string? PosterPath { get; set; }
    public double? Popularity { get; set; }
}

internal sealed class TmdbShowHit
{
    public int Id { get; set; }
    public string? Name { get; set; }
    public string? OriginalName { get; set; }
    public string? FirstAirDate { get; set; }
    public string? Overview { get; set; }
    public string? PosterPath { get; set; }
    public double? Popularity { get; set; }
}

internal sealed class TmdbNamed
{
    public int Id { get; set; }
    public string? Name { get; set; }
}

internal sealed class TmdbMovie
{
    public int Id { get; set; }
    public string? ImdbId { get; set; }
    public string? Title { get; set; }
    public string? OriginalTitle { get; set; }
    public string? OriginalLanguage { get; set; }
    public string? ReleaseDate { get; set; }
    public string? Overview { get; set; }
    public string? Tagline { get; set; }
    public int? Runtime { get; set; }
    public double? VoteAverage { get; set; }
    public List<TmdbNamed>? Genres { get; set; }
    public List<TmdbNamed>? ProductionCompanies { get; set; }
    public TmdbCollectionRef? BelongsToCollection { get; set; }
    public TmdbCredits? Credits { get; set; }
    public TmdbImages? Images { get; set; }
    public TmdbReleaseDates? ReleaseDates { get; set; }
    public TmdbExternalIds? ExternalIds { get; set; }
    public TmdbAlternativeTitles? AlternativeTitles { get; set; }
}

internal sealed class TmdbCollectionRef
{
    public int Id { get; set; }
    public string? Name { get; set; }
    public string? Overview { get; set; }
    public string? PosterPath { get; set; }
    public string? BackdropPath { get; set; }
}

internal sealed class TmdbShow
{
    public int Id { get; set; }
    public string? Name { get; set; }
    public string? OriginalName { get; set; }
    public string? OriginalLanguage { get; set; }
    public string? FirstAirDate { get; set; }
    public string? Status { get; set; }
    public string? Overview { get; set; }
    public string? Tagline { get; set; }
    public double? VoteAverage { get; set; }
    public List<int>? EpisodeRunTime { get; set; }
    public List<TmdbNamed>? Genres { get; set; }
    public List<TmdbNamed>? Networks { get; set; }
    public List<TmdbSeasonRef>? Seasons { get; set; }
    public TmdbCredits? Credits { get; set; }
    public TmdbImages? Images { get; set; }
    public TmdbPage<TmdbContentRating>? ContentRatings { get; set; }
    public TmdbExternalIds? ExternalIds { get; set; }
    public TmdbAlternativeTitles? AlternativeTitles { get; set; }
}

internal sealed class TmdbSeasonRef
{
    public int SeasonNumber { get; set; }
    public string? Name { get; set; }
    public string? Overview { get; set; }
    public string? AirDate { get; set; }
    public string? PosterPath { get; set; }
}

internal sealed class TmdbSeason
{
    public int SeasonNumber { get; set; }
    public List<TmdbEpisode>? Episodes { get; set; }
}

internal sealed class TmdbEpisode
{
    public int Id { get; set; }
    public int SeasonNumber { get; set; }
    public int EpisodeNumber { get; set; }
    public string? Name { get; set; }
    public string? Overview { get; set; }
    public string? AirDate { get; set; }
    public int? Runtime { get; set; }
    public double? VoteAverage { get; set; }
    public string? StillPath { get; set; }
}

internal sealed class TmdbCredits
{
    public List<TmdbCast>? Cast { get; set; }
    public List<TmdbCrew>? Crew { get; set; }
}

internal sealed class TmdbCast
{
    public string? Name { get; set; }
    public string? Character { get; set; }
    public string? ProfilePath { get; set; }
    public int Order { get; set; }
}

internal sealed class TmdbCrew
{
    public string? Name { get; set; }
    public string? Job { get; set; }
    public string? Department { get; set; }
    public string? ProfilePath { get; set; }
}

internal sealed class TmdbImages
{
    public List<TmdbImage>? Posters { get; set; }
    public List<TmdbImage>? Backdrops { get; set; }
    public List<TmdbImage>? Logos { get; set; }
}

internal sealed class TmdbImage
{
    public string? FilePath { get; set; }

    [JsonPropertyName("iso_639_1")]
    public string? Language { get; set; }

    public double? VoteAverage { get; set; }
    public int? VoteCount { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
}

internal sealed class TmdbReleaseDates
{
    public List<TmdbCountryReleases>? Results { get; set; }
}

internal sealed class TmdbCountryReleases
{
    [JsonPropertyName("iso_3166_1")]
    public string? Country { get; set; }

    public List<TmdbRelease>? ReleaseDates { get; set; }
}

internal sealed class TmdbRelease
{
    public string? Certification { get; set; }

    /// <summary>1 premiere, 2 limited theatrical, 3 theatrical, 4 digital, 5 physical, 6 TV.</summary>
    public int Type { get; set; }
}

internal sealed class TmdbContentRating
{
    [JsonPropertyName("iso_3166_1")]
    public string? Country { get; set; }

    public string? Rating { get; set; }
}

internal sealed class TmdbExternalIds
{
    public string? ImdbId { get; set; }
    public int? TvdbId { get; set; }
}

internal sealed class TmdbAlternativeTitles
{
    /// <summary>Films list them as "titles".</summary>
    public List<TmdbAlternativeTitle>? Titles { get; set; }

    /// <summary>Shows list them as "results".</summary>
    public List<TmdbAlternativeTitle>? Results { get; set; }
}

internal sealed class TmdbAlternativeTitle
{
    public string? Title { get; set; }
}

internal sealed class TmdbFind
{
    public List<TmdbNamed>? MovieResults { get; set; }
    public List<TmdbNamed>? TvResults { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(TmdbConfiguration))]
[JsonSerializable(typeof(TmdbPage<TmdbMovieHit>))]
[JsonSerializable(typeof(TmdbPage<TmdbShowHit>))]
[JsonSerializable(typeof(TmdbMovie))]
[JsonSerializable(typeof(TmdbShow))]
[JsonSerializable(typeof(TmdbSeason))]
[JsonSerializable(typeof(TmdbFind))]
[JsonSerializable(typeof(TmdbCollectionRef))]
internal sealed partial class TmdbJsonContext : JsonSerializerContext;
