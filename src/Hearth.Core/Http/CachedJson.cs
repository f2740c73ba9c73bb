using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Hearth.Core.Http;

/// <summary>
/// A JSON answer kept as bytes (a cached page of items), sent gzip-compressed to a client that accepts it. The
/// compressed form is made once, on the first request that asks for it, and then kept beside the plain one: every
/// app and browser sends <c>Accept-Encoding: gzip</c>, a page of 100 items shrinks about eightfold, and compressing
/// a cached answer again on every request would cost more than sending it.
/// </summary>
public sealed class CachedJson(byte[] json)
{
    public const string ContentType = "application/json; charset=utf-8";

    // below this a compressed body saves too little to be worth the client's work
    private const int SmallestCompressed = 1024;

    private byte[]? gzip;

    public byte[] Json => json;

    /// <summary>The answer to <paramref name="http"/>'s request: compressed when it accepts gzip.</summary>
    public FileContentHttpResult ToResult(HttpContext http)
    {
        if (json.Length < SmallestCompressed)
        {
            return TypedResults.Bytes(json, ContentType);
        }

        // a cache between here and the client must keep the two forms apart
        http.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (!AcceptsGzip(http.Request.Headers.AcceptEncoding.ToString()))
        {
            return TypedResults.Bytes(json, ContentType);
        }

        http.Response.Headers.ContentEncoding = "gzip";
        // two first requests at once may both compress; either result is the same bytes' worth
        return TypedResults.Bytes(gzip ??= Compress(json), ContentType);
    }

    /// <summary>Whether an <c>Accept-Encoding</c> value allows gzip (named or by <c>*</c>, with a quality above 0).</summary>
    public static bool AcceptsGzip(string acceptEncoding)
    {
        if (acceptEncoding.Length == 0
            || (!acceptEncoding.Contains("gzip", StringComparison.OrdinalIgnoreCase) && !acceptEncoding.Contains('*', StringComparison.Ordinal)))
        {
            return false;
        }

        if (!StringWithQualityHeaderValue.TryParseList([acceptEncoding], out var codings))
        {
            return false;
        }

        double? gzipQuality = null, anyQuality = null;
        foreach (var coding in codings)
        {
            if (coding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase))
            {
                gzipQuality = coding.Quality ?? 1;
            }
            else if (coding.Value.Equals("*", StringComparison.Ordinal))
            {
                anyQuality = coding.Quality ?? 1;
            }
        }

        // a coding named outright overrides the wildcard (RFC 9110, 12.5.3)
        return (gzipQuality ?? anyQuality ?? 0) > 0;
    }

    private static byte[] Compress(byte[] plain)
    {
        using var buffer = new MemoryStream(plain.Length / 4);
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(plain);
        }

        return buffer.ToArray();
    }
}
