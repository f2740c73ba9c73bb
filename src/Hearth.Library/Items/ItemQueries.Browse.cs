using System.Linq.Expressions;
using Hearth.Core.Access;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Items;

/// <summary>Reads for protocol edges that browse more freely than the native API (Jellyfin's <c>/Items</c>).</summary>
public sealed partial class ItemQueries
{
    /// <summary>
    /// A page of items with each one's whole row (overview, credits, provider ids, artwork paths) read in the same
    /// query: an edge that writes more than the native summary needs them, and a second read by id would cost about
    /// as much as the page itself.
    /// </summary>
    public async Task<BrowsePage> BrowseAsync(CallerAccess caller, BrowseQuery query, CancellationToken ct)
    {
        var limit = Math.Clamp(query.Limit, 0, MaxLimit);
        var offset = Math.Max(0, query.Offset);
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var filtered = BrowseFilter(db, caller, query);
        var key = BrowseKey(caller, query);
        var total = await CountAsync(filtered, key, ByMarks(query), ct).ConfigureAwait(false);
        var ranked = limit == 0 || query.Sorts.Any(s => s.Sort == BrowseSort.Random) ? null : Ranked(caller, query, key, offset, limit);
        var rows = limit == 0 ? []
            : ranked is null ? await BrowseSorted(db, caller.UserId, filtered, query).Skip(offset).Take(limit).Select(ItemMapping.Row(query.Text)).ToListAsync(ct).ConfigureAwait(false)
            : await ByIdsAsync(Visible(db, caller), ranked, ItemMapping.Row(query.Text), ct).ConfigureAwait(false);
        var items = await WithUserDataAsync(db, caller.UserId, rows, ct).ConfigureAwait(false);
        return new BrowsePage(items, total, offset, rows.ToDictionary(r => r.Id));
    }

    /// <summary>
    /// The ids of a browse's page, in order, and its total: for an edge that keeps its own answers per item and reads
    /// rows only for the ones it lacks. A deep page comes from the listing's ranks when they are made, else from the
    /// sort's index alone (the ids are in it, so skipped rows are never read from the table).
    /// </summary>
    public async Task<BrowseIds> BrowseIdsAsync(CallerAccess caller, BrowseQuery query, CancellationToken ct)
    {
        var limit = Math.Clamp(query.Limit, 0, MaxLimit);
        var offset = Math.Max(0, query.Offset);
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var filtered = BrowseFilter(db, caller, query);
        var key = BrowseKey(caller, query);
        var total = await CountAsync(filtered, key, ByMarks(query), ct).ConfigureAwait(false);
        if (limit == 0)
        {
            return new BrowseIds([], total, offset);
        }

        var ranked = query.Sorts.Any(s => s.Sort == BrowseSort.Random) ? null : Ranked(caller, query, key, offset, limit);
        var ids = ranked ?? await BrowseSorted(db, caller.UserId, filtered, query).Skip(offset).Take(limit).Select(i => i.Id).ToListAsync(ct).ConfigureAwait(false);
        return new BrowseIds(ids, total, offset);
    }

    /// <summary>
    /// The given items the caller may see, in the given order, with the caller's marks and each one's row (with the
    /// long text columns in <paramref name="text"/>): a page whose ids <see cref="BrowseIdsAsync"/> gave.
    /// </summary>
    public async Task<BrowsePage> ItemsAsync(CallerAccess caller, IReadOnlyList<Guid> ids, BrowseText text, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await ByIdsAsync(Visible(db, caller), ids, ItemMapping.Row(text), ct).ConfigureAwait(false);
        var items = await WithUserDataAsync(db, caller.UserId, rows, ct).ConfigureAwait(false);
        return new BrowsePage(items, items.Count, 0, rows.ToDictionary(r => r.Id));
    }

