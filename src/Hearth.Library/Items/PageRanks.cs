using System.Collections.Concurrent;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hearth.Library.Items;

/// <summary>
/// Rank-based paging for deep pages. SQLite answers <c>OFFSET n</c> by stepping over n rows of the sort's index and
/// reading each skipped row from the table, so page 500 of a title-sorted library cost about ten times page 1. Here
/// a listing's ids are kept in order, one array per query and sort, until the next write to the store: a deep page
/// is then a slice of the array and its rows are read by id, as cheap as the first page. The array is built in the
/// background on the first deep page of a query (that page, and any page while the store keeps changing during a
/// scan, is answered with OFFSET as before), so no request ever waits for it.
/// </summary>
public sealed class PageRanks(IDbContextFactory<LibraryDb> factory, LibraryWriter writer, ILogger<PageRanks> log)
{
    // shallower pages cost about as much with OFFSET as by id, and keep a library's first screen free of building
    public const int MinOffset = 500;

    // each list is 16 bytes an item: 1.6 MB at 100,000 items
    private const int MaxLists = 12;

    private readonly ConcurrentDictionary<string, Ranked> lists = new();
    private int building;
    private long built;

    /// <summary>Lists being made now.</summary>
    public int Building => Volatile.Read(ref building);

    /// <summary>Lists made since the start.</summary>
    public long Built => Interlocked.Read(ref built);

    /// <summary>
    /// The ids of the page at <paramref name="offset"/>, or null when the caller must page with OFFSET: no list of the
    /// current store yet (for a deep page one is then built from <paramref name="ordered"/>; a shallow page never
    /// starts one, but uses one that deep pages made). A listing that
    /// <paramref name="byMarks"/> (filtered or sorted by a person's watch states) is kept until any write; others until
    /// the next write that changes items.
    /// </summary>
    public IReadOnlyList<Guid>? Page(string key, int offset, int limit, bool byMarks, Func<LibraryDb, IQueryable<Item>> ordered)
    {
        var version = byMarks ? writer.Version : writer.ItemsVersion;
        var known = lists.GetValueOrDefault(key);
        if (offset < MinOffset)
        {
            // a shallow page uses a list that deep pages made, and never starts one
            return known is { Ids: { } made } && known.Version == version ? Slice(made, offset, limit) : null;
        }

        if (known is not null && known.Version == version)
        {
            if (known.Ids is { } ids)
            {
                return Slice(ids, offset, limit);
            }

            // being built
            return null;
        }

        var fresh = new Ranked(version);
        if (known is null ? lists.TryAdd(key, fresh) : lists.TryUpdate(key, fresh, known))
        {
            if (lists.Count > MaxLists)
            {
                Forget(key);
            }

            Interlocked.Increment(ref building);
            _ = BuildAsync(fresh, ordered);
        }

        return null;
    }

    // past the end: an empty page (a default ArraySegment would throw when enumerated)
    private static IReadOnlyList<Guid> Slice(Guid[] ids, int offset, int limit) =>
        offset >= ids.Length ? Array.Empty<Guid>() : new ArraySegment<Guid>(ids, offset, Math.Min(limit, ids.Length - offset));

    private async Task BuildAsync(Ranked into, Func<LibraryDb, IQueryable<Item>> ordered)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync().ConfigureAwait(false);
            // counted first, so the list is one array of its own size: growing one would leave megabytes of
            // discarded arrays on the large-object heap for every listing ranked
            var ids = new Guid[await ordered(db).CountAsync().ConfigureAwait(false)];
            var made = 0;
            await foreach (var id in ordered(db).Select(i => i.Id).AsAsyncEnumerable().ConfigureAwait(false))
            {
                if (made == ids.Length)
                {
                    // a write landed between the two reads; the next write's version ranks again
                    Array.Resize(ref ids, ids.Length + 1_024);
                }

                ids[made++] = id;
            }

            into.Ids = made == ids.Length ? ids : ids[..made];
            Interlocked.Increment(ref built);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // the pages go on with OFFSET; the next write's version tries again
            log.LogWarning(e, "Could not rank a listing for deep pages");
        }
        finally
        {
            Interlocked.Decrement(ref building);
        }
    }

    // the oldest lists go first: they belong to stores that have changed since, or to listings nobody pages now
    private void Forget(string keep)
    {
        foreach (var (key, list) in lists.OrderBy(p => p.Value.Version).ThenBy(p => p.Value.Made).Take(lists.Count - MaxLists))
        {
            if (key != keep)
            {
                lists.TryRemove(new KeyValuePair<string, Ranked>(key, list));
            }
        }
    }

    private sealed class Ranked(long version)
    {
        public long Version { get; } = version;

        public long Made { get; } = Environment.TickCount64;

        // written once by the build, read by pages: a reference, so a reader sees null or the whole array
        public volatile Guid[]? Ids;
    }
}

/// <summary>A deep page's ids, in order, from its listing's ranks, with the listing's total.</summary>
public sealed record RankedPage(IReadOnlyList<Guid> Ids, int Total, int Offset, int Limit);
