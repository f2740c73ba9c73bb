using Hearth.Acquisition.Blocklist;
using Hearth.Acquisition.Profiles;
using Hearth.Acquisition.Searches;
using Hearth.Core.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Acquisition.Api;

/// <summary>What <c>POST /api/v1/blocklist</c> takes: a release of a recent search.</summary>
public sealed record BlockInput(string? Guid, Guid IndexerId);

/// <summary>The blocklist (<c>/api/v1/blocklist</c>) and the delay profile (<c>/api/v1/delayprofile</c>); admins change them.</summary>
public static class BlocklistEndpoints
{
    public static IEndpointRouteBuilder MapBlocklistEndpoints(this IEndpointRouteBuilder routes)
    {
        var blocklist = routes.MapGroup("/api/v1/blocklist").WithTags("Blocklist").RequireAuthorization();
        blocklist.MapGet("/", async (BlocklistStore store, CancellationToken ct) => TypedResults.Ok(await store.ListAsync(ct).ConfigureAwait(false)))
            .WithSummary("Releases that are never grabbed again, newest first");
        blocklist.MapPost("/", async Task<Results<Created<BlockedRelease>, NotFound<ProblemDetails>, ProblemHttpResult>> (BlockInput input, HttpContext http, ReleaseSearcher searcher, BlocklistStore store, CancellationToken ct) =>
            {
                if (string.IsNullOrEmpty(input.Guid) || input.IndexerId == Guid.Empty)
                {
                    return TypedResults.Problem("Give the release's guid and indexerId, as the search answered them.", statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be used");
                }
                if (searcher.Find(input.IndexerId, input.Guid) is not { } cached)
                {
                    return TypedResults.NotFound(new ProblemDetails
                    {
                        Title = "No such release",
                        Detail = "This release is not among the results of a recent search (they are kept 30 minutes): search again.",
                        Status = StatusCodes.Status404NotFound,
                    });
                }
                var who = CallerAccess.FromPrincipal(http.User).Name;
                var blocked = await store.AddAsync(cached.Decision.Release, cached.Context.MovieId, cached.Context.SeriesId, $"blocked by {who}", ct).ConfigureAwait(false);
                return TypedResults.Created("/api/v1/blocklist", blocked);
            })
            .WithSummary("Blocks a release of a recent search: no search grabs it again (nor the same torrent from another indexer)")
            .RequireAuthorization(CallerAccess.AdminPolicy);
        blocklist.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, BlocklistStore store, CancellationToken ct) =>
                await store.RemoveAsync(id, ct).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Lets a blocked release be grabbed again").RequireAuthorization(CallerAccess.AdminPolicy);

        var delay = routes.MapGroup("/api/v1/delayprofile").WithTags("Profiles").RequireAuthorization();
        delay.MapGet("/", async (DelayProfileStore store, CancellationToken ct) => TypedResults.Ok(DelayProfileDto.From(await store.GetAsync(ct).ConfigureAwait(false))))
            .WithSummary("How long a new release waits before it is grabbed, per protocol (none by default)");
        delay.MapPut("/", async Task<Results<Ok<DelayProfileDto>, ProblemHttpResult>> (DelayProfileDto input, DelayProfileStore store, CancellationToken ct) =>
                await store.SaveAsync(input, ct).ConfigureAwait(false) switch
                {
                    ({ } saved, _) => TypedResults.Ok(DelayProfileDto.From(saved)),
                    (_, var problem) => TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "The delay profile cannot be used"),
                })
            .WithSummary("Sets the delay profile: {preferredProtocol, usenetDelay, torrentDelay (minutes), bypassIfHighestQuality, bypassIfFormatScoreAtLeast}")
            .RequireAuthorization(CallerAccess.AdminPolicy);
        return routes;
    }
}
