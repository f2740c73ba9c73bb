using System.Collections.Concurrent;
using Hearth.Core.Access;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Items;

/// <summary>
/// Reads for the item endpoints. Every list is a page; totals are cached per query until the next
/// write, because counting a large library on every page turn costs more than the page itself.
/// </summary>
public sealed partial class ItemQueries(IDbContextFactory<LibraryDb> factory, LibraryWriter writer, PageRanks ranks)
{
    public const int MaxLimit = 500;
    private const int MaxCachedCounts = 2048;
    private readonly ConcurrentDictionary<string, (long Version, int Count)> counts = new();
    private readonly ConcurrentDictionary<Guid, (long Version, bool Any)> watchers = new();
    private readonly ConcurrentDictionary<Guid, (long Version, IReadOnlyDictionary<Guid, UserData> Marks)> marks = new();

    public async Task<ItemPage> ListAsync(CallerAccess caller, ItemQuery query, CancellationToken ct)
    {
        var limit = Math.Clamp(query.Limit, 0, MaxLimit);
        var offset = Math.Max(0, query.Offset);
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var filtered = Filter(db, caller, query);
        var key = ListKey(caller, query);
        var total = await CountAsync(filtered, key, ByMarks(query), ct).ConfigureAwait(false);
        var ranked = limit == 0 ? null : Ranked(caller, query, key, offset, limit);
        var rows = ranked is null
            ? await Sort(filtered, query).Skip(offset).Take(limit).Select(ItemMapping.SummaryColumns).ToListAsync(ct).ConfigureAwait(false)
            : await ByIdsAsync(Visible(db, caller), ranked, ItemMapping.SummaryColumns, ct).ConfigureAwait(false);
        var page = await WithUserDataAsync(db, caller.UserId, rows, ct).ConfigureAwait(false);
        return new ItemPage(page, total, offset, limit);
    }

    /// <summary>
    /// A page's ids from its listing's ranks, and the listing's total; null when the page must be read with OFFSET
    /// (<see cref="ListAsync"/>): no ranks for the store as it is now (see <see cref="PageRanks.Page"/>).
    /// </summary>
    public async Task<RankedPage?> RankedPageAsync(CallerAccess caller, ItemQuery query, CancellationToken ct)
    {
        var limit = Math.Clamp(query.Limit, 0, MaxLimit);
        var offset = Math.Max(0, query.Offset);
        if (limit == 0)
        {
            return null;
        }

        var key = ListKey(caller, query);
        if (Ranked(caller, query, key, offset, limit) is not { } ranked)
        {
            return null;
        }

        if (!TryCachedCount(key, ByMarks(query), out var total))
        {
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            total = await CountAsync(Filter(db, caller, query), key, ByMarks(query), ct).ConfigureAwait(false);
        }

        return new RankedPage(ranked, total, offset, limit);
    }

    /// <summary>The summaries of the given items the caller may see, without marks, by id (a deleted item is left out).</summary>
    public async Task<IReadOnlyList<ItemSummary>> SummariesAsync(CallerAccess caller, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await ByIdsAsync(Visible(db, caller), ids, ItemMapping.SummaryColumns, ct).ConfigureAwait(false);
        var shows = await ShowFactsAsync(db, rows, ct).ConfigureAwait(false);
        return [.. rows.Select(r => ItemMapping.Summary(r, null, r.ShowId is { } show ? shows.GetValueOrDefault(show) : null))];
    }

    /// <summary>
    /// Every mark (position, played, favourite) a person has, by item: read once per write to the store and kept, so
    /// a page of items written from kept JSON needs no query for them.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, UserData>> MarksAsync(Guid user, CancellationToken ct)
    {
        var version = writer.Version;
        if (marks.TryGetValue(user, out var known) && known.Version == version)
        {
            return known.Marks;
        }

        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var read = await db.WatchStates.AsNoTracking().Where(w => w.UserId == user)
            .ToDictionaryAsync(w => w.ItemId, w => new UserData(w.PositionMs, w.Played, w.PlayCount, w.Favourite, w.LastPlayedMs), ct).ConfigureAwait(false);
        if (marks.Count > MaxCachedCounts)
        {
            marks.Clear();
        }

        marks[user] = (version, read);
        return read;
    }

