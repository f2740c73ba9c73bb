using Hearth.Access.Users;
using Hearth.Jellyfin.Dtos;
using Hearth.Jellyfin.Json;
using Hearth.Jellyfin.Server;
using Hearth.Library.Items;
using Hearth.Library.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Jellyfin.Items;

/// <summary>Finding things: items like this one, the genres there are, and the search box's hints.</summary>
internal static class DiscoveryEndpoints
{
    public static void MapDiscoveryEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/Items/{itemId}/Similar", SimilarAsync);
        routes.MapGet("/Genres", GenresAsync);
        routes.MapGet("/Search/Hints", SearchHintsAsync);
    }

    private static async Task<IResult> SimilarAsync(HttpContext http, UserService users, ItemQueries queries, ItemDtoMapper mapper, string itemId)
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

        if (!JellyfinIds.TryParse(itemId, out var id))
        {
            return TypedResults.NotFound();
        }

        var similar = limit == 0 ? [] : await queries.SimilarAsync(caller, id, limit ?? 12, http.RequestAborted).ConfigureAwait(false);
        var items = await mapper.MapAsync(caller, similar, ItemFields.From(q), http.RequestAborted).ConfigureAwait(false);
        return JellyfinJson.Ok(new QueryResult<BaseItemDto>(items, items.Count, 0));
    }

    private static async Task<IResult> GenresAsync(HttpContext http, UserService users, LibraryList catalog, ItemQueries queries, ServerIdentity server)
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
        var parent = q.Id("ParentId");
        var libraries = await catalog.ForAsync(caller, http.RequestAborted).ConfigureAwait(false);
        if (unknown || (q.Text("ParentId") is not null && libraries.All(l => l.Id != parent)))
        {
            return JellyfinJson.Ok(QueryResult<BaseItemDto>.Empty);
        }

        var names = await queries.GenresAsync(caller, parent, kinds, http.RequestAborted).ConfigureAwait(false);
        var page = names.Skip(start ?? 0).Take(Math.Clamp(limit ?? ItemQueries.MaxLimit, 0, ItemQueries.MaxLimit))
            .Select(name => new BaseItemDto { Name = name, ServerId = server.Id, Id = NameIds.For("genre", name), Type = "Genre", IsFolder = true, SortName = name.ToLowerInvariant() })
            .ToList();
        return JellyfinJson.Ok(new QueryResult<BaseItemDto>(page, names.Count, start ?? 0));
    }

    private static async Task<IResult> SearchHintsAsync(HttpContext http, UserService users, ItemQueries queries, ItemDtoMapper mapper)
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
        if (unknown || q.Text("SearchTerm") is not { } term || q.OnlyOtherMedia())
        {
            return JellyfinJson.Ok(new SearchHintResult([], 0));
        }

        var query = new BrowseQuery
        {
            Recursive = true,
            Search = term,
            Kinds = kinds.Count > 0 ? kinds : [ItemKind.Movie, ItemKind.Show, ItemKind.Episode],
            Offset = start ?? 0,
            Limit = limit ?? 20,
            Text = ItemFields.Bare.Text,
        };
        var page = await queries.BrowseAsync(caller, query, http.RequestAborted).ConfigureAwait(false);
        var items = await mapper.MapAsync(caller, page.Items, page.Rows, ItemFields.Bare, http.RequestAborted).ConfigureAwait(false);
        var hints = items.Select(i => new SearchHint(
            i.Id,
            i.Id,
            i.Name,
            i.Type,
            i.ProductionYear,
            i.ImageTags.GetValueOrDefault("Primary"),
            i.ImageTags.GetValueOrDefault("Thumb"),
            i.BackdropImageTags.FirstOrDefault(),
            i.SeriesName,
            i.IndexNumber,
            i.ParentIndexNumber,
            i.MediaType,
            i.RunTimeTicks,
            i.IsFolder,
            i.PrimaryImageAspectRatio)).ToList();
        return JellyfinJson.Ok(new SearchHintResult(hints, page.Total));
    }
}

/// <summary>Jellyfin's <c>SearchHintResult</c>.</summary>
internal sealed record SearchHintResult(IReadOnlyList<SearchHint> SearchHints, int TotalRecordCount);

/// <summary>Jellyfin's <c>SearchHint</c>: what the search box lists of a match (the item's id twice, as Jellyfin writes it).</summary>
internal sealed record SearchHint(
    string ItemId,
    string Id,
    string Name,
    string Type,
    int? ProductionYear,
    string? PrimaryImageTag,
    string? ThumbImageTag,
    string? BackdropImageTag,
    string? Series,
    int? IndexNumber,
    int? ParentIndexNumber,
    string? MediaType,
    long? RunTimeTicks,
    bool IsFolder,
    double? PrimaryImageAspectRatio);
