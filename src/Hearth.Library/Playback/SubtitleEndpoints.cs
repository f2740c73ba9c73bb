using Hearth.Core.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Library.Playback;

public static class SubtitleEndpoints
{
    public static RouteHandlerBuilder MapSubtitleEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/items/{id:guid}/subtitles/{index:int}", GetAsync)
            .WithTags("Playback")
            .WithSummary("A text subtitle track (embedded or beside the file, by its index in the item's media info) as WebVTT");

    private static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> GetAsync(HttpContext http, SubtitleTexts subtitles, Guid id, int index)
    {
        var text = await subtitles.WebVttAsync(CallerAccess.FromPrincipal(http.User), id, index, http.RequestAborted).ConfigureAwait(false);
        if (text.Path is { } path)
        {
            return FileResults.Physical(new FileInfo(path), ranges: false, contentType: "text/vtt; charset=utf-8");
        }

        return text.NotFound
            ? TypedResults.NotFound()
            : TypedResults.Problem(text.Problem, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Not a text subtitle");
    }
}
