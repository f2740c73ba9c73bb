using Hearth.Access.Users;
using Hearth.Jellyfin.Dtos;
using Hearth.Jellyfin.Json;
using Hearth.Library.Items;
using Hearth.Library.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Jellyfin.Items;

/// <summary>The home screen's rows: latest additions per view, continue watching, and next up.</summary>
internal static class HomeEndpoints
{
    public static void MapHomeEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/Items/Latest", LatestAsync);
        routes.MapGet("/Users/{userId}/Items/Latest", LatestAsync);
        routes.MapGet("/UserItems/Resume", ResumeAsync);
        routes.MapGet("/Users/{userId}/Items/Resume", ResumeAsync);
        routes.MapGet("/Shows/NextUp", NextUpAsync);
    }

    /// <summary>A plain array, not a QueryResult (as Jellyfin answers); a show's new episodes are one entry unless GroupItems=false.</summary>
    private static async Task<IResult> LatestAsync(HttpContext http, UserService users, LibraryList catalog, ItemQueries queries, ItemDtoMapper mapper)
    {
        var (caller, refusal) = await Callers.ResolveAsync(http, users).ConfigureAwait(false);
        if (caller is null)
        {
            return refusal!;
        }

        var q = new JellyfinQuery(http.Request.Query);
        if (!q.TryInt("Limit", out var limit) || limit < 0)
        {
            return JellyfinJson.BadRequest("Limit is a whole number, 0 or more.");
        }

        var (kinds, unknown) = q.Kinds("IncludeItemTypes");
        Guid? libraryId = null;
        if (q.Text("ParentId") is { } parentText)
        {
            var libraries = await catalog.ForAsync(caller, http.RequestAborted).ConfigureAwait(false);
            if (!JellyfinIds.TryParse(parentText, out var parent) || libraries.All(l => l.Id != parent))
            {
                return JellyfinJson.Ok(Array.Empty<BaseItemDto>());
            }

            libraryId = parent;
        }

        if (unknown || q.OnlyOtherMedia() || limit == 0)
        {
            return JellyfinJson.Ok(Array.Empty<BaseItemDto>());
        }

        var group = q.Bool("GroupItems") != false;
        var recent = await queries.RecentlyAddedAsync(caller, libraryId, limit ?? 20, group, http.RequestAborted).ConfigureAwait(false);
        // a grouped show stands for its episodes: asked for episodes (or series), it is one
        var wanted = recent.Where(i => kinds.Count == 0 || kinds.Contains(KindOf(i.Kind)) || (i.Kind == "show" && kinds.Contains(ItemKind.Episode))).ToList();
        return JellyfinJson.Ok(await mapper.MapAsync(caller, wanted, ItemFields.From(q), http.RequestAborted).ConfigureAwait(false));
    }

    private static async Task<IResult> ResumeAsync(HttpContext http, UserService users, ItemQueries queries, ItemDtoMapper mapper)
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

        var (kinds, unknown) = q.Kinds("IncludeItemTypes");
        if (unknown || q.OnlyOtherMedia())
        {
            return JellyfinJson.Ok(QueryResult<BaseItemDto>.Empty);
        }

        var started = await queries.ContinueWatchingAsync(caller, 100, http.RequestAborted).ConfigureAwait(false);
        var parent = q.Id("ParentId");
        var matching = started.Where(i => (parent is null || i.LibraryId == parent || i.ShowId == parent) && (kinds.Count == 0 || kinds.Contains(KindOf(i.Kind)))).ToList();
        var page = matching.Skip(start ?? 0).Take(Math.Clamp(limit ?? 20, 0, 100)).ToList();
        var items = await mapper.MapAsync(caller, page, ItemFields.From(q), http.RequestAborted).ConfigureAwait(false);
        return JellyfinJson.Ok(new QueryResult<BaseItemDto>(items, matching.Count, start ?? 0));
    }

    private static async Task<IResult> NextUpAsync(HttpContext http, UserService users, ItemQueries queries, ItemDtoMapper mapper)
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

        var series = q.Id("SeriesId");
        var parent = q.Id("ParentId");
        var next = await queries.NextUpAsync(caller, 100, http.RequestAborted).ConfigureAwait(false);
        var matching = next.Where(i => (series is null || i.ShowId == series) && (parent is null || i.LibraryId == parent || i.ShowId == parent)).ToList();
        var page = matching.Skip(start ?? 0).Take(Math.Clamp(limit ?? 20, 0, 100)).ToList();
        var items = await mapper.MapAsync(caller, page, ItemFields.From(q), http.RequestAborted).ConfigureAwait(false);
        return JellyfinJson.Ok(new QueryResult<BaseItemDto>(items, matching.Count, start ?? 0));
    }

    private static ItemKind KindOf(string kind) => kind switch
    {
        "movie" => ItemKind.Movie,
        "show" => ItemKind.Show,
        "season" => ItemKind.Season,
        "episode" => ItemKind.Episode,
        _ => ItemKind.Extra,
    };
}
