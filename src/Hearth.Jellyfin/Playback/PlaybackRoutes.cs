using Microsoft.AspNetCore.Routing;

namespace Hearth.Jellyfin.Playback;

public static class PlaybackRoutes
{
    /// <summary>PlaybackInfo, the direct streams, HLS over Hearth's sessions, subtitles and stopping an encoding.</summary>
    public static IEndpointRouteBuilder MapJellyfinPlayback(this IEndpointRouteBuilder routes)
    {
        routes.MapPlaybackInfo();
        routes.MapStreams();
        routes.MapHls();
        routes.MapSubtitles();
        return routes;
    }
}