    /// <summary>
    /// Newest movies and episodes. One index range per kind, merged here: an `OR` of kinds would sort the table.
    /// With <paramref name="groupEpisodes"/>, new episodes of one show make one entry, as Plex shows them: the
    /// show with <c>NewEpisodeCount</c> (a lone new episode stays itself), in the order of each group's newest addition.
    /// </summary>
    public async Task<IReadOnlyList<ItemSummary>> RecentlyAddedAsync(CallerAccess caller, Guid? libraryId, int limit, bool groupEpisodes, CancellationToken ct)
    {
        limit = Math.Clamp(limit, 1, 100);
        // grouped, a few shows' worth of episodes must not crowd the others out of the window
        var window = groupEpisodes ? Math.Min(limit * 10, MaxLimit) : limit;
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = new List<Item>();
        foreach (var kind in (ItemKind[])[ItemKind.Movie, ItemKind.Episode])
        {
            var visible = Visible(db, caller).Where(i => i.Kind == kind);
            if (libraryId is { } id)
            {
                visible = visible.Where(i => i.LibraryId == id);
            }

            rows.AddRange(await visible.OrderByDescending(i => i.DateAddedMs).ThenByDescending(i => i.Id).Take(kind == ItemKind.Movie ? limit : window)
                .Select(ItemMapping.SummaryColumns).ToListAsync(ct).ConfigureAwait(false));
        }

        var newest = rows.OrderByDescending(i => i.DateAddedMs).ThenByDescending(i => i.Id).ToList();
        if (!groupEpisodes)
        {
            return await WithUserDataAsync(db, caller.UserId, [.. newest.Take(limit)], ct).ConfigureAwait(false);
        }

        // one entry per show, placed where its newest episode is; the others of the show count towards it
        var groups = newest.GroupBy(i => i.Kind == ItemKind.Episode && i.ShowId is { } show ? show : i.Id).Take(limit).ToList();
        var showIds = groups.Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var shows = await Visible(db, caller).Where(i => showIds.Contains(i.Id)).Select(ItemMapping.SummaryColumns)
            .ToDictionaryAsync(i => i.Id, ct).ConfigureAwait(false);
        var entries = groups.Select(g => g.Count() > 1 && shows.TryGetValue(g.Key, out var show) ? (Item: show, Count: (int?)g.Count()) : (Item: g.First(), Count: null)).ToList();
        var summaries = await WithUserDataAsync(db, caller.UserId, [.. entries.Select(e => e.Item)], ct).ConfigureAwait(false);
        return [.. summaries.Select((s, i) => entries[i].Count is { } count ? s with { NewEpisodeCount = count } : s)];
    }

    /// <summary>Started but not finished, most recent first.</summary>
    public async Task<IReadOnlyList<ItemSummary>> ContinueWatchingAsync(CallerAccess caller, int limit, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var started = db.WatchStates.AsNoTracking().Where(w => w.UserId == caller.UserId && w.PositionMs > 0 && !w.Played);
        var rows = await Visible(db, caller)
            .Join(started, i => i.Id, w => w.ItemId, (i, w) => new { Item = i, w.LastPlayedMs })
            .OrderByDescending(x => x.LastPlayedMs).Take(Math.Clamp(limit, 1, 100))
            .Select(x => x.Item).ToListAsync(ct).ConfigureAwait(false);
        return await WithUserDataAsync(db, caller.UserId, rows, ct).ConfigureAwait(false);
    }

    public async Task<ItemDetail?> DetailAsync(CallerAccess caller, Guid id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var item = await Visible(db, caller).FirstOrDefaultAsync(i => i.Id == id, ct).ConfigureAwait(false);
        if (item is null)
        {
            return null;
        }

        var summary = (await WithUserDataAsync(db, caller.UserId, [item], ct).ConfigureAwait(false))[0];
        var info = await db.MediaInfos.AsNoTracking().Where(m => m.ItemId == id).Select(m => m.Json).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var files = await MediaSources.Candidates(db).AsNoTracking().Where(f => f.ItemId == id).OrderBy(f => f.Path).ToListAsync(ct).ConfigureAwait(false);
        var childCount = await db.Items.CountAsync(i => i.ParentId == id, ct).ConfigureAwait(false);
        var showTitle = item.ShowId is { } showId
            ? await db.Items.Where(i => i.Id == showId).Select(i => i.Title).FirstOrDefaultAsync(ct).ConfigureAwait(false)
            : null;
        // the collection a film belongs to ("Blade Runner Collection"), from its metadata record
        var collection = await db.ItemMetadata.AsNoTracking().Where(m => m.ItemId == id && m.CollectionId != null)
            .Join(db.Collections, m => m.CollectionId, c => c.Id, (m, c) => new Metadata.Api.CollectionRef(c.Id, c.Name))
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return ItemMapping.Detail(item, summary, info, files, childCount, showTitle) with { Collection = collection };
    }

