using System.Net;
using Hearth.Testing;

namespace Hearth.Web.Tests;

public sealed class WebClientTests
{
    private static async Task<TempFolder> BuiltClientAsync()
    {
        var root = new TempFolder();
        Directory.CreateDirectory(root.Combine("assets"));
        await File.WriteAllTextAsync(root.Combine("index.html"), "<!doctype html><title>Hearth</title><div id=app></div>");
        await File.WriteAllTextAsync(root.Combine("assets", "app-ABC123.js"), "console.log('hi')");
        return root;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/library/01a21430-3b56-7361-a029-773ca0e22224")]
    [InlineData("/admin/users")]
    public async Task PagePath_WithoutSignIn_ServesTheClientWithSafeHeaders(string path)
    {
        using var client = await BuiltClientAsync();
        await using var server = await TestServer.StartAsync(webRoot: client.Path);

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
        using var client = await BuiltClientAsync();
        await using var server = await TestServer.StartAsync(webRoot: client.Path);

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
        using var client = await BuiltClientAsync();
        await using var server = await TestServer.StartAsync(webRoot: client.Path);

        var response = await server.Admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task NoClientBuilt_RootSaysHowToGetOne()
    {
        await using var server = await TestServer.StartAsync();

        var page = await server.Anonymous.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("./hearth up", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Anonymous.GetAsync("/library/x")).StatusCode);
    }
}
