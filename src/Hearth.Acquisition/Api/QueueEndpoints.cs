using System.Security.Claims;
using Hearth.Acquisition.Queue;
using Hearth.Core.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Acquisition.Api;

/// <summary>
/// <c>/api/v1/queue</c>: every grab on its way and every one that failed, followed in its client. Reading it takes an
/// account; removing, blocklisting and trying again change what is downloaded, so they take the indexer permission, as
/// grabbing does.
/// </summary>
public static class QueueEndpoints
{
    public static IEndpointRouteBuilder MapQueueEndpoints(this IEndpointRouteBuilder routes)
    {
        var queue = routes.MapGroup("/api/v1/queue").WithTags("Queue");
        queue.MapGet("/", async (DownloadQueue store, CancellationToken ct) => TypedResults.Ok(await store.ListAsync(ct).ConfigureAwait(false)))
            .WithSummary("Every grab on its way (queued, downloading, stalled, paused, completed, importing; sent for a blackhole) or failed (with the reason), oldest first, with progress, size, speed, ETA and seeds as its client reports them")
            .RequireAuthorization();
        queue.MapGet("/{id:int}", async Task<Results<Ok<QueueItem>, NotFound>> (int id, DownloadQueue store, CancellationToken ct) =>
                await store.GetAsync(id, ct).ConfigureAwait(false) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound())
            .RequireAuthorization();
        queue.MapDelete("/{id:int}", async Task<Results<Ok<QueueRemoval>, ProblemHttpResult>> (int id, bool? deleteData, bool? blocklist, bool? search, ClaimsPrincipal user, DownloadQueue store, CancellationToken ct) =>
                await store.RemoveAsync(id, deleteData ?? false, blocklist ?? false, search ?? false, user.Identity?.Name ?? "someone", ct).ConfigureAwait(false) switch
                {
                    ({ } done, _) => TypedResults.Ok(done),
                    (_, var problem) => Problem(problem!),
                })
            .WithSummary("Removes a grab from the queue and from its client (deleteData=true deletes what it downloaded; blocklist=true blocks the release; search=true searches again for what it was for)")
            .RequireAuthorization(CallerAccess.IndexersPolicy);
        queue.MapPost("/{id:int}/blocklist", async Task<Results<Ok<QueueRemoval>, ProblemHttpResult>> (int id, ClaimsPrincipal user, DownloadQueue store, CancellationToken ct) =>
                await store.RemoveAsync(id, deleteData: true, block: true, searchAgain: true, user.Identity?.Name ?? "someone", ct).ConfigureAwait(false) switch
                {
                    ({ } done, _) => TypedResults.Ok(done),
                    (_, var problem) => Problem(problem!),
                })
            .WithSummary("Blocklist and search again: removes the grab and its data from the client, blocks the release, and searches for the next best")
            .RequireAuthorization(CallerAccess.IndexersPolicy);
        queue.MapPost("/{id:int}/retry", async Task<Results<Ok<QueueItem>, ProblemHttpResult>> (int id, DownloadQueue store, CancellationToken ct) =>
                await store.RetryAsync(id, ct).ConfigureAwait(false) switch
                {
                    ({ } item, _) => TypedResults.Ok(item),
                    (_, var problem) => Problem(problem!),
                })
            .WithSummary("Tries a failed grab again: resumed in its client when the client still holds it, else fetched and handed over again")
            .RequireAuthorization(CallerAccess.IndexersPolicy);
        return routes;
    }

    private static ProblemHttpResult Problem(QueueProblem problem) => TypedResults.Problem(problem.Detail, statusCode: problem.Status, title: problem.Title);
}
