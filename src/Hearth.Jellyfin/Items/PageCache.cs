using System.Collections.Concurrent;
using System.Text.Json;
using Hearth.Core.Access;
using Hearth.Core.Http;
using Hearth.Jellyfin.Json;
using Hearth.Library.Store;
using Microsoft.AspNetCore.Http;

namespace Hearth.Jellyfin.Items;

/// <summary>
/// Serialized <c>/Items</c> answers, kept until the next write to the library store, as the native item pages are
/// (see Library's ItemPageCache): a TV opens the same grid pages again and again, and between two writes the
/// answer to the same caller and the same address cannot change.
/// </summary>
internal sealed class PageCache(LibraryWriter writer)
{
    private const int MaxEntries = 1024;
    private readonly ConcurrentDictionary<string, (long Version, CachedJson Page)> pages = new();

    public async Task<IResult> GetAsync(HttpContext http, CallerAccess caller, Func<Task<IResult>> answer)
    {
        // read before the answer is made: a write landing meanwhile makes this entry stale at once
        var version = writer.Version;
        var access = caller.LibraryFilter is { } allowed ? string.Join(',', allowed.Order()) : "*";
        var key = $"{caller.UserId}|{access}|{http.Request.Path}{http.Request.QueryString}";
        if (pages.TryGetValue(key, out var hit) && hit.Version == version)
        {
            return hit.Page.ToResult(http);
        }

        var result = await answer().ConfigureAwait(false);
        CachedJson bytes;
        if (result is JsonBytesResult written)
        {
            bytes = new CachedJson(written.Json);
        }
        else if (result is Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<Dtos.QueryResult<Dtos.BaseItemDto>> { Value: { } value })
        {
            bytes = new CachedJson(JsonSerializer.SerializeToUtf8Bytes(value, JellyfinPageJson.Default.QueryResultBaseItemDto));
        }
        else
        {
            return result;
        }

        if (pages.Count >= MaxEntries)
        {
            pages.Clear();
        }

        pages[key] = (version, bytes);
        return bytes.ToResult(http);
    }
}
