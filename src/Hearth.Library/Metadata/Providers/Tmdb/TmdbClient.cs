using System.Globalization;
using Hearth.Core.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Library.Metadata.Providers.Tmdb;

/// <summary>
/// The Movie Database (TMDB) v3: films and shows, searched, read in the household's language with their credits,
/// artwork, certifications and external ids appended to one request, and found by IMDb or TVDB id. Without a key
/// every call says so (<see cref="ProviderOutcome.NoKey"/>) and nothing is sent.
/// </summary>
public sealed class TmdbClient : IMovieMetadataProvider, IShowMetadataProvider
{
    public const string HttpName = "tmdb";

    private readonly ProviderHttp http;
    private readonly IOptionsMonitor<MetadataOptions> options;
    private readonly SemaphoreSlim configurationLock = new(1, 1);
    private TmdbImageUrls? imageUrls;

    public TmdbClient(IHttpClientFactory clients, ResponseCache cache, IOptionsMonitor<MetadataOptions> options, ILogger<TmdbClient> logger)
    {
        this.options = options;
        http = new ProviderHttp(HttpName, "TMDB", clients, cache, new StaticOptions(options), logger) { UnauthorizedSentence = "TMDB refused the API key" };
    }

    public string Name => ProviderIdNames.Tmdb;

    private bool HasKey => !string.IsNullOrWhiteSpace(options.CurrentValue.Tmdb.ApiKey);

    public bool CanAsk => HasKey;

    public async Task<ProviderResult<IReadOnlyList<MetadataCandidate>>> SearchMoviesAsync(string title, int? year, string language, CancellationToken ct)
    {
        var url = $"search/movie?query={Escape(title)}{(year is { } y ? "&year=" + Number(y) : string.Empty)}&language={Escape(language)}";
        return await SearchAsync(url, TmdbJsonContext.Default.TmdbPageTmdbMovieHit, TmdbMapper.Candidate, "search results", ct).ConfigureAwait(false);
    }

    public async Task<ProviderResult<IReadOnlyList<MetadataCandidate>>> SearchShowsAsync(string title, int? year, string language, CancellationToken ct)
    {
        var url = $"search/tv?query={Escape(title)}{(year is { } y ? "&first_air_date_year=" + Number(y) : string.Empty)}&language={Escape(language)}";
        return await SearchAsync(url, TmdbJsonContext.Default.TmdbPageTmdbShowHit, TmdbMapper.Candidate, "search results", ct).ConfigureAwait(false);
    }

    public async Task<ProviderResult<MovieMetadata>> MovieAsync(string id, string language, CancellationToken ct)
    {
        if (Ready(id, "film") is { } refused)
        {
            return refused.As<MovieMetadata>();
        }

        var url = $"movie/{id}?language={Escape(language)}&append_to_response=credits,images,release_dates,external_ids,alternative_titles&include_image_language={ImageLanguages(language)}";
        var movie = await http.GetJsonAsync(url, TmdbJsonContext.Default.TmdbMovie, $"film {id}", ct).ConfigureAwait(false);
        var mapped = await MapAsync(movie, TmdbMapper.Movie, ct).ConfigureAwait(false);
        return mapped is { IsOk: true, Value.Collection: { Overview: null } collection }
            ? ProviderResult<MovieMetadata>.Ok(mapped.Value with { Collection = await CollectionAsync(collection, language, ct).ConfigureAwait(false) })
            : mapped;
    }

    /// <summary>
    /// The collection a film names, with the overview only the collection's own answer has (one request per
    /// collection, cached for its films); the film's reference as it was when that answer cannot be had.
    /// </summary>
    private async Task<RemoteCollection> CollectionAsync(RemoteCollection named, string language, CancellationToken ct)
    {
        var full = await http.GetJsonAsync($"collection/{Escape(named.Id)}?language={Escape(language)}", TmdbJsonContext.Default.TmdbCollectionRef, $"collection {named.Id}", ct).ConfigureAwait(false);
        return full.IsOk && !string.IsNullOrWhiteSpace(full.Value!.Overview)
            ? named with { Overview = full.Value.Overview.Trim(), Name = string.IsNullOrWhiteSpace(full.Value.Name) ? named.Name : full.Value.Name }
            : named;
    }

