using Hearth.Core.Access;
using Hearth.Jellyfin.Dtos;
using Hearth.Jellyfin.Json;
using Hearth.Library.Items;
using Hearth.Library.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Jellyfin.PlayState;

/// <summary>
/// Marking an item played or unplayed, favourite or not: <c>/UserPlayedItems/{itemId}</c> and
/// <c>/UserFavoriteItems/{itemId}</c> (10.9 and later, <c>userId</c> in the query if at all) and the older
/// <c>/Users/{userId}/PlayedItems|FavoriteItems/{itemId}</c>. Each answers the item's state after the change.
/// </summary>
internal static class UserDataEndpoints
{
    public static void MapUserDataEndpoints(this IEndpointRouteBuilder routes)
    {
        foreach (var prefix in new[] { "/UserPlayedItems/{itemId}", "/Users/{userId}/PlayedItems/{itemId}" })
        {
            routes.MapPost(prefix, (HttpContext http, ItemQueries q, WatchStates s, string? userId, string itemId) => MarkAsync(http, q, s, userId, itemId, new WatchStateUpdate(null, true, null)));
            routes.MapDelete(prefix, (HttpContext http, ItemQueries q, WatchStates s, string? userId, string itemId) => MarkAsync(http, q, s, userId, itemId, new WatchStateUpdate(null, false, null)));
        }

        foreach (var prefix in new[] { "/UserFavoriteItems/{itemId}", "/Users/{userId}/FavoriteItems/{itemId}" })
        {
            routes.MapPost(prefix, (HttpContext http, ItemQueries q, WatchStates s, string? userId, string itemId) => MarkAsync(http, q, s, userId, itemId, new WatchStateUpdate(null, null, true)));
            routes.MapDelete(prefix, (HttpContext http, ItemQueries q, WatchStates s, string? userId, string itemId) => MarkAsync(http, q, s, userId, itemId, new WatchStateUpdate(null, null, false)));
        }
    }

    private static async Task<IResult> MarkAsync(HttpContext http, ItemQueries queries, WatchStates states, string? userId, string itemId, WatchStateUpdate update)
    {
        if (!UserIds.IsCaller(http, userId))
        {
            return UserIds.Forbidden();
        }

        var caller = CallerAccess.FromPrincipal(http.User);
        if (!JellyfinIds.TryParse(itemId, out var id) || await queries.FindAsync(caller, id, http.RequestAborted).ConfigureAwait(false) is not { } item)
        {
            return TypedResults.NotFound();
        }

        var data = await states.UpdateAsync(caller.UserId, item, update, http.RequestAborted).ConfigureAwait(false);
        return JellyfinJson.Ok(From(item, data));
    }

    /// <summary>Hearth's state of one item in Jellyfin's shape (the other routes that show user data may use it too).</summary>
    internal static UserItemDataDto From(Item item, UserData data)
    {
        var id = JellyfinIds.Format(item.Id);
        double? percentage = item.RuntimeMs is > 0 && data.PositionMs > 0 ? Math.Round(100.0 * data.PositionMs / item.RuntimeMs.Value, 2) : null;
        return new UserItemDataDto(
            Ticks.FromMilliseconds(data.PositionMs),
            data.PlayCount,
            data.Favourite,
            data.Played,
            id,
            id,
            data.LastPlayedMs > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(data.LastPlayedMs) : null,
            percentage);
    }
}
