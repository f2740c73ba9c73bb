using System.Globalization;
using Hearth.Core.Access;
using Hearth.Jellyfin.Auth;
using Hearth.Streaming.Hls;
using Hearth.Streaming.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Jellyfin.Playback;

/// <summary>
/// Jellyfin's HLS URLs over a Hearth session: <c>/Videos/{itemId}/master.m3u8</c> and <c>main.m3u8</c> with the
/// session in <c>PlaySessionId</c>, segments at <c>hls1/{playlistId}/{n}.{ts|mp4}</c> (-1 the fMP4 init). Every URI
/// carries the request's query on, so a player that only has the first URL (and its <c>api_key</c>) follows them all.
/// Playlists and segments come from streaming's own writers and transcoder.
/// </summary>
internal static class HlsRoutes
{
    private const string PlaylistType = "application/vnd.apple.mpegurl";

    public static void MapHls(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/Videos/{itemId}/master.m3u8", Master).AllowTokenInUrl();
        routes.MapGet("/Videos/{itemId}/main.m3u8", Main).AllowTokenInUrl();
        routes.MapGet("/Videos/{itemId}/hls1/{playlistId}/{segment:int}.{container}", SegmentAsync).AllowTokenInUrl();
    }

    private static IResult Master(HttpContext http, SessionRegistry registry, string itemId)
    {
        if (Find(http, registry, itemId) is not { Hls: not null } s)
        {
            return TypedResults.NotFound();
        }

        // subtitles reach a Jellyfin app as External streams (their DeliveryUrl), not as HLS renditions
        return TypedResults.Text(Playlists.Master(s.Decision, s.Media.Media, [], "main.m3u8" + http.Request.QueryString), PlaylistType);
    }

    private static IResult Main(HttpContext http, SessionRegistry registry, string itemId)
    {
        if (Find(http, registry, itemId) is not { Hls: { } hls })
        {
            return TypedResults.NotFound();
        }

        var query = http.Request.QueryString;
        var extension = hls.Fmp4 ? "mp4" : "ts";
        return TypedResults.Text(Playlists.Media(hls.Plan, hls.Fmp4, i => string.Create(CultureInfo.InvariantCulture, $"hls1/main/{(i < 0 ? "-1.mp4" : $"{i}.{extension}")}{query}")), PlaylistType);
    }

    private static async Task<IResult> SegmentAsync(HttpContext http, SessionRegistry registry, string itemId, int segment, string container)
    {
        if (Find(http, registry, itemId) is not { Hls: not null } s)
        {
            return TypedResults.NotFound();
        }

        var ct = http.RequestAborted;
        if (segment == -1)
        {
            return await HlsEndpoints.InitAsync(s, ct).ConfigureAwait(false);
        }

        var ts = string.Equals(container, "ts", StringComparison.OrdinalIgnoreCase);
        return ts || string.Equals(container, "mp4", StringComparison.OrdinalIgnoreCase) || string.Equals(container, "m4s", StringComparison.OrdinalIgnoreCase)
            ? await HlsEndpoints.SegmentAsync(s, segment, ts, ct).ConfigureAwait(false)
            : TypedResults.NotFound();
    }

    /// <summary>The session named in the query, when it is the caller's (or the caller is an admin) and plays this item.</summary>
    private static PlaybackSession? Find(HttpContext http, SessionRegistry registry, string itemId)
    {
        if (!JellyfinIds.TryParse(itemId, out var item) || !JellyfinIds.TryParse(http.Request.Query["PlaySessionId"].ToString(), out var id))
        {
            return null;
        }

        var session = registry.Find(CallerAccess.FromPrincipal(http.User), id);
        return session?.Media.ItemId == item ? session : null;
    }
}
