using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Acquisition.Clients;
using Hearth.Acquisition.Clients.QBittorrent;
using Hearth.Testing;
using Hearth.Testing.Daemons;
using static Hearth.Web.Tests.CatalogApiTests;

namespace Hearth.Web.Tests;

/// <summary>
/// The queue against a real qBittorrent: grabs followed in the client (one complete because its data is there, so
/// imported and gone from the queue; two stalled because nobody seeds them), a download removed in the client outside
/// Hearth failed with that reason and tried again, removed with blocklist and search again, and a client that goes
/// away explained without losing anything.
/// </summary>
public sealed class QueueApiTests
{
    [Fact]
    public async Task Grabs_are_followed_in_their_client_and_can_be_removed_blocklisted_and_tried_again()
    {
        var (server, fake) = await StartAsync(tmdbKey: false, more: new Dictionary<string, string?>
        {
            ["Acquisition:QueuePoll"] = "00:00:00.200",
            ["Acquisition:QueueIdlePoll"] = "00:00:00.200",
            ["Acquisition:QueueMissingGrace"] = "00:00:00",
        });
        await using var _ = server;
        await using var __ = fake;
        var qbittorrent = await QBittorrentDaemon.StartAsync();
        await using var ___ = qbittorrent;
        await using var indexer = await FakeIndexer.StartAsync();
        Assert.True((await server.Admin.PostAsJsonAsync("/api/v1/indexers", new { name = "Loopback Tracker", kind = "torznab", url = indexer.Site("feed"), apiKey = FakeIndexer.GoodKey })).IsSuccessStatusCode);
        await PostAsync(server.Admin, "/api/v1/downloadclients", new { name = "qBittorrent", kind = "qbittorrent", url = $"http://127.0.0.1:{qbittorrent.Port}", username = QBittorrentDaemon.User, password = qbittorrent.Password }, HttpStatusCode.Created);

        var movies = server.Folder.Combine("media", "movies");
        Directory.CreateDirectory(movies);
        await server.AddLibraryAsync("Films", "movies", movies);

        // one film whose data is already where qBittorrent saves (complete at once, so imported), two nobody seeds (stalled)
        using var films = new TempFolder();
        await Media.ClipAsync(Path.Combine(qbittorrent.Downloads, "Nosferatu.1922.1080p.BluRay.x264-GRP.mkv"), 2, "mkv");
        indexer.Files["nosferatu.torrent"] = await Torrents.MakeAsync(Path.Combine(qbittorrent.Downloads, "Nosferatu.1922.1080p.BluRay.x264-GRP.mkv"), films.Combine("nosferatu.torrent"));
        foreach (var name in new[] { "Metropolis.1927", "Faust.1926" })
        {
            var away = films.Combine(name + ".1080p.BluRay.x264-GRP.mkv");
            await File.WriteAllBytesAsync(away, Enumerable.Range(0, 300_000).Select(i => (byte)(i * name.Length)).ToArray());
            indexer.Files[name.Split('.')[0].ToLowerInvariant() + ".torrent"] = await Torrents.MakeAsync(away, films.Combine(name + ".torrent"));
        }
        var nosferatu = await GrabAsync(server, indexer, "Nosferatu", 1922, "nosferatu");
        var metropolis = await GrabAsync(server, indexer, "Metropolis", 1927, "metropolis");
        var faust = await GrabAsync(server, indexer, "Faust", 1926, "faust");

        // the complete one is imported and leaves the queue; the history says where it went
        for (var i = 0; i < 200 && (await server.Admin.GetAsync($"/api/v1/queue/{nosferatu}")).StatusCode == HttpStatusCode.OK; i++)
        {
            await Task.Delay(100);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/queue/{nosferatu}")).StatusCode);
        var imported = (await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/history", TestServer.Json)).EnumerateArray().First(h => h.GetProperty("kind").GetString() == "imported");
        Assert.EndsWith("Nosferatu (1922)", imported.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var stalled = await UntilAsync(server, metropolis, q => q.GetProperty("status").GetString() is "stalled" or "downloading" or "queued" && q.TryGetProperty("checkedAt", out var at) && at.ValueKind != JsonValueKind.Null);
        Assert.Equal((0.0, 300_000L, "Metropolis (1927)", "qBittorrent", JsonValueKind.Null),
            (stalled.GetProperty("progress").GetDouble(), stalled.GetProperty("size").GetInt64(), stalled.GetProperty("subject").GetString(), stalled.GetProperty("client").GetString(), stalled.GetProperty("message").ValueKind));

        // a viewer reads the queue but changes nothing in it
        var viewer = await server.UserAsync("viewer");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.DeleteAsync($"/api/v1/queue/{metropolis}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.DeleteAsync("/api/v1/queue/999999")).StatusCode);

        // removed in qBittorrent by someone else: failed, with that reason, and kept in the queue; tried again, it is back
        using var http = new HttpClient();
        var client = new QBittorrentClient(http, qbittorrent.Settings());
        await client.RemoveAsync(TorrentFiles.InfoHash(indexer.Files["metropolis.torrent"])!, deleteData: false, CancellationToken.None);
        var lost = await UntilAsync(server, metropolis, q => q.GetProperty("status").GetString() == "failed");
        Assert.Equal("It is no longer in qBittorrent: it was removed there.", lost.GetProperty("message").GetString());
        var again = await PostAsync(server.Admin, $"/api/v1/queue/{metropolis}/retry", new { }, HttpStatusCode.OK);
        Assert.Equal(("queued", JsonValueKind.Null), (again.GetProperty("status").GetString(), again.GetProperty("message").ValueKind));
        await UntilAsync(server, metropolis, q => q.GetProperty("status").GetString() is "stalled" or "downloading" && q.GetProperty("checkedAt").ValueKind != JsonValueKind.Null);
        Assert.Contains(await client.ItemsAsync(CancellationToken.None), i => i.Name.StartsWith("Metropolis", StringComparison.Ordinal));
        var retried = await server.Admin.PostAsync($"/api/v1/queue/{metropolis}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, retried.StatusCode);
        Assert.Contains("only a failed grab is tried again", await retried.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // blocklist and search again: out of qBittorrent with its data, on the blocklist, searched again, out of the queue
        var blocked = await PostAsync(server.Admin, $"/api/v1/queue/{metropolis}/blocklist", new { }, HttpStatusCode.OK);
        Assert.Equal((true, true, true, true), (blocked.GetProperty("removedFromClient").GetBoolean(), blocked.GetProperty("dataDeleted").GetBoolean(), blocked.GetProperty("blocklisted").GetBoolean(), blocked.GetProperty("searching").GetBoolean()));
        Assert.DoesNotContain(await client.ItemsAsync(CancellationToken.None), i => i.Name.StartsWith("Metropolis", StringComparison.Ordinal));
        var blocklist = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/blocklist", TestServer.Json);
        Assert.Contains(blocklist.EnumerateArray(), b => b.GetProperty("title").GetString() == "Metropolis.1927.1080p.BluRay.x264-GRP" && b.GetProperty("reason").GetString() == "removed from the queue by admin");
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/queue/{metropolis}")).StatusCode);
        var history = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/history", TestServer.Json);
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("kind").GetString() == "removed"
            && h.GetProperty("detail").GetString() == "removed from the queue by admin, out of qBittorrent with its data, blocklisted, searching again");
        // searched again (it finds only the blocked release, so nothing is grabbed)
        for (var i = 0; i < 100 && !(await SearchedAgainAsync(server)); i++)
        {
            await Task.Delay(100);
        }
        Assert.True(await SearchedAgainAsync(server), "Metropolis was not searched again");
        Assert.DoesNotContain((await QueueAsync(server)).EnumerateArray(), q => q.GetProperty("title").GetString()!.StartsWith("Metropolis", StringComparison.Ordinal));

        // the client goes away: the grab says so and stays; removing it is refused and loses nothing
        await qbittorrent.StopAsync();
        var unreachable = await UntilAsync(server, faust, q => q.GetProperty("message").GetString()?.Contains("cannot be reached", StringComparison.Ordinal) == true);
        Assert.NotEqual("failed", unreachable.GetProperty("status").GetString());
        var refused = await server.Admin.DeleteAsync($"/api/v1/queue/{faust}?deleteData=true");
        Assert.Equal(HttpStatusCode.BadGateway, refused.StatusCode);
        Assert.Contains("Nothing was removed", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.GetAsync($"/api/v1/queue/{faust}")).StatusCode);
        var clients = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/downloadclients", TestServer.Json);
        Assert.Equal("unreachable", clients[0].GetProperty("health").GetProperty("failure").GetString());
    }

    [Fact]
    public async Task A_download_that_stalls_too_long_fails_and_is_blocklisted_and_searched_past()
    {
        var (server, fake) = await StartAsync(tmdbKey: false, more: new Dictionary<string, string?>
        {
            ["Acquisition:QueuePoll"] = "00:00:00.200",
            ["Acquisition:QueueIdlePoll"] = "00:00:00.200",
            ["Acquisition:StalledTimeout"] = "00:00:02",
        });
        await using var _ = server;
        await using var __ = fake;
        await using var qbittorrent = await QBittorrentDaemon.StartAsync();
        await using var indexer = await FakeIndexer.StartAsync();
        Assert.True((await server.Admin.PostAsJsonAsync("/api/v1/indexers", new { name = "Loopback Tracker", kind = "torznab", url = indexer.Site("feed"), apiKey = FakeIndexer.GoodKey })).IsSuccessStatusCode);
        await PostAsync(server.Admin, "/api/v1/downloadclients", new { name = "qBittorrent", kind = "qbittorrent", url = $"http://127.0.0.1:{qbittorrent.Port}", username = QBittorrentDaemon.User, password = qbittorrent.Password }, HttpStatusCode.Created);
        using var films = new TempFolder();
        var away = films.Combine("Sunrise.1927.1080p.BluRay.x264-GRP.mkv");
        await File.WriteAllBytesAsync(away, Enumerable.Range(0, 300_000).Select(i => (byte)(i * 11)).ToArray());
        indexer.Files["sunrise.torrent"] = await Torrents.MakeAsync(away, films.Combine("sunrise.torrent"));
        var sunrise = await GrabAsync(server, indexer, "Sunrise", 1927, "sunrise");

        var failed = await UntilAsync(server, sunrise, q => q.GetProperty("status").GetString() == "failed");
        Assert.Matches(@"^It stalled: no progress for \d+ seconds \(nobody seeds it\)\.$", failed.GetProperty("message").GetString());
        // the failure is stored first, then blocklisted and recorded: both follow within moments
        async Task<bool> BlockedAndToldAsync()
        {
            var blocklist = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/blocklist", TestServer.Json);
            var history = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/history", TestServer.Json);
            return blocklist.EnumerateArray().Any(b => b.GetProperty("title").GetString() == "Sunrise.1927.1080p.BluRay.x264-GRP" && b.GetProperty("reason").GetString()!.StartsWith("It stalled", StringComparison.Ordinal))
                && history.EnumerateArray().Any(h => h.GetProperty("kind").GetString() == "downloadFailed"
                    && h.GetProperty("detail").GetString()!.EndsWith("It was blocklisted, and Hearth searches for the next best release.", StringComparison.Ordinal));
        }
        for (var i = 0; i < 50 && !await BlockedAndToldAsync(); i++)
        {
            await Task.Delay(100);
        }
        Assert.True(await BlockedAndToldAsync(), "the stalled release was not blocklisted and recorded");
        // the download stays in the client: nothing of it is deleted
        using var http = new HttpClient();
        Assert.Contains(await new QBittorrentClient(http, qbittorrent.Settings()).ItemsAsync(CancellationToken.None), i => i.Name.StartsWith("Sunrise", StringComparison.Ordinal));
    }

    private static async Task<int> GrabAsync(TestServer server, FakeIndexer indexer, string title, int year, string guid)
    {
        var movie = (await PostAsync(server.Admin, "/api/v1/movies", new { title, year, monitored = false }, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        indexer.Feed.Enqueue(new FakeIndexer.FeedItem($"{title}.{year}.1080p.BluRay.x264-GRP", guid, 300_000, 20, DateTimeOffset.UtcNow.AddHours(-30)));
        var release = (await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/releases?movieId={movie}", TestServer.Json)).EnumerateArray()
            .First(r => r.GetProperty("title").GetString()!.StartsWith(title, StringComparison.Ordinal));
        var grab = await PostAsync(server.Admin, "/api/v1/releases", new { guid = release.GetProperty("guid").GetString(), indexerId = release.GetProperty("indexerId").GetGuid(), movieId = movie, @override = true }, HttpStatusCode.Created);
        return grab.GetProperty("id").GetInt32();
    }

    private static async Task<bool> SearchedAgainAsync(TestServer server) =>
        (await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/history", TestServer.Json)).EnumerateArray()
            .Any(h => h.GetProperty("kind").GetString() == "search" && h.GetProperty("trigger").GetString() == "automatic" && h.GetProperty("subject").GetString() == "Metropolis (1927)");

    private static async Task<JsonElement> QueueAsync(TestServer server) => await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/queue", TestServer.Json);

    private static async Task<JsonElement> UntilAsync(TestServer server, int id, Func<JsonElement, bool> condition)
    {
        JsonElement last = default;
        for (var i = 0; i < 200; i++)
        {
            var item = (await QueueAsync(server)).EnumerateArray().FirstOrDefault(q => q.GetProperty("id").GetInt32() == id);
            if (item.ValueKind == JsonValueKind.Object)
            {
                last = item;
                if (condition(item))
                {
                    return item;
                }
            }
            await Task.Delay(100);
        }
        Assert.Fail($"grab {id} never got there; last seen: {last}");
        return last;
    }
}
