using Hearth.Core.Access;
using Hearth.Core.Http;
using Hearth.Core.Processes;
using Hearth.Library.Items;
using Hearth.Library.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Library.Images;

public static class ImageEndpoints
{
    public static RouteHandlerBuilder MapImageEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/items/{id:guid}/images/{kind}", GetAsync)
            .WithTags("Images")
            .WithSummary("An item's poster, backdrop, thumb or logo, resized to fit maxWidth/maxHeight when asked");

    private static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> GetAsync(
        HttpContext http, ItemQueries queries, ImageStore images, Guid id, string kind, int? maxWidth, int? maxHeight, int? quality)
    {
        if (!Enum.TryParse<ImageKind>(kind, ignoreCase: true, out var imageKind) || !Enum.IsDefined(imageKind))
        {
            return TypedResults.Problem("kind must be poster, backdrop, thumb or logo", statusCode: StatusCodes.Status400BadRequest);
        }

        if (SizeProblem(maxWidth, maxHeight, quality) is { } problem)
        {
            return problem;
        }

        var item = await queries.FindAsync(CallerAccess.FromPrincipal(http.User), id, http.RequestAborted).ConfigureAwait(false);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        var served = await ServeAsync(images, item, imageKind, maxWidth, maxHeight, quality ?? 85, http.RequestAborted).ConfigureAwait(false);
        if (served.Result is PhysicalFileHttpResult)
        {
            http.Response.Headers.CacheControl = "private, max-age=86400";
        }

        return served;
    }

    /// <summary>
    /// The item's picture of that kind fitted to the box, for every route that serves artwork (native and protocol
    /// edges alike): the caller has already decided the item may be shown and set its cache headers.
    /// </summary>
    public static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> ServeAsync(
        ImageStore images, Item item, ImageKind kind, int? maxWidth, int? maxHeight, int quality, CancellationToken ct)
    {
        string? source;
        try
        {
            source = await images.SourceAsync(item, kind, ct).ConfigureAwait(false);
        }
        catch (ExternalProcessException e)
        {
            return TypedResults.Problem("The image could not be made: " + e.Message, statusCode: StatusCodes.Status500InternalServerError);
        }

        return source is null ? TypedResults.NotFound() : await ServeFileAsync(images, source, maxWidth, maxHeight, quality, ct).ConfigureAwait(false);
    }

    /// <summary>A picture file fitted to the box (a collection's, an item's): the caller decided it may be shown.</summary>
    public static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> ServeFileAsync(
        ImageStore images, string source, int? maxWidth, int? maxHeight, int quality, CancellationToken ct)
    {
        string path;
        try
        {
            path = await images.SizedAsync(source, maxWidth, maxHeight, quality, ct).ConfigureAwait(false);
        }
        catch (ExternalProcessException e)
        {
            return TypedResults.Problem("The image could not be made: " + e.Message, statusCode: StatusCodes.Status500InternalServerError);
        }

        return FileResults.Physical(new FileInfo(path), ranges: false);
    }

    /// <summary>The 400 for a size or quality out of range, or null when they are fine.</summary>
    public static ProblemHttpResult? SizeProblem(int? maxWidth, int? maxHeight, int? quality) =>
        maxWidth is < 16 or > 7680 || maxHeight is < 16 or > 4320 || quality is < 10 or > 100
            ? TypedResults.Problem("maxWidth 16..7680, maxHeight 16..4320, quality 10..100", statusCode: StatusCodes.Status400BadRequest)
            : null;
}
