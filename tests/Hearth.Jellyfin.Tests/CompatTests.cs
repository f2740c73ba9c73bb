using System.Net;
using Hearth.Web.Tests;

namespace Hearth.Jellyfin.Tests;

public sealed class CompatTests : IAsyncLifetime
{
    private TestServer server = null!;
    private HttpClient app = null!;

    public async Task InitializeAsync()
    {
        // a web client is served, so a route that fell through to its pages would answer index.html
        var web = Path.Combine(Path.GetTempPath(), $"hearth-web-{Guid.NewGuid():N}");
        Directory.CreateDirectory(web);
        await File.WriteAllTextAsync(Path.Combine(web, "index.html"), "<!doctype html><title>Hearth</title>");
        server = await TestServer.StartAsync(watch: false, webRoot: web);
        (app, _) = await JellyfinClient.SignInAsync(server, "admin", "admin-password");
    }

    public async Task DisposeAsync()
    {
        app.Dispose();
        await server.DisposeAsync();
    }

    [Theory]
    [InlineData("/DisplayPreferences/usersettings?userId=x&client=emby")]
    [InlineData("/Items/0123456789abcdef0123456789abcdef/Intros")]
    [InlineData("/Users/0123456789abcdef0123456789abcdef/Items/0123456789abcdef0123456789abcdef/Intros")]
    [InlineData("/Items/0123456789abcdef0123456789abcdef/SpecialFeatures")]
    [InlineData("/Items/0123456789abcdef0123456789abcdef/LocalTrailers")]
    [InlineData("/Items/0123456789abcdef0123456789abcdef/ThemeMedia")]
    [InlineData("/MediaSegments/0123456789abcdef0123456789abcdef")]
    [InlineData("/LiveTv/Info")]
    [InlineData("/LiveTv/Channels")]
    [InlineData("/Localization/Cultures")]
    [InlineData("/Localization/Countries")]
    [InlineData("/Localization/ParentalRatings")]
    [InlineData("/Localization/Options")]
    [InlineData("/Plugins")]
    [InlineData("/Packages")]
    [InlineData("/ScheduledTasks")]
    [InlineData("/Devices")]
    [InlineData("/Studios")]
    [InlineData("/Persons")]
    [InlineData("/Artists")]
    [InlineData("/MusicGenres")]
    public async Task KnownButUnused_EmptyJson(string url)
    {
        var response = await app.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DisplayPreferences_Default_AndAPostIsTaken()
    {
        var prefs = await app.GetJsonAsync("/DisplayPreferences/usersettings?client=emby");

        Assert.Equal("usersettings", prefs.GetProperty("Id").GetString());
        Assert.Equal("SortName", prefs.GetProperty("SortBy").GetString());
        Assert.Equal("emby", prefs.GetProperty("Client").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await app.PostAsync("/DisplayPreferences/usersettings?client=emby", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Theory]
    [InlineData("/SyncPlay/List")]
    [InlineData("/Playlists/0123456789abcdef0123456789abcdef/Items")]
    [InlineData("/LiveTv/Nothing/Here")]
    [InlineData("/Items/Nonsense/Route/That/Does/Not/Exist")]
    [InlineData("/Users/0123456789abcdef0123456789abcdef/Nothing")]
    [InlineData("/System/Configuration/network")]
    [InlineData("/notifications/services")]
    public async Task Unknown_UnderAJellyfinPrefix_Plain404NeverThePage(string url)
    {
        using var anonymous = JellyfinClient.Anonymous(server);
        foreach (var client in new[] { app, anonymous })
        {
            var response = await client.GetAsync(url);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("/library/0123456789abcdef0123456789abcdef")]
    [InlineData("/search")]
    [InlineData("/account")]
    [InlineData("/item/0123456789abcdef0123456789abcdef")]
    public async Task WebClientPages_StillTheirPage(string url)
    {
        var response = await server.Anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
