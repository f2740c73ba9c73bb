using System.Collections.Concurrent;
using System.Text.Json;
using Hearth.Core.Access;
using Hearth.Core.Http;
using Hearth.Library.Store;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hearth.Library.Items;

/// <summary>
/// Serialized item pages, kept until the next write to the store. Every TV and browser of a household
/// opens the same first pages over and over; between two writes the answer cannot change, so it is
/// computed once per user and query and then sent as bytes.
/// </summary>
public sealed class ItemPageCache(ItemQueries queries, LibraryWriter writer, IOptions<JsonOptions> json)
{
    private const int MaxEntries = 1024;
    private readonly ConcurrentDictionary<string, (long Version, CachedJson Page)> pages = new();

    public async Task<CachedJson> ListAsync(CallerAccess caller, ItemQuery query, CancellationToken ct)
    {
        // read before the query runs: a write that lands meanwhile makes this entry stale at once
        var version = writer.Version;
        // rights are part of the key: a change of a user's libraries is not a write to this store
        var access = caller.LibraryFilter is { } allowed ? string.Join(',', allowed.Order()) : "*";
        var key = $"{caller.UserId}|{access}|{query}";
        if (pages.TryGetValue(key, out var hit) && hit.Version == version)
        {
            return hit.Page;
        }

        var page = await queries.ListAsync(caller, query, ct).ConfigureAwait(false);
        var bytes = new CachedJson(JsonSerializer.SerializeToUtf8Bytes(page, json.Value.SerializerOptions));
        if (pages.Count >= MaxEntries)
        {
            pages.Clear();
        }

        pages[key] = (version, bytes);
        return bytes;
    }
}
