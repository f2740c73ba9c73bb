using System.Net;
using Hearth.Testing;

namespace Hearth.Web.Tests;

public sealed class WebClientTests(WebClientTests.BuiltClient built) : IClassFixture<WebClientTests.BuiltClient>
{
    private readonly TestServer server = built.Server;

    /// <summary>A server with a small built client beside it; the tests only ask for pages and files.</summary>
    public sealed class BuiltClient : SharedServer, IDisposable
    {
        private readonly TempFolder client = new();

        protected override async Task<TestServer> StartAsync()
        {
            Directory.CreateDirectory(client.Combine("assets"));
            await File.WriteAllTextAsync(client.Combine("index.html"), "<!doctype html><title>Hearth</title><div id=app></div>");
            await File.WriteAllTextAsync(client.Combine("assets", "app-ABC123.js"), "console.log('hi')");
            return await TestServer.StartAsync(webRoot: client.Path);
        }

        protected override Task PrepareAsync(TestServer server) => Task.CompletedTask;

        public void Dispose() => client.Dispose();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/library/01a21430-3b56-7361-a029-773ca0e22224")]
    [InlineData("/admin/users")]
    public async Task PagePath_WithoutSignIn_ServesTheClientWithSafeHeaders(string path)
    {
        var page = await server.Anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=app>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(page.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task Asset_HashedName_CachedForGood()
    {
        var asset = await server.Anonymous.GetAsync("/assets/app-ABC123.js");

        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("text/javascript", asset.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", asset.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/assets/missing.js")]
    public async Task UnknownApiRouteOrFile_StaysNotFound(string path)
    {
        var response = await server.Admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task NoClientBuilt_RootSaysHowToGetOne()
    {
        await using var bare = await TestServer.StartAsync();

        var page = await bare.Anonymous.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("./hearth up", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await bare.Anonymous.GetAsync("/library/x")).StatusCode);
    }
}
