using Hearth.Core.Access;
using Hearth.Core.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Streaming.Subtitles;

public static class SubtitleEndpoints
{
    public static RouteHandlerBuilder MapSubtitleEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet(PlaybackUrls.SubtitleRoute, GetAsync)
            .WithTags("Playback")
            .WithSummary("A text subtitle track (embedded or beside the file, by its index in the item's media info) as WebVTT");

    /// <summary>Public so that another API's subtitle route (the Jellyfin-compatible one) is answered by this one owner.</summary>
    /// <param name="mediaSourceId">The version whose track it is, for an item with several; without it the item's first.</param>
    public static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> GetAsync(HttpContext http, SubtitleTexts subtitles, Guid id, int index, Guid? mediaSourceId)
    {
        var text = await subtitles.WebVttAsync(CallerAccess.FromPrincipal(http.User), id, index, http.RequestAborted, mediaSourceId).ConfigureAwait(false);
        if (text.Path is { } path)
        {
            return FileResults.Physical(new FileInfo(path), ranges: false, contentType: "text/vtt; charset=utf-8");
        }

        return text.NotFound
            ? TypedResults.NotFound()
            : TypedResults.Problem(text.Problem, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Not a text subtitle");
    }
}
