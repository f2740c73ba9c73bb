using System.Collections.Concurrent;
using Hearth.Library.Store;

namespace Hearth.Jellyfin.Items;

/// <summary>
/// Films' and episodes' JSON as lists show them, kept per item and per set of asked fields until the next write to
/// the library store, without the caller's user data (put in per request by <see cref="Json.ItemPageJson"/>). A TV app
/// scrolls the same grid up and down and pages through it in steps of its own; with this, a page of items seen before
/// reads only the page's ids and the caller's marks, not a hundred rows, and writes no item again. Shows and seasons
/// are not kept: their counts are the caller's.
/// </summary>
internal sealed class ItemJsonCache(LibraryWriter writer)
{
    // an item's list JSON is about half a kilobyte: some 60 MB at most; a larger library keeps the items first seen
    public const int MaxItems = 120_000;

    private Generation current = new(-1);

    /// <summary>The items' JSON of the store as it is now, for answers of the given shape.</summary>
    public Shelf For(string shape)
    {
        // kept without anyone's marks: a person's watch state moving does not change them
        var version = writer.ItemsVersion;
        var known = Volatile.Read(ref current);
        if (known.Version != version)
        {
            // read before the answer is made: a write landing meanwhile makes this generation stale at once
            var fresh = new Generation(version);
            known = Interlocked.CompareExchange(ref current, fresh, known) == known ? fresh : Volatile.Read(ref current);
        }

        return new Shelf(known, known.Shelves.GetOrAdd(shape, _ => new ConcurrentDictionary<Guid, KeptItem>()));
    }

    internal sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, ConcurrentDictionary<Guid, KeptItem>> Shelves { get; } = new();

        public int Count;
    }

    /// <summary>One shape's items of one generation of the store.</summary>
    internal readonly struct Shelf(Generation generation, ConcurrentDictionary<Guid, KeptItem> items)
    {
        public bool TryGet(Guid id, out KeptItem item) => items.TryGetValue(id, out item);

        public void Keep(Guid id, KeptItem item)
        {
            if (Volatile.Read(ref generation.Count) < MaxItems && items.TryAdd(id, item))
            {
                Interlocked.Increment(ref generation.Count);
            }
        }
    }
}

/// <summary>An item's list JSON without user data, and its runtime (what its user data's played percentage needs).</summary>
internal readonly record struct KeptItem(byte[] Json, long? RuntimeMs);