    public async Task<ProviderResult<ShowMetadata>> ShowAsync(string id, string language, CancellationToken ct)
    {
        if (Ready(id, "show") is { } refused)
        {
            return refused.As<ShowMetadata>();
        }

        var url = $"tv/{id}?language={Escape(language)}&append_to_response=credits,images,content_ratings,external_ids,alternative_titles&include_image_language={ImageLanguages(language)}";
        var show = await http.GetJsonAsync(url, TmdbJsonContext.Default.TmdbShow, $"show {id}", ct).ConfigureAwait(false);
        return await MapAsync(show, TmdbMapper.Show, ct).ConfigureAwait(false);
    }

    /// <summary>Walks the show's seasons (specials are season 0); one season that cannot be read fails the whole list, so a refresh never takes a partial list for the show.</summary>
    public async Task<ProviderResult<IReadOnlyList<EpisodeMetadata>>> EpisodesAsync(string id, string language, CancellationToken ct)
    {
        if (Ready(id, "show") is { } refused)
        {
            return refused.As<IReadOnlyList<EpisodeMetadata>>();
        }

        var show = await http.GetJsonAsync($"tv/{id}?language={Escape(language)}", TmdbJsonContext.Default.TmdbShow, $"show {id}", ct).ConfigureAwait(false);
        if (!show.IsOk)
        {
            return show.As<IReadOnlyList<EpisodeMetadata>>();
        }

        var images = await ImagesAsync(ct).ConfigureAwait(false);
        if (!images.IsOk)
        {
            return images.As<IReadOnlyList<EpisodeMetadata>>();
        }

        var numbers = (show.Value!.Seasons ?? []).Select(s => s.SeasonNumber).Distinct().Order().ToList();
        var seasons = await Task.WhenAll(numbers.Select(n =>
            http.GetJsonAsync($"tv/{id}/season/{Number(n)}?language={Escape(language)}", TmdbJsonContext.Default.TmdbSeason, $"season {n} of show {id}", ct))).ConfigureAwait(false);
        if (seasons.FirstOrDefault(s => !s.IsOk) is { } failed)
        {
            return failed.As<IReadOnlyList<EpisodeMetadata>>();
        }

        var episodes = seasons.SelectMany(s => s.Value!.Episodes ?? []).Select(e => TmdbMapper.Episode(e, images.Value!))
            .OrderBy(e => e.Season).ThenBy(e => e.Number).ToList();
        return ProviderResult<IReadOnlyList<EpisodeMetadata>>.Ok(episodes);
    }

    public async Task<ProviderResult<string>> FindMovieAsync(string source, string externalId, CancellationToken ct) =>
        await FindAsync(source, externalId, movies: true, ct).ConfigureAwait(false);

    public async Task<ProviderResult<string>> FindShowAsync(string source, string externalId, CancellationToken ct) =>
        await FindAsync(source, externalId, movies: false, ct).ConfigureAwait(false);

    private async Task<ProviderResult<string>> FindAsync(string source, string externalId, bool movies, CancellationToken ct)
    {
        var what = movies ? "film" : "show";
        if (Ready("0", what) is { } refused)
        {
            return refused;
        }

        if (source == ProviderIdNames.Tmdb)
        {
            return ProviderResult<string>.Ok(externalId);
        }

        var externalSource = source switch
        {
            ProviderIdNames.Imdb => "imdb_id",
            ProviderIdNames.Tvdb => "tvdb_id",
            _ => null,
        };
        if (externalSource is null)
        {
            return ProviderResult<string>.Fail(ProviderOutcome.NotFound, $"TMDB cannot look a {what} up by a {source} id");
        }

        var found = await http.GetJsonAsync($"find/{Escape(externalId.Trim())}?external_source={externalSource}", TmdbJsonContext.Default.TmdbFind, $"{what} with {source} id {externalId}", ct).ConfigureAwait(false);
        if (!found.IsOk)
        {
            return found.As<string>();
        }

        var hit = (movies ? found.Value!.MovieResults : found.Value!.TvResults)?.FirstOrDefault();
        return hit is null
            ? ProviderResult<string>.Fail(ProviderOutcome.NotFound, $"TMDB has no {what} with {source} id {externalId}")
            : ProviderResult<string>.Ok(hit.Id.ToString(CultureInfo.InvariantCulture));
    }

