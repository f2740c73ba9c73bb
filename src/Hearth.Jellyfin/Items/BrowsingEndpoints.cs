using Hearth.Access.Users;
using Hearth.Core.Access;
using Hearth.Jellyfin.Dtos;
using Hearth.Jellyfin.Json;
using Hearth.Library.Items;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Jellyfin.Items;

/// <summary>
/// What the apps browse: the libraries as views, items by parent, type, filter and sort, one item in full, and (in
/// the sibling classes) home rows, shows' seasons and episodes, genres, similar items and search hints. Every answer
/// is limited to the libraries the person may see.
/// </summary>
public static class BrowsingEndpoints
{
    public static void MapBrowsingEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/UserViews", ViewsAsync);
        routes.MapGet("/Users/{userId}/Views", ViewsAsync);
        routes.MapGet("/Items", ItemsAsync);
        routes.MapGet("/Users/{userId}/Items", ItemsAsync);
        routes.MapGet("/Items/{itemId}", ItemAsync);
        routes.MapGet("/Users/{userId}/Items/{itemId}", ItemAsync);
        routes.MapHomeEndpoints();
        routes.MapShowsEndpoints();
        routes.MapDiscoveryEndpoints();
    }

    private static async Task<IResult> ViewsAsync(HttpContext http, UserService users, LibraryList catalog, ItemDtoMapper mapper)
    {
        var (caller, refusal) = await Callers.ResolveAsync(http, users).ConfigureAwait(false);
        if (caller is null)
        {
            return refusal!;
        }

        var libraries = await catalog.ForAsync(caller, http.RequestAborted).ConfigureAwait(false);
        var views = libraries.Select(mapper.View).ToList();
        return JellyfinJson.Ok(new QueryResult<BaseItemDto>(views, views.Count, 0));
    }

    private static async Task<IResult> ItemsAsync(HttpContext http, UserService users, LibraryList catalog, ItemQueries queries, ItemDtoMapper mapper, PageCache cache)
    {
        var (caller, refusal) = await Callers.ResolveAsync(http, users).ConfigureAwait(false);
        if (caller is null)
        {
            return refusal!;
        }

        return await cache.GetAsync(http, caller, () => AnswerItemsAsync(http, caller, catalog, queries, mapper)).ConfigureAwait(false);
    }

    private static async Task<IResult> AnswerItemsAsync(HttpContext http, CallerAccess caller, LibraryList catalog, ItemQueries queries, ItemDtoMapper mapper)
    {
        var q = new JellyfinQuery(http.Request.Query);
        var libraries = await catalog.ForAsync(caller, http.RequestAborted).ConfigureAwait(false);
        var request = BrowseRequest.From(q, libraries);
        if (request.Problem is not null)
        {
            return request.Problem;
        }

        // no parent and not recursive: the apps ask for the root, which is the views
        if (!request.Nothing && request.Query is { ParentId: null, LibraryId: null, Recursive: false, Ids.Count: 0, Kinds.Count: 0 })
        {
            var views = libraries.Select(mapper.View).ToList();
            return JellyfinJson.Ok(new QueryResult<BaseItemDto>(views, views.Count, 0));
        }

        return new JsonBytesResult(await PageAsync(http, caller, mapper, request, ItemFields.From(q)).ConfigureAwait(false));
    }

    /// <summary>The JSON of a <c>QueryResult&lt;BaseItemDto&gt;</c> page.</summary>
    internal static async Task<byte[]> PageAsync(HttpContext http, CallerAccess caller, ItemDtoMapper mapper, BrowseRequest request, ItemFields fields)
    {
        if (request.Nothing)
        {
            return ItemPageJson.Page([], 0, request.Query.Offset);
        }

        return await mapper.PageAsync(caller, request.Query, fields, http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<IResult> ItemAsync(HttpContext http, UserService users, LibraryList catalog, ItemQueries queries, ItemDtoMapper mapper, string itemId)
    {
        var (caller, refusal) = await Callers.ResolveAsync(http, users).ConfigureAwait(false);
        if (caller is null)
        {
            return refusal!;
        }

        if (!JellyfinIds.TryParse(itemId, out var id))
        {
            return TypedResults.NotFound();
        }

        // apps open a view by its id, as they open an item
        var libraries = await catalog.ForAsync(caller, http.RequestAborted).ConfigureAwait(false);
        if (libraries.FirstOrDefault(l => l.Id == id) is { } library)
        {
            return JellyfinJson.Ok(mapper.View(library));
        }

        var dto = await OneAsync(http, caller, queries, mapper, id).ConfigureAwait(false);
        return dto is null ? TypedResults.NotFound() : JellyfinJson.Ok(dto);
    }

    /// <summary>One item the caller may see, with every field, or null.</summary>
    internal static async Task<BaseItemDto?> OneAsync(HttpContext http, CallerAccess caller, ItemQueries queries, ItemDtoMapper mapper, Guid id)
    {
        var page = await queries.BrowseAsync(caller, new BrowseQuery { Ids = [id], Limit = 1 }, http.RequestAborted).ConfigureAwait(false);
        var items = await mapper.MapAsync(caller, page.Items, page.Rows, ItemFields.Everything, http.RequestAborted).ConfigureAwait(false);
        return items.FirstOrDefault();
    }
}