    /// <summary>The item row itself, for image lookups, when the caller may see it.</summary>
    public async Task<Item?> FindAsync(CallerAccess caller, Guid id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await Visible(db, caller).FirstOrDefaultAsync(i => i.Id == id, ct).ConfigureAwait(false);
    }

    /// <summary>The query a page of <paramref name="query"/> runs when it is read with OFFSET, and its count's (for their plans).</summary>
    internal static (IQueryable<Item> Page, IQueryable<Item> Counted) PageQueries(LibraryDb db, CallerAccess caller, ItemQuery query) =>
        (Sort(Filter(db, caller, query), query).Skip(query.Offset).Take(query.Limit).Select(ItemMapping.SummaryColumns), Filter(db, caller, query));

    /// <summary>The query a ranked page reads its rows by id with (for its plan).</summary>
    internal static IQueryable<Item> ByIdsQuery(LibraryDb db, CallerAccess caller, IReadOnlyList<Guid> ids)
    {
        var wanted = ids.ToList();
        return Visible(db, caller).Where(i => wanted.Contains(i.Id)).Select(ItemMapping.SummaryColumns);
    }

    internal static IQueryable<Item> Visible(LibraryDb db, CallerAccess caller)
    {
        var items = db.Items.AsNoTracking();
        if (caller.LibraryFilter is { } allowed)
        {
            var ids = allowed.ToList();
            items = items.Where(i => ids.Contains(i.LibraryId));
        }

        return items;
    }

