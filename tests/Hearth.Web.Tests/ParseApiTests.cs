using System.Net;
using System.Text.Json;

namespace Hearth.Web.Tests;

public sealed class ParseApiTests(ParseApiTests.Empty empty) : IClassFixture<ParseApiTests.Empty>
{
    private readonly TestServer server = empty.Server;

    /// <summary>Parsing reads nothing the server holds: one empty server serves every test here.</summary>
    public sealed class Empty : SharedServer
    {
        protected override Task<TestServer> StartAsync() => TestServer.StartAsync(watch: false);

        protected override Task PrepareAsync(TestServer server) => Task.CompletedTask;
    }

    [Fact]
    public async Task Parse_SignedIn_ReturnsTheParsedRelease()
    {
        var response = await server.Admin.GetAsync("/api/v1/parse?title=" + Uri.EscapeDataString("Series.Title.S01E02.1080p.WEB-DL.DDP5.1.H.264-NTb"));

        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("Series Title", root.GetProperty("title").GetString());
        Assert.Equal(1, root.GetProperty("seasonNumber").GetInt32());
        Assert.Equal(2, root.GetProperty("episodeNumbers")[0].GetInt32());
        Assert.Equal("WEBDL-1080p", root.GetProperty("quality").GetProperty("quality").GetProperty("name").GetString());
        Assert.Equal("NTb", root.GetProperty("releaseGroup").GetString());
    }

    [Fact]
    public async Task Parse_Anonymous_IsRefused()
    {
        var response = await server.Anonymous.GetAsync("/api/v1/parse?title=Movie.2010.720p.BluRay.x264-GRP");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Parse_WithoutTitle_IsABadRequest()
    {
        var response = await server.Admin.GetAsync("/api/v1/parse");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
