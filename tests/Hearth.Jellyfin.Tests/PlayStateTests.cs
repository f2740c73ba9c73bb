using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Testing;
using Hearth.Web.Tests;

namespace Hearth.Jellyfin.Tests;

public sealed class PlayStateTests : IAsyncLifetime
{
    private TestServer server = null!;
    private Guid library;
    private HttpClient app = null!;
    private JsonElement auth;

    public async Task InitializeAsync()
    {
        server = await TestServer.StartAsync(watch: false);
        var movies = server.Folder.Combine("Movies");
        foreach (var title in new[] { "Alpha (2001)", "Bravo (2002)" })
        {
            Directory.CreateDirectory(Path.Combine(movies, title));
            await Media.ClipAsync(Path.Combine(movies, title, title + ".mp4"), 10);
        }

        library = await server.AddLibraryAsync("Movies", "movies", movies);
        (app, auth) = await JellyfinClient.SignInAsync(server, "admin", "admin-password");
    }

    public async Task DisposeAsync()
    {
        app.Dispose();
        await server.DisposeAsync();
    }

    private async Task<Guid> MovieAsync(string title) =>
        (await server.ItemsAsync(server.Admin, $"search={title}")).GetProperty("items")[0].GetProperty("id").GetGuid();

    private async Task<JsonElement> NativeUserDataAsync(Guid id) =>
        (await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{id}", TestServer.Json)).GetProperty("item").GetProperty("userData");

    [Fact]
    public async Task Progress_ThenStopped_NativeItemShowsPositionAndPlaybackEnds()
    {
        var id = await MovieAsync("Alpha");
        var started = await server.Admin.PostAsJsonAsync($"/api/v1/items/{id}/playback", new { profile = "chromium" });
        started.EnsureSuccessStatusCode();
        var playSession = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessionId").GetGuid().ToString("N");
        var item = id.ToString("N");

        Assert.Equal(HttpStatusCode.NoContent, (await app.PostAsJsonAsync("/Sessions/Playing", new { ItemId = item, PlaySessionId = playSession, PositionTicks = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await app.PostAsJsonAsync("/Sessions/Playing/Progress", new { ItemId = item, PlaySessionId = playSession, PositionTicks = 30_000_000, IsPaused = true })).StatusCode);
        Assert.Equal(3000, (await NativeUserDataAsync(id)).GetProperty("positionMs").GetInt64());

        var sessions = await app.GetJsonAsync("/Sessions");
        var mine = sessions.EnumerateArray().Single(s => s.GetProperty("PlaySessionId").GetString() == playSession);
        Assert.Equal(item, mine.GetProperty("NowPlayingItem").GetProperty("Id").GetString());
        Assert.Equal(30_000_000, mine.GetProperty("PlayState").GetProperty("PositionTicks").GetInt64());
        Assert.True(mine.GetProperty("PlayState").GetProperty("IsPaused").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await app.PostAsJsonAsync("/Sessions/Playing/Stopped", new { ItemId = item, PlaySessionId = playSession, PositionTicks = 42_000_000 })).StatusCode);
        Assert.Equal(4200, (await NativeUserDataAsync(id)).GetProperty("positionMs").GetInt64());
        var after = await app.GetJsonAsync("/Sessions");
        Assert.DoesNotContain(after.EnumerateArray(), s => s.GetProperty("PlaySessionId").GetString() == playSession);
    }

    [Fact]
    public async Task Stopped_PastNinetyPercent_MarksPlayed()
    {
        var id = await MovieAsync("Bravo");

        // the older form: no body, the values in the query
        var stopped = await app.DeleteAsync($"/Users/{auth.GetProperty("User").GetProperty("Id").GetString()}/PlayingItems/{id:N}?positionTicks=95000000");

        Assert.Equal(HttpStatusCode.NoContent, stopped.StatusCode);
        var data = await NativeUserDataAsync(id);
        Assert.True(data.GetProperty("played").GetBoolean());
    }

    [Fact]
    public async Task Progress_AbsurdOrMalformed_400NeverA500()
    {
        var item = (await MovieAsync("Alpha")).ToString("N");

        foreach (var body in new[]
        {
            $"{{\"ItemId\":\"{item}\",\"PositionTicks\":-5}}",
            $"{{\"ItemId\":\"{item}\",\"PositionTicks\":9223372036854775807}}",
            $"{{\"ItemId\":\"{item}\",\"PositionTicks\":99999999999999999999999}}",
            $"{{\"ItemId\":\"{item}\",\"PositionTicks\":\"soon\"}}",
            "{\"ItemId\":",
            "[1,2,3]",
        })
        {
            var response = await app.PostAsync("/Sessions/Playing/Progress", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await app.PostAsync($"/PlayingItems/{item}/Progress?positionTicks=abc", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.PostAsJsonAsync("/Sessions/Playing/Progress", new { ItemId = "not-an-id", PositionTicks = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.PostAsJsonAsync("/Sessions/Playing/Progress", new { ItemId = Guid.NewGuid().ToString("N"), PositionTicks = 1 })).StatusCode);
    }

    [Fact]
    public async Task PlayedAndFavourite_BothForms_AnswerTheNewState()
    {
        var id = await MovieAsync("Bravo");
        var userId = auth.GetProperty("User").GetProperty("Id").GetString();

        var played = await (await app.PostAsync($"/UserPlayedItems/{id:N}", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(played.GetProperty("Played").GetBoolean());
        Assert.Equal(1, played.GetProperty("PlayCount").GetInt32());
        Assert.Equal(id.ToString("N"), played.GetProperty("ItemId").GetString());
        Assert.True((await NativeUserDataAsync(id)).GetProperty("played").GetBoolean());

        var unplayed = await (await app.DeleteAsync($"/Users/{userId}/PlayedItems/{id:N}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(unplayed.GetProperty("Played").GetBoolean());

        var favourite = await (await app.PostAsync($"/Users/{userId}/FavoriteItems/{id:N}", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(favourite.GetProperty("IsFavorite").GetBoolean());
        Assert.True((await NativeUserDataAsync(id)).GetProperty("favourite").GetBoolean());

        var plain = await (await app.DeleteAsync($"/UserFavoriteItems/{id:N}?userId={userId}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(plain.GetProperty("IsFavorite").GetBoolean());
    }

    [Fact]
    public async Task OtherPeople_ItemTheyCannotSeeOrAnotherUserId_Refused()
    {
        var id = await MovieAsync("Alpha");
        var created = await server.Admin.PostAsJsonAsync("/api/v1/users", new { name = "kid", password = JellyfinClient.Password, libraries = Array.Empty<Guid>() });
        created.EnsureSuccessStatusCode();
        var (kid, kidAuth) = await JellyfinClient.SignInAsync(server, "kid", JellyfinClient.Password);
        var adminId = auth.GetProperty("User").GetProperty("Id").GetString();

        Assert.Equal(HttpStatusCode.NotFound, (await kid.PostAsync($"/UserPlayedItems/{id:N}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kid.PostAsJsonAsync("/Sessions/Playing/Progress", new { ItemId = id.ToString("N"), PositionTicks = 10 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kid.PostAsync($"/Users/{adminId}/FavoriteItems/{id:N}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.PostAsync($"/UserPlayedItems/{id:N}?userId={kidAuth.GetProperty("User").GetProperty("Id").GetString()}", null)).StatusCode);
        var data = await NativeUserDataAsync(id);
        Assert.True(data.ValueKind == JsonValueKind.Null || !data.GetProperty("played").GetBoolean());
        Assert.Equal(0, (await kid.GetJsonAsync("/Sessions")).GetArrayLength());
        kid.Dispose();
    }

    [Fact]
    public async Task Logout_RevokesTheToken()
    {
        var (other, _) = await JellyfinClient.SignInAsync(server, "admin", "admin-password");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/Users/Me")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await other.PostAsync("/Sessions/Capabilities/Full", JsonContent.Create(new { PlayableMediaTypes = new[] { "Video" } }))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await other.PostAsync("/Sessions/Logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/Users/Me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync("/Users/Me")).StatusCode);
        other.Dispose();
    }
}
