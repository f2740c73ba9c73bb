using Hearth.Core.Access;
using Hearth.Core.Http;
using Hearth.Core.Media;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Streaming.DirectPlay;

public static class DirectPlayEndpoints
{
    public static RouteHandlerBuilder MapDirectPlayEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet(PlaybackUrls.StreamRoute, StreamAsync)
            .WithTags("Playback")
            .WithSummary("The original file, with HTTP Range, ETag and Last-Modified; of an item with several versions, the one mediaSourceId names, else the best picture");

    /// <summary>
    /// Sent by the server's file sender (sendfile-style, in kernel-sized chunks) rather than read into
    /// our own buffers; ranges, conditional requests and HEAD come from the framework's file result.
    /// Public so that another API's stream route (the Jellyfin-compatible one) is answered by this one owner.
    /// </summary>
    /// <param name="mediaSourceId">One version of the item (as the playback answer links it); without it the item's best picture.</param>
    public static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> StreamAsync(HttpContext http, IPlayableMediaSource source, Guid id, Guid? mediaSourceId)
    {
        var path = await source.FindFileAsync(CallerAccess.FromPrincipal(http.User), id, mediaSourceId, http.RequestAborted).ConfigureAwait(false);
        if (path is null)
        {
            return TypedResults.NotFound();
        }

        return Serve(path);
    }

    /// <summary>A library file the caller was found entitled to, as direct play sends it (for an edge that checked it otherwise).</summary>
    public static Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult> Serve(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return TypedResults.Problem("The file is no longer on disk; a rescan will remove it.", statusCode: StatusCodes.Status404NotFound, title: "File missing");
        }

        return FileResults.Physical(info, ranges: true);
    }
}
