using Hearth.Access.Users;
using Hearth.Jellyfin.Json;
using Hearth.Library.Items;
using Hearth.Library.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Jellyfin.Items;

/// <summary>A show's seasons, and its episodes (all, of one season by id, or by season number), in airing order.</summary>
internal static class ShowsEndpoints
{
    public static void MapShowsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/Shows/{seriesId}/Seasons", SeasonsAsync);
        routes.MapGet("/Shows/{seriesId}/Episodes", EpisodesAsync);
    }

    private static Task<IResult> SeasonsAsync(HttpContext http, UserService users, ItemQueries queries, ItemDtoMapper mapper, string seriesId) =>
        ListAsync(http, users, queries, mapper, seriesId, (q, show) => new BrowseQuery { ParentId = show, Kinds = [ItemKind.Season] });

    private static Task<IResult> EpisodesAsync(HttpContext http, UserService users, ItemQueries queries, ItemDtoMapper mapper, string seriesId) =>
        ListAsync(http, users, queries, mapper, seriesId, (q, show) => q.Id("SeasonId") is { } season
            ? new BrowseQuery { ParentId = season, Kinds = [ItemKind.Episode] }
            : new BrowseQuery
            {
                ParentId = show,
                Recursive = true,
                Kinds = [ItemKind.Episode],
                ParentIndexNumber = q.TryInt("Season", out var number) ? number : null,
            });

    private static async Task<IResult> ListAsync(HttpContext http, UserService users, ItemQueries queries, ItemDtoMapper mapper, string seriesId, Func<JellyfinQuery, Guid, BrowseQuery> build)
    {
        var (caller, refusal) = await Callers.ResolveAsync(http, users).ConfigureAwait(false);
        if (caller is null)
        {
            return refusal!;
        }

        var q = new JellyfinQuery(http.Request.Query);
        if (!q.TryInt("Limit", out var limit) || !q.TryInt("StartIndex", out var start) || limit < 0 || start < 0)
        {
            return JellyfinJson.BadRequest("StartIndex and Limit are whole numbers, 0 or more.");
        }

        if (!JellyfinIds.TryParse(seriesId, out var show)
            || (await queries.RowsAsync(caller, [show], http.RequestAborted).ConfigureAwait(false)).GetValueOrDefault(show) is not { Kind: ItemKind.Show })
        {
            return TypedResults.NotFound();
        }

        var sorts = BrowseRequest.Sorts(q);
        var query = build(q, show) with
        {
            Sorts = sorts.Count > 0 ? sorts : [(BrowseSort.Index, false)],
            Offset = start ?? 0,
            Limit = limit ?? ItemQueries.MaxLimit,
            Played = q.Bool("IsPlayed"),
        };
        var request = new BrowseRequest(query, false, null);
        return new JsonBytesResult(await BrowsingEndpoints.PageAsync(http, caller, mapper, request, ItemFields.From(q)).ConfigureAwait(false));
    }
}
