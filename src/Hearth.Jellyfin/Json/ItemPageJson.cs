using System.Buffers;
using System.Text.Json;
using Hearth.Jellyfin.Dtos;
using Microsoft.AspNetCore.Http;

namespace Hearth.Jellyfin.Json;

/// <summary>
/// A page of items written from each item's own JSON: a list keeps its items' JSON between requests
/// (<see cref="Items.ItemJsonCache"/>) without the caller's user data, which is put into each item here. The bytes are
/// those of <c>QueryResult&lt;BaseItemDto&gt;</c> under <see cref="JellyfinJson.Options"/>, with <c>UserData</c> the
/// item's last property (JSON objects are unordered; every Jellyfin client reads them by name).
/// </summary>
internal static class ItemPageJson
{
    /// <summary>An item's JSON without user data, to keep.</summary>
    public static byte[] Item(BaseItemDto dto) => JsonSerializer.SerializeToUtf8Bytes(dto with { UserData = null }, JellyfinPageJson.Default.BaseItemDto);

    public static byte[] Page(IReadOnlyList<(byte[] Item, UserItemDataDto? UserData)> items, int total, int start)
    {
        var buffer = new ArrayBufferWriter<byte>(items.Sum(i => i.Item.Length + 256) + 64);
        buffer.Write("{\"Items\":["u8);
        for (var i = 0; i < items.Count; i++)
        {
            var (item, userData) = items[i];
            if (i > 0)
            {
                buffer.Write(","u8);
            }

            if (userData is null)
            {
                buffer.Write(item);
                continue;
            }

            // the item's object reopened before its closing brace
            buffer.Write(item.AsSpan(0, item.Length - 1));
            buffer.Write(item.Length > 2 ? ",\"UserData\":"u8 : "\"UserData\":"u8);
            buffer.Write(JsonSerializer.SerializeToUtf8Bytes(userData, JellyfinPageJson.Default.UserItemDataDto));
            buffer.Write("}"u8);
        }

        buffer.Write("],\"TotalRecordCount\":"u8);
        Number(buffer, total);
        buffer.Write(",\"StartIndex\":"u8);
        Number(buffer, start);
        buffer.Write("}"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static void Number(ArrayBufferWriter<byte> buffer, int value)
    {
        value.TryFormat(buffer.GetSpan(11), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        buffer.Advance(written);
    }
}

/// <summary>A JSON answer already written (a page of items), sent as it is.</summary>
internal sealed class JsonBytesResult(byte[] json) : IResult
{
    public byte[] Json => json;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = Hearth.Core.Http.CachedJson.ContentType;
        httpContext.Response.ContentLength = json.Length;
        return httpContext.Response.Body.WriteAsync(json).AsTask();
    }
}
