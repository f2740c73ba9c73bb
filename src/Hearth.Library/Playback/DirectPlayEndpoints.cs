using Hearth.Core.Access;
using Hearth.Library.Items;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Library.Playback;

public static class DirectPlayEndpoints
{
    public static RouteHandlerBuilder MapDirectPlayEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/items/{id:guid}/stream", StreamAsync)
            .WithTags("Playback")
            .WithSummary("The original file, with HTTP Range, ETag and Last-Modified");

    /// <summary>
    /// Sent by the server's file sender (sendfile-style, in kernel-sized chunks) rather than read into
    /// our own buffers; ranges, conditional requests and HEAD come from the framework's file result.
    /// </summary>
    private static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> StreamAsync(HttpContext http, ItemQueries queries, Guid id)
    {
        var file = await queries.PlayableFileAsync(CallerAccess.FromPrincipal(http.User), id, http.RequestAborted).ConfigureAwait(false);
        if (file is null)
        {
            return TypedResults.NotFound();
        }

        var info = new FileInfo(file.Path);
        if (!info.Exists)
        {
            return TypedResults.Problem("The file is no longer on disk; a rescan will remove it.", statusCode: StatusCodes.Status404NotFound, title: "File missing");
        }

        return FileResults.Physical(info, ranges: true);
    }
}
