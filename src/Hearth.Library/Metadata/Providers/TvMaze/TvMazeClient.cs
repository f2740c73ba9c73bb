using System.Globalization;
using Hearth.Core.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Library.Metadata.Providers.TvMaze;

/// <summary>
/// TVmaze: shows, their seasons, episodes (specials too), cast and artwork. It needs no key and has one language
/// (English), so <c>language</c> is not sent; it rate-limits by IP, which the retries and the gate respect.
/// </summary>
public sealed class TvMazeClient(IHttpClientFactory clients, ResponseCache cache, IOptions<MetadataOptions> options, ILogger<TvMazeClient> logger) : IShowMetadataProvider
{
    public const string HttpName = "tvmaze";

    private readonly ProviderHttp http = new(HttpName, "TVmaze", clients, cache, options, logger);

    public string Name => ProviderIdNames.TvMaze;

    public async Task<ProviderResult<IReadOnlyList<MetadataCandidate>>> SearchShowsAsync(string title, int? year, string language, CancellationToken ct)
    {
        // TVmaze's search takes no year: the candidates carry theirs for the matcher to score
        var hits = await http.GetJsonAsync($"search/shows?q={Uri.EscapeDataString(title.Trim())}", TvMazeJsonContext.Default.ListTvMazeSearchHit, "search results", ct).ConfigureAwait(false);
        return hits.IsOk
            ? ProviderResult<IReadOnlyList<MetadataCandidate>>.Ok([.. hits.Value!.Where(h => h.Show is not null).Select(h => TvMazeMapper.Candidate(h.Show!))])
            : hits.As<IReadOnlyList<MetadataCandidate>>();
    }

    public async Task<ProviderResult<ShowMetadata>> ShowAsync(string id, string language, CancellationToken ct)
    {
        if (NotAnId(id) is { } refused)
        {
            return refused.As<ShowMetadata>();
        }

        var show = await http.GetJsonAsync($"shows/{id}?embed[]=cast", TvMazeJsonContext.Default.TvMazeShow, $"show {id}", ct).ConfigureAwait(false);
        if (!show.IsOk)
        {
            return show.As<ShowMetadata>();
        }

        var seasons = await http.GetJsonAsync($"shows/{id}/seasons", TvMazeJsonContext.Default.ListTvMazeSeason, $"seasons of show {id}", ct).ConfigureAwait(false);
        if (!seasons.IsOk)
        {
            return seasons.As<ShowMetadata>();
        }

        var images = await http.GetJsonAsync($"shows/{id}/images", TvMazeJsonContext.Default.ListTvMazeShowImage, $"images of show {id}", ct).ConfigureAwait(false);
        if (!images.IsOk)
        {
            return images.As<ShowMetadata>();
        }

        return ProviderResult<ShowMetadata>.Ok(TvMazeMapper.Show(show.Value!, seasons.Value!, images.Value!));
    }

    public async Task<ProviderResult<IReadOnlyList<EpisodeMetadata>>> EpisodesAsync(string id, string language, CancellationToken ct)
    {
        if (NotAnId(id) is { } refused)
        {
            return refused.As<IReadOnlyList<EpisodeMetadata>>();
        }

        var episodes = await http.GetJsonAsync($"shows/{id}/episodes?specials=1", TvMazeJsonContext.Default.ListTvMazeEpisode, $"episodes of show {id}", ct).ConfigureAwait(false);
        return episodes.IsOk
            ? ProviderResult<IReadOnlyList<EpisodeMetadata>>.Ok(TvMazeMapper.Episodes(episodes.Value!))
            : episodes.As<IReadOnlyList<EpisodeMetadata>>();
    }

    /// <summary>TVmaze answers a lookup with a redirect to the show (<c>/shows/{id}</c>), or 404.</summary>
    public async Task<ProviderResult<string>> FindShowAsync(string source, string externalId, CancellationToken ct)
    {
        var parameter = source switch
        {
            ProviderIdNames.Tvdb => "thetvdb",
            ProviderIdNames.Imdb => "imdb",
            ProviderIdNames.TvMaze => null,
            _ => string.Empty,
        };
        if (parameter is null)
        {
            return NotAnId(externalId) ?? ProviderResult<string>.Ok(externalId);
        }

        if (parameter.Length == 0)
        {
            return ProviderResult<string>.Fail(ProviderOutcome.NotFound, $"TVmaze cannot look a show up by a {source} id");
        }

        var what = $"show with {source} id {externalId}";
        var answer = await http.SendAsync($"lookup/shows?{parameter}={Uri.EscapeDataString(externalId.Trim())}", what, ct).ConfigureAwait(false);
        if (!answer.IsOk)
        {
            return answer.As<string>();
        }

        var target = answer.Value!.Location?.OriginalString;
        if (target is null)
        {
            return ProviderResult<string>.Fail(ProviderOutcome.Garbage, $"TVmaze answered the lookup of the {what} without saying which show");
        }

        var last = target.TrimEnd('/').Split('/')[^1].Split('?')[0];
        return NotAnId(last) is null
            ? ProviderResult<string>.Ok(last)
            : ProviderResult<string>.Fail(ProviderOutcome.Garbage, $"TVmaze answered the lookup of the {what} with an address that names no show");
    }

    private static ProviderResult<string>? NotAnId(string id) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? null
            : ProviderResult<string>.Fail(ProviderOutcome.NotFound, $"'{id}' is not a TVmaze show id");
}
