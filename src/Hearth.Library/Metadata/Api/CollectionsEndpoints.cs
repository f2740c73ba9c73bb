using Hearth.Core.Access;
using Hearth.Library.Images;
using Hearth.Library.Items;
using Hearth.Library.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Metadata.Api;

/// <summary>Film collections ("Blade Runner Collection") as groups: those with a film the caller can see.</summary>
public static class CollectionsEndpoints
{
    public static RouteGroupBuilder MapCollectionsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/collections").WithTags("Collections");
        group.MapGet("/", ListAsync).WithSummary("Collections with at least one film the caller can see, by name");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("A collection and its films the caller can see, oldest first");
        group.MapGet("/{id:guid}/images/{kind}", ImageAsync).WithSummary("A collection's poster or backdrop, resized to fit maxWidth/maxHeight when asked");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<CollectionDto>>> ListAsync(HttpContext http, IDbContextFactory<LibraryDb> factory)
    {
        var caller = CallerAccess.FromPrincipal(http.User);
        await using var db = await factory.CreateDbContextAsync(http.RequestAborted).ConfigureAwait(false);
        var visible = ItemQueries.Visible(db, caller).Select(i => i.Id);
        var counts = await db.ItemMetadata.AsNoTracking().Where(m => m.CollectionId != null && visible.Contains(m.ItemId))
            .GroupBy(m => m.CollectionId!.Value).Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, http.RequestAborted).ConfigureAwait(false);
        var ids = counts.Keys.ToList();
        var rows = await db.Collections.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Name).ToListAsync(http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<CollectionDto>>([.. rows.Select(c => Dto(c, counts[c.Id]))]);
    }

    private static async Task<Results<Ok<CollectionDetail>, NotFound>> GetAsync(HttpContext http, IDbContextFactory<LibraryDb> factory, ItemQueries queries, Guid id)
    {
        var caller = CallerAccess.FromPrincipal(http.User);
        await using var db = await factory.CreateDbContextAsync(http.RequestAborted).ConfigureAwait(false);
        var collection = await db.Collections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, http.RequestAborted).ConfigureAwait(false);
        if (collection is null)
        {
            return TypedResults.NotFound();
        }

        var members = db.ItemMetadata.Where(m => m.CollectionId == id).Select(m => m.ItemId);
        var ids = await ItemQueries.Visible(db, caller).Where(i => members.Contains(i.Id)).OrderBy(i => i.Year).ThenBy(i => i.SortTitle)
            .Select(i => i.Id).ToListAsync(http.RequestAborted).ConfigureAwait(false);
        if (ids.Count == 0)
        {
            // a collection none of whose films the caller may see is not theirs to know of
            return TypedResults.NotFound();
        }

        var items = new List<ItemSummary>(ids.Count);
        foreach (var itemId in ids)
        {
            if (await queries.DetailAsync(caller, itemId, http.RequestAborted).ConfigureAwait(false) is { } detail)
            {
                items.Add(detail.Item);
            }
        }

        return TypedResults.Ok(new CollectionDetail(Dto(collection, ids.Count), items));
    }

    private static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> ImageAsync(
        HttpContext http, IDbContextFactory<LibraryDb> factory, ImageStore images, Guid id, string kind, int? maxWidth, int? maxHeight, int? quality)
    {
        if (!Enum.TryParse<ImageKind>(kind, ignoreCase: true, out var imageKind) || imageKind is not (ImageKind.Poster or ImageKind.Backdrop))
        {
            return TypedResults.Problem("kind must be poster or backdrop", statusCode: StatusCodes.Status400BadRequest);
        }

        if (ImageEndpoints.SizeProblem(maxWidth, maxHeight, quality) is { } problem)
        {
            return problem;
        }

        var caller = CallerAccess.FromPrincipal(http.User);
        await using var db = await factory.CreateDbContextAsync(http.RequestAborted).ConfigureAwait(false);
        var collection = await db.Collections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, http.RequestAborted).ConfigureAwait(false);
        var members = db.ItemMetadata.Where(m => m.CollectionId == id).Select(m => m.ItemId);
        // as the collection itself: only for someone who may see one of its films
        if (collection is null || !await ItemQueries.Visible(db, caller).AnyAsync(i => members.Contains(i.Id), http.RequestAborted).ConfigureAwait(false))
        {
            return TypedResults.NotFound();
        }

        var source = imageKind == ImageKind.Poster ? collection.PosterPath : collection.BackdropPath;
        if (source is null || !File.Exists(source))
        {
            return TypedResults.NotFound();
        }

        var served = await ImageEndpoints.ServeFileAsync(images, source, maxWidth, maxHeight, quality ?? 85, http.RequestAborted).ConfigureAwait(false);
        if (served.Result is PhysicalFileHttpResult)
        {
            http.Response.Headers.CacheControl = "private, max-age=86400";
        }

        return served;
    }

    private static CollectionDto Dto(Collection c, int count) =>
        new(c.Id, c.Name, c.Overview, c.Provider, c.ProviderId, count, c.PosterPath is not null, c.BackdropPath is not null);
}
