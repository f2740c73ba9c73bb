using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Testing;

namespace Hearth.Web.Tests;

public sealed class NextUpTests : IAsyncLifetime
{
    private TestServer server = null!;
    private Dictionary<string, Guid> episodes = [];

    public async Task InitializeAsync()
    {
        server = await TestServer.StartAsync(watch: false);
        var shows = server.Folder.Combine("Shows");
        var clip = await Media.ClipAsync(server.Folder.Combine("clip.mp4"), 1);
        foreach (var name in new[] { "Season 01/Show - S01E01.mp4", "Season 01/Show - S01E02.mp4", "Season 02/Show - S02E01.mp4", "Specials/Show - S00E01.mp4" })
        {
            var path = Path.Combine(shows, "Show", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(clip, path);
        }

        var library = await server.AddLibraryAsync("Shows", "shows", shows);
        var all = await server.ItemsAsync(server.Admin, $"libraryId={library}&type=episode&limit=50");
        episodes = all.GetProperty("items").EnumerateArray().ToDictionary(
            e => $"S{e.GetProperty("parentIndexNumber").GetInt32():00}E{e.GetProperty("indexNumber").GetInt32():00}",
            e => e.GetProperty("id").GetGuid());
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    private Task<List<Guid>> NextUpAsync() =>
        server.Admin.GetFromJsonAsync<List<JsonElement>>("/api/v1/items/next-up", TestServer.Json)
            .ContinueWith(t => t.Result!.Select(e => e.GetProperty("id").GetGuid()).ToList(), TaskScheduler.Default);

    private async Task MarkAsync(string code, object state) =>
        (await server.Admin.PostAsJsonAsync($"/api/v1/items/{episodes[code]}/watch-state", state)).EnsureSuccessStatusCode();

    [Fact]
    public async Task NextUp_NothingWatched_IsEmpty() => Assert.Empty(await NextUpAsync());

    [Fact]
    public async Task NextUp_AfterAFinishedEpisode_OffersTheFollowingOneAcrossSeasons()
    {
        await MarkAsync("S01E01", new { played = true });
        Assert.Equal([episodes["S01E02"]], await NextUpAsync());

        await MarkAsync("S01E02", new { played = true });
        Assert.Equal([episodes["S02E01"]], await NextUpAsync());

        // the last regular episode done: a special is not "next"
        await MarkAsync("S02E01", new { played = true });
        Assert.Empty(await NextUpAsync());
    }

    [Fact]
    public async Task NextUp_NextEpisodeAlreadyStarted_LeftToContinueWatching()
    {
        await MarkAsync("S01E01", new { played = true });
        await MarkAsync("S01E02", new { positionMs = 400 });

        Assert.Empty(await NextUpAsync());
    }
}