    /// <summary>The caller's position, played and favourite marks of the given items, for those that have any.</summary>
    public async Task<IReadOnlyDictionary<Guid, UserData>> UserDataAsync(CallerAccess caller, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, UserData>();
        }

        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var user = caller.UserId;
        if (!await HasWatchStatesAsync(db, user, ct).ConfigureAwait(false))
        {
            return new Dictionary<Guid, UserData>();
        }

        var wanted = ids.ToList();
        return await db.WatchStates.AsNoTracking().Where(w => w.UserId == user && wanted.Contains(w.ItemId))
            .ToDictionaryAsync(w => w.ItemId, w => new UserData(w.PositionMs, w.Played, w.PlayCount, w.Favourite, w.LastPlayedMs), ct).ConfigureAwait(false);
    }

    /// <summary>Whole rows (overview, credits, artwork paths) of the given items the caller may see.</summary>
    public async Task<IReadOnlyDictionary<Guid, Item>> RowsAsync(CallerAccess caller, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<Guid, Item>();
        }

        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await Visible(db, caller).Where(i => wanted.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct).ConfigureAwait(false);
    }

    /// <summary>For shows and seasons: how many children each has, and how many of its episodes the caller has not played.</summary>
    public async Task<IReadOnlyDictionary<Guid, (int Children, int Unplayed)>> FolderCountsAsync(CallerAccess caller, IEnumerable<Guid> folderIds, CancellationToken ct)
    {
        var ids = folderIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, (int, int)>();
        }

        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var user = caller.UserId;
        var visible = Visible(db, caller);
        var children = await visible.Where(i => i.ParentId != null && ids.Contains(i.ParentId.Value))
            .GroupBy(i => i.ParentId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct).ConfigureAwait(false);
        var unplayed = visible.Where(i => i.Kind == ItemKind.Episode && !db.WatchStates.Any(w => w.UserId == user && w.ItemId == i.Id && w.Played));
        var byShow = await unplayed.Where(i => i.ShowId != null && ids.Contains(i.ShowId.Value))
            .GroupBy(i => i.ShowId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct).ConfigureAwait(false);
        var bySeason = await unplayed.Where(i => i.ParentId != null && ids.Contains(i.ParentId.Value))
            .GroupBy(i => i.ParentId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct).ConfigureAwait(false);
        return ids.ToDictionary(id => id, id => (children.GetValueOrDefault(id), byShow.GetValueOrDefault(id) + bySeason.GetValueOrDefault(id)));
    }

    /// <summary>Items of the same kind that share a genre with the given one, best rated first; empty when it has no genres.</summary>
    public async Task<IReadOnlyList<ItemSummary>> SimilarAsync(CallerAccess caller, Guid id, int limit, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var item = await Visible(db, caller).Where(i => i.Id == id).Select(i => new { i.Kind, i.Genres }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var genres = item?.Genres?.Split('|', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (item is null || genres.Length == 0)
        {
            return [];
        }

        var rows = await Visible(db, caller).Where(i => i.Kind == item.Kind && i.Id != id).Where(AnyGenre(genres))
            .OrderByDescending(i => i.Rating).ThenBy(i => i.SortTitle).Take(Math.Clamp(limit, 1, 100))
            .Select(ItemMapping.SummaryColumns).ToListAsync(ct).ConfigureAwait(false);
        return await WithUserDataAsync(db, caller.UserId, rows, ct).ConfigureAwait(false);
    }

    /// <summary>The genres of the items the caller may see (of one library, of some kinds), by name.</summary>
    public async Task<IReadOnlyList<string>> GenresAsync(CallerAccess caller, Guid? libraryId, IReadOnlyCollection<ItemKind> kinds, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var items = Visible(db, caller).Where(i => i.Genres != null);
        if (libraryId is { } library)
        {
            items = items.Where(i => i.LibraryId == library);
        }

        if (kinds.Count > 0)
        {
            items = items.Where(i => kinds.Contains(i.Kind));
        }

        var joined = await items.Select(i => i.Genres!).Distinct().ToListAsync(ct).ConfigureAwait(false);
        return [.. joined.SelectMany(g => g.Split('|', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
    }

    private static IQueryable<Item> BrowseFilter(LibraryDb db, CallerAccess caller, BrowseQuery query)
    {
        var items = Visible(db, caller);
        if (query.LibraryId is { } library)
        {
            items = items.Where(i => i.LibraryId == library);
        }

        if (query.ParentId is { } parent)
        {
            // a show's descendants carry its id as ShowId; a season's episodes are its children
            items = query.Recursive ? items.Where(i => i.ParentId == parent || i.ShowId == parent) : items.Where(i => i.ParentId == parent);
        }
        else if (!query.Recursive && query.Ids.Count == 0)
        {
            items = items.Where(i => i.Depth == 0);
        }

        if (query.Kinds.Count == 1)
        {
            // one kind as an equality, which SQLite serves from the kind's index in title order (IN would sort)
            var kind = query.Kinds.First();
            items = items.Where(i => i.Kind == kind);
        }
        else if (query.Kinds.Count > 0)
        {
            var kinds = query.Kinds.ToList();
            items = items.Where(i => kinds.Contains(i.Kind));
        }

        if (query.ExcludeKinds.Count > 0)
        {
            var excluded = query.ExcludeKinds.ToList();
            items = items.Where(i => !excluded.Contains(i.Kind));
        }

        if (query.Folder is { } folder)
        {
            items = folder ? items.Where(i => i.Kind == ItemKind.Show || i.Kind == ItemKind.Season) : items.Where(i => i.Kind != ItemKind.Show && i.Kind != ItemKind.Season);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = Scanning.ItemFields.SortTitle(query.Search);
            items = items.Where(i => i.SortTitle.Contains(term));
        }

        if (query.Genres.Count > 0)
        {
            items = items.Where(AnyGenre(query.Genres));
        }

        if (query.Years.Count > 0)
        {
            var years = query.Years.Select(y => (int?)y).ToList();
            items = items.Where(i => years.Contains(i.Year));
        }

        if (query.Ids.Count > 0)
        {
            var ids = query.Ids.ToList();
            items = items.Where(i => ids.Contains(i.Id));
        }

        if (query.ParentIndexNumber is { } season)
        {
            items = items.Where(i => i.ParentIndexNumber == season);
        }

        var user = caller.UserId;
        if (query.Played is { } played)
        {
            items = items.Where(i => db.WatchStates.Any(w => w.UserId == user && w.ItemId == i.Id && w.Played) == played);
        }

        if (query.Favourite is { } favourite)
        {
            items = items.Where(i => db.WatchStates.Any(w => w.UserId == user && w.ItemId == i.Id && w.Favourite) == favourite);
        }

        if (query.Resumable is { } resumable)
        {
            items = items.Where(i => db.WatchStates.Any(w => w.UserId == user && w.ItemId == i.Id && w.PositionMs > 0 && !w.Played) == resumable);
        }

        return items;
    }

    private static IQueryable<Item> BrowseSorted(LibraryDb db, Guid user, IQueryable<Item> items, BrowseQuery query)
    {
        var sorts = query.Sorts.Count > 0 ? query.Sorts : [(query.ParentId is null ? BrowseSort.Title : BrowseSort.Index, false)];
        IOrderedQueryable<Item>? ordered = null;
        foreach (var (sort, desc) in sorts)
        {
            ordered = sort switch
            {
                BrowseSort.DateAdded => Then(items, ordered, i => i.DateAddedMs, desc),
                BrowseSort.Premiered => Then(items, ordered, i => i.Premiered, desc),
                BrowseSort.Year => Then(items, ordered, i => i.Year, desc),
                BrowseSort.Rating => Then(items, ordered, i => i.Rating, desc),
                BrowseSort.Runtime => Then(items, ordered, i => i.RuntimeMs, desc),
                BrowseSort.Random => Then(items, ordered, i => EF.Functions.Random(), desc),
                BrowseSort.DatePlayed => Then(items, ordered, i => db.WatchStates.Where(w => w.UserId == user && w.ItemId == i.Id).Select(w => (long?)w.LastPlayedMs).FirstOrDefault(), desc),
                BrowseSort.Index => Then(items, Then(items, ordered, i => i.ParentIndexNumber, desc), i => i.IndexNumber, desc),
                _ => Then(items, ordered, i => i.SortTitle, desc),
            };
        }

        // a stable order, so pages neither repeat nor skip an item; ending in title then id as the native listing
        // does, so a title sort walks the same index instead of sorting the whole library for each page
        var (last, lastDesc) = sorts[^1];
        if (last == BrowseSort.Title)
        {
            return lastDesc ? ordered!.ThenByDescending(i => i.Id) : ordered!.ThenBy(i => i.Id);
        }

        return ordered!.ThenBy(i => i.SortTitle).ThenBy(i => i.Id);
    }

    // a played-date order is the caller's own
    private IReadOnlyList<Guid>? Ranked(CallerAccess caller, BrowseQuery query, string key, int offset, int limit) =>
        ranks.Page(
            $"browse|{key}|{string.Join(',', query.Sorts)}|{(query.Sorts.Any(s => s.Sort == BrowseSort.DatePlayed) ? caller.UserId : null)}",
            offset,
            limit,
            ByMarks(query) || query.Sorts.Any(s => s.Sort == BrowseSort.DatePlayed),
            other => BrowseSorted(other, caller.UserId, BrowseFilter(other, caller, query), query));

    // what a browse's total and ranks are kept under: everything that chooses its items, and who may see them
    private static string BrowseKey(CallerAccess caller, BrowseQuery query)
    {
        var access = caller.LibraryFilter is { } allowed ? string.Join(',', allowed.Order()) : "*";
        var perUser = query.Played is not null || query.Favourite is not null || query.Resumable is not null ? caller.UserId.ToString() : string.Empty;
        return string.Join(
            '|',
            "browse",
            access,
            perUser,
            query.LibraryId,
            query.ParentId,
            query.Recursive,
            string.Join(',', query.Kinds.Order()),
            string.Join(',', query.ExcludeKinds.Order()),
            query.Folder,
            query.Search,
            string.Join(',', query.Genres.Order(StringComparer.Ordinal)),
            string.Join(',', query.Years.Order()),
            string.Join(',', query.Ids.Order()),
            query.ParentIndexNumber,
            query.Played,
            query.Favourite,
            query.Resumable);
    }

    // whether a browse's items depend on the caller's marks
    private static bool ByMarks(BrowseQuery query) => query.Played is not null || query.Favourite is not null || query.Resumable is not null;

    private static IOrderedQueryable<Item> Then<TKey>(IQueryable<Item> items, IOrderedQueryable<Item>? ordered, Expression<Func<Item, TKey>> key, bool desc) =>
        ordered is null
            ? desc ? items.OrderByDescending(key) : items.OrderBy(key)
            : desc ? ordered.ThenByDescending(key) : ordered.ThenBy(key);

    // genres are stored '|'-joined: a name matches between two bars of the padded column
    private static Expression<Func<Item, bool>> AnyGenre(IEnumerable<string> genres)
    {
        var item = Expression.Parameter(typeof(Item), "i");
        Expression? any = null;
        foreach (var genre in genres.Distinct())
        {
            Expression<Func<Item, bool>> one = i => ("|" + i.Genres + "|").Contains("|" + genre + "|");
            var body = new Rebind(one.Parameters[0], item).Visit(one.Body);
            any = any is null ? body : Expression.OrElse(any, body);
        }

        return Expression.Lambda<Func<Item, bool>>(any ?? Expression.Constant(true), item);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
