using System.Globalization;
using Hearth.Core.Metadata;

namespace Hearth.Library.Metadata.Providers.Tmdb;

/// <summary>TMDB's answers as the provider-neutral models of Core.</summary>
internal static class TmdbMapper
{
    public static MetadataCandidate Candidate(TmdbMovieHit hit, TmdbImageUrls images) => new(
        ProviderIdNames.Tmdb, Id(hit.Id), MetadataKind.Movie, hit.Title ?? hit.OriginalTitle ?? string.Empty, hit.OriginalTitle, [],
        Date(hit.ReleaseDate)?.Year, Text(hit.Overview), images.Url(hit.PosterPath, TmdbImageKind.Thumbnail), hit.Popularity);

    public static MetadataCandidate Candidate(TmdbShowHit hit, TmdbImageUrls images) => new(
        ProviderIdNames.Tmdb, Id(hit.Id), MetadataKind.Show, hit.Name ?? hit.OriginalName ?? string.Empty, hit.OriginalName, [],
        Date(hit.FirstAirDate)?.Year, Text(hit.Overview), images.Url(hit.PosterPath, TmdbImageKind.Thumbnail), hit.Popularity);

    public static MovieMetadata Movie(TmdbMovie m, TmdbImageUrls images)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal) { [ProviderIdNames.Tmdb] = Id(m.Id) };
        if (Text(m.ExternalIds?.ImdbId ?? m.ImdbId) is { } imdb)
        {
            ids[ProviderIdNames.Imdb] = imdb;
        }

        var collection = m.BelongsToCollection is { } c
            ? new RemoteCollection(ProviderIdNames.Tmdb, Id(c.Id), c.Name ?? string.Empty, Text(c.Overview), images.Url(c.PosterPath, TmdbImageKind.Poster), images.Url(c.BackdropPath, TmdbImageKind.Backdrop))
            : null;
        return new MovieMetadata(
            ProviderIdNames.Tmdb, Id(m.Id), ids, m.Title ?? m.OriginalTitle ?? string.Empty, m.OriginalTitle, Text(m.OriginalLanguage),
            AlternativeTitles(m.AlternativeTitles?.Titles, m.Title), Date(m.ReleaseDate), Text(m.Overview), Text(m.Tagline),
            Names(m.Genres), Names(m.ProductionCompanies), Rating(m.VoteAverage), MovieCertifications(m.ReleaseDates),
            m.Runtime is > 0 ? m.Runtime : null, People(m.Credits, images), collection, Images(m.Images, images));
    }

    public static ShowMetadata Show(TmdbShow s, TmdbImageUrls images)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal) { [ProviderIdNames.Tmdb] = Id(s.Id) };
        if (Text(s.ExternalIds?.ImdbId) is { } imdb)
        {
            ids[ProviderIdNames.Imdb] = imdb;
        }

        if (s.ExternalIds?.TvdbId is { } tvdb)
        {
            ids[ProviderIdNames.Tvdb] = Id(tvdb);
        }

        var certifications = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rating in s.ContentRatings?.Results ?? [])
        {
            if (Text(rating.Country) is { } country && Text(rating.Rating) is { } value)
            {
                certifications.TryAdd(country, value);
            }
        }

        var seasons = (s.Seasons ?? [])
            .Select(season => new SeasonMetadata(season.SeasonNumber, Text(season.Name), Text(season.Overview), Date(season.AirDate),
                images.Url(season.PosterPath, TmdbImageKind.Poster) is { } poster ? [new RemoteImage(ImageRole.Poster, poster, null, null, null, null, null)] : []))
            .OrderBy(season => season.Number)
            .ToList();
        return new ShowMetadata(
            ProviderIdNames.Tmdb, Id(s.Id), ids, s.Name ?? s.OriginalName ?? string.Empty, s.OriginalName, Text(s.OriginalLanguage),
            AlternativeTitles(s.AlternativeTitles?.Results, s.Name), Date(s.FirstAirDate), Text(s.Status), Text(s.Overview), Text(s.Tagline),
            Names(s.Genres), Names(s.Networks), Rating(s.VoteAverage), certifications,
            s.EpisodeRunTime is { Count: > 0 } runtimes ? runtimes[0] : null, People(s.Credits, images), Images(s.Images, images), seasons);
    }

    public static EpisodeMetadata Episode(TmdbEpisode e, TmdbImageUrls images) => new(
        e.SeasonNumber, e.EpisodeNumber, null, Date(e.AirDate), Text(e.Name), Text(e.Overview), e.Runtime is > 0 ? e.Runtime : null, Rating(e.VoteAverage),
        images.Url(e.StillPath, TmdbImageKind.Still) is { } still ? [new RemoteImage(ImageRole.Thumb, still, null, null, null, null, null)] : [],
        new Dictionary<string, string>(StringComparer.Ordinal) { [ProviderIdNames.Tmdb] = Id(e.Id) });

    /// <summary>
    /// A film's rating per country from its release dates: the theatrical release's where it has one (type 3),
    /// else the earliest-typed release that carries a certification.
    /// </summary>
    private static Dictionary<string, string> MovieCertifications(TmdbReleaseDates? dates)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in dates?.Results ?? [])
        {
            var rated = (country.ReleaseDates ?? [])
                .Where(r => !string.IsNullOrWhiteSpace(r.Certification))
                .OrderBy(r => r.Type == 3 ? 0 : 1)
                .ThenBy(r => r.Type)
                .FirstOrDefault();
            if (Text(country.Country) is { } code && rated is not null)
            {
                result.TryAdd(code, rated.Certification!.Trim());
            }
        }

        return result;
    }

    private static List<RemotePerson> People(TmdbCredits? credits, TmdbImageUrls images)
    {
        var people = new List<RemotePerson>();
        foreach (var cast in (credits?.Cast ?? []).OrderBy(c => c.Order))
        {
            if (Text(cast.Name) is { } name)
            {
                people.Add(new RemotePerson(name, Text(cast.Character), "Actor", images.Url(cast.ProfilePath, TmdbImageKind.Profile), cast.Order));
            }
        }

        var order = 0;
        var seen = new HashSet<(string, string)>();
        foreach (var crew in credits?.Crew ?? [])
        {
            if (Text(crew.Name) is { } name && CrewType(crew) is { } type && seen.Add((name, type)))
            {
                people.Add(new RemotePerson(name, Text(crew.Job), type, images.Url(crew.ProfilePath, TmdbImageKind.Profile), order++));
            }
        }

        return people;
    }

    private static string? CrewType(TmdbCrew crew) => crew.Job switch
    {
        "Director" => "Director",
        "Producer" or "Executive Producer" => "Producer",
        "Original Music Composer" or "Composer" or "Music" => "Composer",
        _ when crew.Department == "Writing" => "Writer",
        _ => null,
    };

    private static List<RemoteImage> Images(TmdbImages? found, TmdbImageUrls images)
    {
        var result = new List<RemoteImage>();
        Add(found?.Posters, ImageRole.Poster, TmdbImageKind.Poster);
        Add(found?.Backdrops, ImageRole.Backdrop, TmdbImageKind.Backdrop);
        Add(found?.Logos, ImageRole.Logo, TmdbImageKind.Logo);
        return result;

        void Add(List<TmdbImage>? list, ImageRole role, TmdbImageKind kind)
        {
            foreach (var image in list ?? [])
            {
                if (images.Url(image.FilePath, kind) is { } url)
                {
                    result.Add(new RemoteImage(role, url, Text(image.Language), image.VoteAverage, image.VoteCount, image.Width, image.Height));
                }
            }
        }
    }

    private static List<string> AlternativeTitles(List<TmdbAlternativeTitle>? titles, string? title) =>
        [.. (titles ?? []).Select(t => Text(t.Title)).OfType<string>().Where(t => t != title).Distinct(StringComparer.Ordinal)];

    private static List<string> Names(List<TmdbNamed>? named) => [.. (named ?? []).Select(n => Text(n.Name)).OfType<string>()];

    /// <summary>TMDB says 0 for "no votes yet", which is no rating rather than the worst.</summary>
    private static double? Rating(double? average) => average is > 0 ? average : null;

    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