    private static IQueryable<Item> Filter(LibraryDb db, CallerAccess caller, ItemQuery query)
    {
        var items = Visible(db, caller);
        if (query.LibraryId is { } library)
        {
            items = items.Where(i => i.LibraryId == library);
        }

        if (query.Kind is { } kind)
        {
            items = items.Where(i => i.Kind == kind);
        }
        else if (query.ParentId is null)
        {
            // without a parent or kind, a listing is of what a library shows at its top
            items = items.Where(i => i.Depth == 0);
        }

        if (query.ParentId is { } parent)
        {
            items = items.Where(i => i.ParentId == parent);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // matched inside the sort title, which is already lower-cased and in the listing's index: a
            // search reads index entries only, instead of case-folding every row's title (0.7 s -> ms)
            var term = Scanning.ItemFields.SortTitle(query.Search);
            items = items.Where(i => i.SortTitle.Contains(term));
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

        return items;
    }

    private static IQueryable<Item> Sort(IQueryable<Item> items, ItemQuery query)
    {
        var sort = query.Sort ?? (query.ParentId is null ? ItemSort.Title : ItemSort.Index);
        // without an order, each sort takes the one people expect: newest first for date added
        var desc = query.Descending ?? sort == ItemSort.DateAdded;
        // every order ends in the id, so pages neither repeat nor skip an item among equals (and ranks agree with OFFSET)
        return sort switch
        {
            ItemSort.DateAdded => desc ? items.OrderByDescending(i => i.DateAddedMs).ThenByDescending(i => i.Id) : items.OrderBy(i => i.DateAddedMs).ThenBy(i => i.Id),
            // newest first is the exact reverse of oldest first (titles Z to A within a year), so one index serves both ways
            ItemSort.Year => desc ? items.OrderByDescending(i => i.Year).ThenByDescending(i => i.SortTitle).ThenByDescending(i => i.Id) : items.OrderBy(i => i.Year).ThenBy(i => i.SortTitle).ThenBy(i => i.Id),
            ItemSort.Index => desc
                ? items.OrderByDescending(i => i.ParentIndexNumber).ThenByDescending(i => i.IndexNumber).ThenByDescending(i => i.SortTitle).ThenByDescending(i => i.Id)
                : items.OrderBy(i => i.ParentIndexNumber).ThenBy(i => i.IndexNumber).ThenBy(i => i.SortTitle).ThenBy(i => i.Id),
            _ => desc ? items.OrderByDescending(i => i.SortTitle).ThenByDescending(i => i.Id) : items.OrderBy(i => i.SortTitle).ThenBy(i => i.Id),
        };
    }

    // A new user has no watch state at all; asking that once per write spares the lookup of 100 ids per page.
    private async Task<bool> HasWatchStatesAsync(LibraryDb db, Guid user, CancellationToken ct)
    {
        var version = writer.Version;
        if (watchers.TryGetValue(user, out var known) && known.Version == version)
        {
            return known.Any;
        }

        var any = await db.WatchStates.AnyAsync(w => w.UserId == user, ct).ConfigureAwait(false);
        watchers[user] = (version, any);
        return any;
    }

    // what a listing's total and ranks are kept under: everything that chooses its items, and who may see them
    private static string ListKey(CallerAccess caller, ItemQuery query)
    {
        var access = caller.LibraryFilter is { } allowed ? string.Join(',', allowed.Order()) : "*";
        var perUser = query.Played is not null || query.Favourite is not null ? caller.UserId.ToString() : string.Empty;
        return $"{access}|{perUser}|{query.LibraryId}|{query.Kind}|{query.ParentId}|{query.Search}|{query.Played}|{query.Favourite}";
    }

    // whether a listing's items depend on the caller's marks
    private static bool ByMarks(ItemQuery query) => query.Played is not null || query.Favourite is not null;

    // the page's ids from the listing's ranks, or null (see PageRanks.Page)
    private IReadOnlyList<Guid>? Ranked(CallerAccess caller, ItemQuery query, string key, int offset, int limit) =>
        ranks.Page($"list|{key}|{query.Sort}|{query.Descending}", offset, limit, ByMarks(query), other => Sort(Filter(other, caller, query), query));

    // a count that depends on a person's marks is kept until any write, others until the next write that changes items
    private bool TryCachedCount(string key, bool byMarks, out int count)
    {
        var version = byMarks ? writer.Version : writer.ItemsVersion;
        var hit = counts.TryGetValue(key, out var cached) && cached.Version == version;
        count = hit ? cached.Count : 0;
        return hit;
    }

    private async Task<int> CountAsync(IQueryable<Item> filtered, string key, bool byMarks, CancellationToken ct)
    {
        // read before the count runs: a write landing meanwhile makes the entry stale at once
        var version = byMarks ? writer.Version : writer.ItemsVersion;
        if (TryCachedCount(key, byMarks, out var cached))
        {
            return cached;
        }

        var count = await filtered.CountAsync(ct).ConfigureAwait(false);
        if (counts.Count > MaxCachedCounts)
        {
            counts.Clear();
        }

        counts[key] = (version, count);
        return count;
    }

    /// <summary>The rows of a ranked page, in the page's order; an item deleted since the ranking is left out.</summary>
    private static async Task<List<Item>> ByIdsAsync(IQueryable<Item> visible, IReadOnlyList<Guid> ids, System.Linq.Expressions.Expression<Func<Item, Item>> columns, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var wanted = ids.ToList();
        var rows = await visible.Where(i => wanted.Contains(i.Id)).Select(columns).ToDictionaryAsync(i => i.Id, ct).ConfigureAwait(false);
        var ordered = new List<Item>(rows.Count);
        foreach (var id in wanted)
        {
            if (rows.TryGetValue(id, out var row))
            {
                ordered.Add(row);
            }
        }

        return ordered;
    }

    private async Task<IReadOnlyList<ItemSummary>> WithUserDataAsync(LibraryDb db, Guid user, List<Item> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var states = ids.Count == 0 || !await HasWatchStatesAsync(db, user, ct).ConfigureAwait(false)
            ? []
            : await db.WatchStates.AsNoTracking().Where(w => w.UserId == user && ids.Contains(w.ItemId)).ToDictionaryAsync(w => w.ItemId, ct).ConfigureAwait(false);
        var shows = await ShowFactsAsync(db, rows, ct).ConfigureAwait(false);
        return [.. rows.Select(r => ItemMapping.Summary(r, states.GetValueOrDefault(r.Id), r.ShowId is { } show ? shows.GetValueOrDefault(show) : null))];
    }

    // an episode or season names its show wherever it is listed (next up, continue watching, recently added),
    // and borrows its artwork
    private static async Task<Dictionary<Guid, ShowFacts>> ShowFactsAsync(LibraryDb db, List<Item> rows, CancellationToken ct)
    {
        var showIds = rows.Where(r => r.ShowId is not null).Select(r => r.ShowId!.Value).Distinct().ToList();
        return showIds.Count == 0
            ? []
            : await db.Items.AsNoTracking().Where(i => showIds.Contains(i.Id))
                .Select(i => new { i.Id, Facts = new ShowFacts(i.Title, i.PosterPath != null, i.BackdropPath != null) })
                .ToDictionaryAsync(i => i.Id, i => i.Facts, ct).ConfigureAwait(false);
    }
}
