using Hearth.Core.Access;
using Hearth.Library.Metadata.Apply;
using Hearth.Library.Scanning;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Library.Libraries;

/// <param name="FailedFiles">One page of the files that could not be read.</param>
/// <param name="FailedCount">How many files could not be read in all (the page may hold fewer).</param>
public sealed record ScanStatusDto(bool Queued, ScanProgress? Running, LastScanDto? LastScan, IReadOnlyList<FailedFileDto> FailedFiles, int FailedCount);

public static class LibrariesEndpoints
{
    public static RouteGroupBuilder MapLibrariesEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/libraries").WithTags("Libraries");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/", CreateAsync).RequireAuthorization(CallerAccess.AdminPolicy);
        group.MapPatch("/{id:guid}", UpdateAsync).RequireAuthorization(CallerAccess.AdminPolicy).WithSummary("Changes a library's settings (writeNfo)");
        group.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(CallerAccess.AdminPolicy);
        group.MapPost("/{id:guid}/scan", Scan).RequireAuthorization(CallerAccess.AdminPolicy);
        group.MapGet("/{id:guid}/scan", ScanStatusAsync);
        group.MapGet("/{id:guid}/scans", ScanHistoryAsync).WithSummary("Recent scans, newest first");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<LibraryDto>>> ListAsync(HttpContext http, LibraryCatalog catalog) =>
        TypedResults.Ok(await catalog.ListAsync(CallerAccess.FromPrincipal(http.User), http.RequestAborted).ConfigureAwait(false));

    private static async Task<Results<Ok<LibraryDto>, NotFound>> GetAsync(HttpContext http, LibraryCatalog catalog, Guid id)
    {
        if (!CallerAccess.FromPrincipal(http.User).CanSee(id))
        {
            return TypedResults.NotFound();
        }

        var library = await catalog.GetAsync(id, http.RequestAborted).ConfigureAwait(false);
        return library is null ? TypedResults.NotFound() : TypedResults.Ok(library);
    }

    private static async Task<Results<Created<LibraryDto>, ProblemHttpResult>> CreateAsync(HttpContext http, LibraryCatalog catalog, LibraryWatcher watcher, NewLibrary request)
    {
        var (library, problem) = await catalog.CreateAsync(request, http.RequestAborted).ConfigureAwait(false);
        if (library is null)
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "The library was not added");
        }

        watcher.Refresh();
        return TypedResults.Created($"/api/v1/libraries/{library.Id}", library);
    }

    private static async Task<Results<Ok<LibraryDto>, NotFound, ProblemHttpResult>> UpdateAsync(HttpContext http, LibraryCatalog catalog, NfoSaver nfo, Guid id, LibraryUpdate update)
    {
        if (update.Language is { Length: > 0 } language && (language.Trim().Length > 35 || !MetadataLocale.IsLanguageTag(language.Trim())))
        {
            return TypedResults.Problem("language must be a language tag such as en-US, de or pt-BR, or \"\" for the server's", statusCode: StatusCodes.Status400BadRequest, title: "The library was not changed");
        }

        var library = await catalog.UpdateAsync(id, update, http.RequestAborted).ConfigureAwait(false);
        if (library is null)
        {
            return TypedResults.NotFound();
        }

        if (update.WriteNfo is true)
        {
            // what was matched before writing was turned on gets its files too, in the background
            nfo.SaveLibraryLater(id);
        }

        return TypedResults.Ok(library);
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(HttpContext http, LibraryCatalog catalog, LibraryWatcher watcher, Guid id)
    {
        if (!await catalog.DeleteAsync(id, http.RequestAborted).ConfigureAwait(false))
        {
            return TypedResults.NotFound();
        }

        watcher.Refresh();
        return TypedResults.NoContent();
    }

    private static async Task<Results<Accepted<ScanStatusDto>, NotFound>> Scan(HttpContext http, LibraryCatalog catalog, ScanQueue queue, Guid id)
    {
        var library = await catalog.GetAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (library is null)
        {
            return TypedResults.NotFound();
        }

        queue.Enqueue(new ScanRequest(id, null, "requested by " + http.User.Identity?.Name));
        return TypedResults.Accepted($"/api/v1/libraries/{id}/scan", new ScanStatusDto(true, queue.Progress(id), library.LastScan, [], await catalog.FailedCountAsync(id, http.RequestAborted).ConfigureAwait(false)));
    }

    private static async Task<Results<Ok<IReadOnlyList<LastScanDto>>, NotFound>> ScanHistoryAsync(HttpContext http, LibraryCatalog catalog, Guid id, int? limit)
    {
        if (!CallerAccess.FromPrincipal(http.User).CanSee(id))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await catalog.ScanHistoryAsync(id, Math.Clamp(limit ?? 20, 1, 200), http.RequestAborted).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<ScanStatusDto>, NotFound>> ScanStatusAsync(HttpContext http, LibraryCatalog catalog, ScanQueue queue, Guid id, int? failedOffset, int? failedLimit)
    {
        if (!CallerAccess.FromPrincipal(http.User).CanSee(id))
        {
            return TypedResults.NotFound();
        }

        var library = await catalog.GetAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (library is null)
        {
            return TypedResults.NotFound();
        }

        var failed = await catalog.FailedFilesAsync(id, Math.Max(0, failedOffset ?? 0), Math.Clamp(failedLimit ?? 100, 1, 500), http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok(new ScanStatusDto(queue.IsQueued(id), queue.Progress(id), library.LastScan, failed, await catalog.FailedCountAsync(id, http.RequestAborted).ConfigureAwait(false)));
    }
}
