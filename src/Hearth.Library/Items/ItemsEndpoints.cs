using Hearth.Core.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Library.Items;

public static class ItemsEndpoints
{
    public static RouteGroupBuilder MapItemsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/items").WithTags("Items");
        group.MapGet("/", ListAsync).WithSummary("Items, filtered, sorted and paged, with the total count")
            .Produces<ItemPage>(StatusCodes.Status200OK, "application/json");
        group.MapGet("/recently-added", RecentlyAddedAsync)
            .WithSummary("The newest movies and episodes; with group=show, a show's new episodes make one entry with newEpisodeCount");
        group.MapGet("/continue-watching", ContinueWatchingAsync);
        group.MapGet("/next-up", NextUpAsync).WithSummary("The next episode to watch of each show the caller is watching");
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/{id:guid}/watch-state", UpdateWatchStateAsync);
        return group;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ListAsync(
        HttpContext http,
        ItemPageCache pages,
        Guid? libraryId,
        string? type,
        Guid? parentId,
        string? search,
        string? sort,
        string? order,
        bool? played,
        bool? favourite,
        int? offset,
        int? limit)
    {
        if (!ItemText.TryParseKind(type, out var kind))
        {
            return Problem("type must be one of movie, show, season, episode, extra");
        }

        ItemSort? sortBy = null;
        if (sort is not null)
        {
            if (!Enum.TryParse<ItemSort>(sort.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Problem("sort must be one of title, date-added, year, index");
            }

            sortBy = parsed;
        }

        if (order is not null and not "asc" and not "desc")
        {
            return Problem("order must be asc or desc");
        }

        if (limit is < 0 or > ItemQueries.MaxLimit || offset is < 0)
        {
            return Problem($"limit must be 0..{ItemQueries.MaxLimit} and offset 0 or more");
        }

        var caller = CallerAccess.FromPrincipal(http.User);
        var query = new ItemQuery(libraryId, kind, parentId, search, sortBy, order is null ? null : order == "desc", played, favourite, offset ?? 0, limit ?? 100);
        var page = await pages.ListAsync(caller, query, http.RequestAborted).ConfigureAwait(false);
        return page.ToResult(http);
    }

    private static async Task<Ok<IReadOnlyList<ItemSummary>>> RecentlyAddedAsync(HttpContext http, ItemQueries queries, Guid? libraryId, int? limit, string? group)
    {
        // group=show: a show's new episodes make one entry (the show, with newEpisodeCount), as Plex shows them
        var grouped = string.Equals(group, "show", StringComparison.OrdinalIgnoreCase);
        return TypedResults.Ok(await queries.RecentlyAddedAsync(CallerAccess.FromPrincipal(http.User), libraryId, limit ?? 20, grouped, http.RequestAborted).ConfigureAwait(false));
    }

    private static async Task<Ok<IReadOnlyList<ItemSummary>>> ContinueWatchingAsync(HttpContext http, ItemQueries queries, int? limit) =>
        TypedResults.Ok(await queries.ContinueWatchingAsync(CallerAccess.FromPrincipal(http.User), limit ?? 20, http.RequestAborted).ConfigureAwait(false));

    private static async Task<Ok<IReadOnlyList<ItemSummary>>> NextUpAsync(HttpContext http, ItemQueries queries, int? limit) =>
        TypedResults.Ok(await queries.NextUpAsync(CallerAccess.FromPrincipal(http.User), limit ?? 20, http.RequestAborted).ConfigureAwait(false));

    private static async Task<Results<Ok<ItemDetail>, NotFound>> GetAsync(HttpContext http, ItemQueries queries, Guid id)
    {
        var detail = await queries.DetailAsync(CallerAccess.FromPrincipal(http.User), id, http.RequestAborted).ConfigureAwait(false);
        return detail is null ? TypedResults.NotFound() : TypedResults.Ok(detail);
    }

    private static async Task<Results<Ok<UserData>, NotFound, ProblemHttpResult>> UpdateWatchStateAsync(
        HttpContext http, ItemQueries queries, WatchStates states, Guid id, WatchStateUpdate update)
    {
        if (update.PositionMs is < 0)
        {
            return Problem("positionMs cannot be negative");
        }

        var caller = CallerAccess.FromPrincipal(http.User);
        var item = await queries.FindAsync(caller, id, http.RequestAborted).ConfigureAwait(false);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await states.UpdateAsync(caller.UserId, item, update, http.RequestAborted).ConfigureAwait(false));
    }

    private static ProblemHttpResult Problem(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
}
