using Hearth.Core.Access;
using Hearth.Core.Media;
using Hearth.Jellyfin.Auth;
using Hearth.Streaming.DirectPlay;
using Hearth.Streaming.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Jellyfin.Playback;

/// <summary>
/// The original file for direct play (<c>/Videos/{itemId}/stream[.container]?static=true</c>, and the audio routes
/// apps use for music), served by streaming's one direct-play sender with ranges. Without <c>static=true</c> a
/// Jellyfin server would make a progressive transcode; Hearth transcodes only to HLS, so the file is served as is
/// and an app that cannot play it was told so by PlaybackInfo.
/// </summary>
internal static class StreamEndpoints
{
    private static readonly string[] GetHead = [HttpMethods.Get, HttpMethods.Head];

    public static void MapStreams(this IEndpointRouteBuilder routes)
    {
        foreach (var pattern in new[] { "/Videos/{itemId}/stream", "/Videos/{itemId}/stream.{container}", "/Audio/{itemId}/stream", "/Audio/{itemId}/stream.{container}", "/Audio/{itemId}/universal" })
        {
            routes.MapMethods(pattern, GetHead, StreamAsync).AllowAnonymous().AllowTokenInUrl();
        }

        routes.MapDelete("/Videos/ActiveEncodings", StopEncodingAsync);
    }

    // whom a valid stream tag stands for: nobody in particular, and no library more than the tag's item (see StreamTags)
    private static readonly CallerAccess TagHolder = new(Guid.Empty, "stream tag", IsAdmin: false, AllLibraries: true, new HashSet<Guid>());

    private static async Task<IResult> StreamAsync(HttpContext http, IPlayableMediaSource source, SessionRegistry registry, StreamTags tags, string itemId)
    {
        if (!JellyfinIds.TryParse(itemId, out var id))
        {
            return TypedResults.NotFound();
        }

        // the version the app was given in PlaybackInfo (Jellyfin apps send it back as MediaSourceId)
        var version = MediaSourceIds.Asked(http.Request.Query["MediaSourceId"].FirstOrDefault() ?? http.Request.Query["mediaSourceId"].FirstOrDefault(), id);
        if (await SignedIn.CallerAsync(http).ConfigureAwait(false) is not { } principal)
        {
            // Android TV's player fetches this URL with no credentials, carrying the source's ETag as `tag`
            var path = await source.FindFileAsync(TagHolder, id, version, http.RequestAborted).ConfigureAwait(false);
            return path is not null && tags.IsValid(id, path, http.Request.Query["tag"].ToString())
                ? DirectPlayEndpoints.Serve(path)
                : TypedResults.Unauthorized();
        }

        http.User = principal;

        // a direct play has no segment requests: its file requests keep its session alive for the sessions view
        if (JellyfinIds.TryParse(http.Request.Query["PlaySessionId"].ToString(), out var session))
        {
            registry.Find(CallerAccess.FromPrincipal(http.User), session);
        }

        return await DirectPlayEndpoints.StreamAsync(http, source, id, version).ConfigureAwait(false);
    }

    /// <summary>The app stopped playing: its session (the caller's own, or any for an admin) ends with its transcoder.</summary>
    private static async Task<IResult> StopEncodingAsync(HttpContext http, SessionRegistry registry)
    {
        if (JellyfinIds.TryParse(http.Request.Query["PlaySessionId"].ToString(), out var id)
            && registry.Find(CallerAccess.FromPrincipal(http.User), id) is { } session)
        {
            await registry.StopAsync(session.Id, "the Jellyfin app stopped").ConfigureAwait(false);
        }

        // as Jellyfin answers: nothing to stop is not an error (the app may have stopped it already)
        return TypedResults.NoContent();
    }
}
