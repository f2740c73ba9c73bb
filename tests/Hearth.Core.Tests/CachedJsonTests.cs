using System.IO.Compression;
using System.Text;
using Hearth.Core.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Core.Tests;

public sealed class CachedJsonTests
{
    [Theory]
    [InlineData("gzip", true)]
    [InlineData("gzip, deflate, br, zstd", true)]
    [InlineData("br;q=1.0, gzip;q=0.8, *;q=0.1", true)]
    [InlineData("GZIP", true)]
    [InlineData("*", true)]
    [InlineData("", false)]
    [InlineData("identity", false)]
    [InlineData("br, deflate", false)]
    [InlineData("gzip;q=0", false)]
    [InlineData("gzip;q=0.000", false)]
    [InlineData("*;q=0.5, gzip;q=0", false)]
    [InlineData("*, gzip;q=0", false)]
    [InlineData("br, *;q=0", false)]
    [InlineData("x-gzip-not", false)]
    public void AcceptsGzip_ReadsTheCodingsAndTheirQualities(string header, bool accepted) =>
        Assert.Equal(accepted, CachedJson.AcceptsGzip(header));

    [Fact]
    public async Task ToResult_AClientThatAcceptsGzip_GetsTheSameJsonCompressed_AndEveryoneTheVaryHeader()
    {
        var json = Encoding.UTF8.GetBytes("{\"Items\":[" + string.Join(',', Enumerable.Range(0, 200).Select(i => $"{{\"Name\":\"Film {i}\",\"Type\":\"Movie\"}}")) + "]}");
        var page = new CachedJson(json);

        var (plainHeaders, plain) = await SendAsync(page, acceptEncoding: null);
        var (zippedHeaders, zipped) = await SendAsync(page, "gzip, deflate, br");
        var (_, again) = await SendAsync(page, "gzip");

        Assert.Equal(json, plain);
        Assert.False(plainHeaders.ContainsKey("Content-Encoding"));
        Assert.Equal("Accept-Encoding", plainHeaders.Vary.ToString());
        Assert.Equal("gzip", zippedHeaders.ContentEncoding.ToString());
        Assert.Equal("Accept-Encoding", zippedHeaders.Vary.ToString());
        Assert.True(zipped.Length < json.Length / 4, $"{zipped.Length} bytes compressed from {json.Length}");
        Assert.Equal(json, Gunzip(zipped));
        // made once and kept
        Assert.Equal(zipped, again);
    }

    [Fact]
    public async Task ToResult_ASmallAnswer_IsSentAsItIs()
    {
        var json = Encoding.UTF8.GetBytes("{\"Items\":[],\"TotalRecordCount\":0,\"StartIndex\":0}");

        var (headers, body) = await SendAsync(new CachedJson(json), "gzip");

        Assert.Equal(json, body);
        Assert.False(headers.ContainsKey("Content-Encoding"));
    }

    private static async Task<(IHeaderDictionary Headers, byte[] Body)> SendAsync(CachedJson page, string? acceptEncoding)
    {
        using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        if (acceptEncoding is not null)
        {
            http.Request.Headers.AcceptEncoding = acceptEncoding;
        }

        using var body = new MemoryStream();
        http.Response.Body = body;
        await page.ToResult(http).ExecuteAsync(http);
        return (http.Response.Headers, body.ToArray());
    }

    private static byte[] Gunzip(byte[] zipped)
    {
        using var input = new GZipStream(new MemoryStream(zipped), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
