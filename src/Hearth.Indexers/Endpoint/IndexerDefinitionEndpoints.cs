using Hearth.Core.Access;
using Hearth.Indexers.Caps;
using Hearth.Indexers.Definitions;
using Hearth.Indexers.History;
using Hearth.Indexers.Limits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Indexers.Endpoint;

/// <summary>Managing indexers (admins): list with health and stats, add, change, test, remove, history.</summary>
public static class IndexerDefinitionEndpoints
{
    public static RouteGroupBuilder MapIndexerDefinitionEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/indexers").WithTags("Indexers").RequireAuthorization(CallerAccess.AdminPolicy);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/", CreateAsync).WithSummary("Adds an indexer after asking it for t=caps");
        group.MapPost("/test", TryAsync).WithSummary("Asks an indexer that is not saved for t=caps");
        group.MapPut("/{id:guid}", UpdateAsync);
        group.MapPost("/{id:guid}/test", TestAsync);
        group.MapDelete("/{id:guid}", DeleteAsync);
        group.MapGet("/history", HistoryAsync);
        group.MapGet("/{id:guid}/history", IndexerHistoryAsync);
        return group;
    }

    private static async Task<Ok<IReadOnlyList<IndexerDto>>> ListAsync(IndexerCatalog catalog, IndexerLimiter limiter, HistoryStore history, CancellationToken ct)
    {
        var stats = await history.StatsAsync(ct).ConfigureAwait(false);
        var list = (await catalog.ListAsync(ct).ConfigureAwait(false))
            .Select(d => IndexerDto.From(d, limiter.State(d.Id, d.Enabled), stats.GetValueOrDefault(d.Id)))
            .ToList();
        return TypedResults.Ok<IReadOnlyList<IndexerDto>>(list);
    }

    private static async Task<Results<Ok<IndexerDto>, NotFound>> GetAsync(Guid id, IndexerCatalog catalog, IndexerLimiter limiter, HistoryStore history, CancellationToken ct)
    {
        var definition = await catalog.GetAsync(id, ct).ConfigureAwait(false);
        if (definition is null)
        {
            return TypedResults.NotFound();
        }

        var stats = await history.StatsAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(IndexerDto.From(definition, limiter.State(id, definition.Enabled), stats.GetValueOrDefault(id)));
    }

    private static async Task<Results<Created<IndexerDto>, ProblemHttpResult>> CreateAsync(IndexerInput input, IndexerCatalog catalog, IndexerLimiter limiter, CancellationToken ct)
    {
        var (indexer, problem) = await catalog.AddAsync(input, ct).ConfigureAwait(false);
        return indexer is null
            ? Problem(problem!, "The indexer was not added")
            : TypedResults.Created($"/api/v1/indexers/{indexer.Id}", IndexerDto.From(indexer, limiter.State(indexer.Id, indexer.Enabled), null));
    }

    private static async Task<Results<Ok<IndexerCaps>, ProblemHttpResult>> TryAsync(IndexerInput input, IndexerCatalog catalog, CancellationToken ct)
    {
        var (caps, problem) = await catalog.TryAsync(input, ct).ConfigureAwait(false);
        return caps is null ? Problem(problem!, "The indexer did not answer as Torznab/Newznab") : TypedResults.Ok(caps);
    }

    private static async Task<Results<Ok<IndexerDto>, NotFound, ProblemHttpResult>> UpdateAsync(Guid id, IndexerInput input, IndexerCatalog catalog, IndexerLimiter limiter, CancellationToken ct)
    {
        var (indexer, problem) = await catalog.UpdateAsync(id, input, ct).ConfigureAwait(false);
        if (indexer is null)
        {
            return problem is null ? TypedResults.NotFound() : Problem(problem, "The indexer was not changed");
        }

        return TypedResults.Ok(IndexerDto.From(indexer, limiter.State(id, indexer.Enabled), null));
    }

    private static async Task<Results<Ok<IndexerDto>, NotFound, ProblemHttpResult>> TestAsync(Guid id, IndexerCatalog catalog, IndexerLimiter limiter, CancellationToken ct)
    {
        var (indexer, problem) = await catalog.TestAsync(id, ct).ConfigureAwait(false);
        if (indexer is null)
        {
            return problem is null ? TypedResults.NotFound() : Problem(problem, "The indexer test failed");
        }

        return TypedResults.Ok(IndexerDto.From(indexer, limiter.State(id, indexer.Enabled), null));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, IndexerCatalog catalog, CancellationToken ct) =>
        await catalog.DeleteAsync(id, ct).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<HistoryEntry>>> HistoryAsync(HistoryStore history, int? limit, CancellationToken ct) =>
        TypedResults.Ok(await history.ListAsync(null, Math.Clamp(limit ?? 100, 1, 1000), ct).ConfigureAwait(false));

    private static async Task<Ok<IReadOnlyList<HistoryEntry>>> IndexerHistoryAsync(Guid id, HistoryStore history, int? limit, CancellationToken ct) =>
        TypedResults.Ok(await history.ListAsync(id, Math.Clamp(limit ?? 100, 1, 1000), ct).ConfigureAwait(false));

    private static ProblemHttpResult Problem(IndexerProblem problem, string title) =>
        TypedResults.Problem(problem.Message, statusCode: StatusCodes.Status400BadRequest, title: title, extensions: new Dictionary<string, object?> { ["kind"] = problem.Kind });
}