    private async Task<ProviderResult<IReadOnlyList<MetadataCandidate>>> SearchAsync<THit>(
        string url, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TmdbPage<THit>> type, Func<THit, TmdbImageUrls, MetadataCandidate> map, string what, CancellationToken ct)
    {
        if (Ready("0", what) is { } refused)
        {
            return refused.As<IReadOnlyList<MetadataCandidate>>();
        }

        var page = await http.GetJsonAsync(url, type, what, ct).ConfigureAwait(false);
        return await MapAsync<TmdbPage<THit>, IReadOnlyList<MetadataCandidate>>(page, (p, images) => [.. (p.Results ?? []).Select(hit => map(hit, images))], ct).ConfigureAwait(false);
    }

    private async Task<ProviderResult<TOut>> MapAsync<TIn, TOut>(ProviderResult<TIn> answer, Func<TIn, TmdbImageUrls, TOut> map, CancellationToken ct)
    {
        if (!answer.IsOk)
        {
            return answer.As<TOut>();
        }

        var images = await ImagesAsync(ct).ConfigureAwait(false);
        return images.IsOk ? ProviderResult<TOut>.Ok(map(answer.Value!, images.Value!)) : images.As<TOut>();
    }

    /// <summary>TMDB's image base and sizes, read once for the process's lifetime (a failure is asked again next time).</summary>
    private async Task<ProviderResult<TmdbImageUrls>> ImagesAsync(CancellationToken ct)
    {
        if (imageUrls is { } known)
        {
            return ProviderResult<TmdbImageUrls>.Ok(known);
        }

        await configurationLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (imageUrls is { } raced)
            {
                return ProviderResult<TmdbImageUrls>.Ok(raced);
            }

            var configuration = await http.GetJsonAsync("configuration", TmdbJsonContext.Default.TmdbConfiguration, "configuration", ct).ConfigureAwait(false);
            if (!configuration.IsOk)
            {
                return configuration.As<TmdbImageUrls>();
            }

            if (configuration.Value!.Images is not { } images)
            {
                return ProviderResult<TmdbImageUrls>.Fail(ProviderOutcome.Garbage, "TMDB sent a configuration without image settings");
            }

            imageUrls = new TmdbImageUrls(images);
            return ProviderResult<TmdbImageUrls>.Ok(imageUrls);
        }
        finally
        {
            configurationLock.Release();
        }
    }

    /// <summary>Why nothing is sent: no key, or an id that is not TMDB's (a number).</summary>
    private ProviderResult<string>? Ready(string id, string what)
    {
        if (!HasKey)
        {
            return ProviderResult<string>.Fail(ProviderOutcome.NoKey, "No TMDB API key is set (Metadata:Tmdb:ApiKey)");
        }

        return int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? null
            : ProviderResult<string>.Fail(ProviderOutcome.NotFound, $"'{id}' is not a TMDB {what} id");
    }

    /// <summary>The household's language first, then the configured fallbacks, then textless art ("null").</summary>
    private string ImageLanguages(string language)
    {
        var primary = language.Split('-')[0].ToLowerInvariant();
        var all = new[] { primary }.Concat(options.CurrentValue.ImageLanguages.Select(l => l.Split('-')[0].ToLowerInvariant())).Append("null");
        return string.Join(',', all.Where(l => l.Length > 0).Distinct(StringComparer.Ordinal));
    }

    private static string Escape(string text) => Uri.EscapeDataString(text.Trim());

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Lets <see cref="ProviderHttp"/> read the current settings through the plain options interface.</summary>
    private sealed class StaticOptions(IOptionsMonitor<MetadataOptions> monitor) : IOptions<MetadataOptions>
    {
        public MetadataOptions Value => monitor.CurrentValue;
    }
}
