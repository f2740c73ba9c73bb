using System.Collections.Concurrent;
using System.Text.Json;
using Hearth.Core.Access;
using Hearth.Core.Http;
using Hearth.Library.Store;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hearth.Library.Items;

/// <summary>
/// Serialized item pages. Every TV and browser of a household opens the same first pages over and over; between two
/// writes the answer cannot change, so a first page (before <see cref="MaxKeptOffset"/>) is computed once per user and
/// query and then sent as bytes. Later pages are rarely asked twice and keeping them whole only churns memory: any page
/// of a ranked listing is written from each item's kept JSON (<see cref="SummaryJson"/>), one not ranked yet is read
/// with OFFSET.
/// </summary>
public sealed class ItemPageCache(ItemQueries queries, SummaryJson summaries, LibraryWriter writer, IOptions<JsonOptions> json)
{
    /// <summary>Pages that start before this are kept whole: the first screens of a grid.</summary>
    public const int MaxKeptOffset = 200;

    private const int MaxEntries = 1024;

    // a page of 100 films is about 46 KB: the first pages of every listing of a household fit many times over
    private const long MaxBytes = 16 << 20;
    private readonly ConcurrentDictionary<string, (long Version, CachedJson Page)> pages = new();
    private long kept;

    public async Task<CachedJson> ListAsync(CallerAccess caller, ItemQuery query, CancellationToken ct)
    {
        if (query.Offset >= MaxKeptOffset)
        {
            return new CachedJson(await PageAsync(caller, query, ct).ConfigureAwait(false));
        }

        // read before the query runs: a write that lands meanwhile makes this entry stale at once
        var version = writer.Version;
        // rights are part of the key: a change of a user's libraries is not a write to this store
        var access = caller.LibraryFilter is { } allowed ? string.Join(',', allowed.Order()) : "*";
        var key = $"{caller.UserId}|{access}|{query}";
        if (pages.TryGetValue(key, out var hit) && hit.Version == version)
        {
            return hit.Page;
        }

        var bytes = new CachedJson(await PageAsync(caller, query, ct).ConfigureAwait(false));
        if (pages.Count >= MaxEntries || Interlocked.Add(ref kept, bytes.Json.Length) > MaxBytes)
        {
            pages.Clear();
            Interlocked.Exchange(ref kept, bytes.Json.Length);
        }

        pages[key] = (version, bytes);
        return bytes;
    }

    private async Task<byte[]> PageAsync(CallerAccess caller, ItemQuery query, CancellationToken ct)
    {
        // the shelf before the ranks: a write landing between the two moves the version, so the next page takes a fresh shelf
        var shelf = summaries.Current();
        if (await queries.RankedPageAsync(caller, query, ct).ConfigureAwait(false) is not { } ranked)
        {
            return JsonSerializer.SerializeToUtf8Bytes(await queries.ListAsync(caller, query, ct).ConfigureAwait(false), json.Value.SerializerOptions);
        }
        List<Guid>? missing = null;
        foreach (var id in ranked.Ids)
        {
            if (!shelf.Has(id))
            {
                (missing ??= []).Add(id);
            }
        }

        var read = new Dictionary<Guid, KeptSummary>();
        if (missing is not null)
        {
            foreach (var summary in await queries.SummariesAsync(caller, missing, ct).ConfigureAwait(false))
            {
                read[summary.Id] = shelf.Keep(summary);
            }
        }

        var marks = await queries.MarksAsync(caller.UserId, ct).ConfigureAwait(false);
        return summaries.Page(shelf, ranked.Ids, read, marks, ranked.Total, ranked.Offset, ranked.Limit);
    }
}
