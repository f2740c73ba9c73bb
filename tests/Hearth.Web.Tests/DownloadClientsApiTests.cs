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
/// Download clients over the API with real daemons on loopback: each is checked before it is saved, each kind of
/// failure answered with its own sentence and nothing saved, passwords never answered; and a grab goes to the
/// qBittorrent saved, which then holds the torrent in Hearth's category.
/// </summary>
public sealed class DownloadClientsApiTests
{
    [Fact]
    public async Task Clients_are_checked_before_they_are_saved_and_a_grab_goes_to_the_one_saved()
    {
        var (server, fake) = await StartAsync(tmdbKey: false);
        await using var _ = server;
        await using var __ = fake;
        await using var qbittorrent = await QBittorrentDaemon.StartAsync();
        await using var nzbget = await NzbgetDaemon.StartAsync("movies");
        await using var indexer = await FakeIndexer.StartAsync();
        Assert.True((await server.Admin.PostAsJsonAsync("/api/v1/indexers", new { name = "Loopback Tracker", kind = "torznab", url = indexer.Site("feed"), apiKey = FakeIndexer.GoodKey })).IsSuccessStatusCode);
        async Task<List<JsonElement>> ListAsync() => (await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/downloadclients", TestServer.Json)).EnumerateArray().ToList();
        var qb = new { name = "qBittorrent", kind = "qbittorrent", url = $"http://127.0.0.1:{qbittorrent.Port}", username = QBittorrentDaemon.User, password = qbittorrent.Password, category = "hearth" };

        // every kind of failure, in its own words; nothing saved
        async Task RefusedAsync(object body, string failure, string detail)
        {
            var answer = await server.Admin.PostAsJsonAsync("/api/v1/downloadclients", body);
            var problem = await TestServer.ReadAsync<JsonElement>(answer);
            Assert.Equal((HttpStatusCode.BadRequest, failure), (answer.StatusCode, problem.TryGetProperty("failure", out var f) ? f.GetString() : null));
            Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        await RefusedAsync(qb with { password = "not-it" }, "unauthorized", "qBittorrent refused the username or password.");
        await RefusedAsync(qb with { url = $"http://127.0.0.1:{QBittorrentDaemon.FreePort()}" }, "unreachable", "qBittorrent cannot be reached at");
        await RefusedAsync(new { name = "NZBGet", kind = "nzbget", url = $"http://127.0.0.1:{nzbget.Port}", username = NzbgetDaemon.User, password = nzbget.Password, category = "hearth" },
            "missingCategory", "NZBGet has no category 'hearth'");
        await RefusedAsync(qb with { kind = "utorrent" }, null!, "kind is one of qbittorrent, transmission, nzbget.");
        await RefusedAsync(qb with { url = "ftp://127.0.0.1/" }, null!, "url is the client's http:// or https:// address");
        Assert.Empty(await ListAsync());

        // checked without saving, then saved: healthy, with its version, and no password in any answer
        var tested = await PostAsync(server.Admin, "/api/v1/downloadclients/test", qb, HttpStatusCode.OK);
        Assert.StartsWith("qBittorrent v", tested.GetProperty("version").GetString(), StringComparison.Ordinal);
        var saved = await PostAsync(server.Admin, "/api/v1/downloadclients", qb, HttpStatusCode.Created);
        Assert.Equal(("ok", true, "torrent"), (saved.GetProperty("health").GetProperty("state").GetString(), saved.GetProperty("hasPassword").GetBoolean(), saved.GetProperty("protocol").GetString()));
        Assert.DoesNotContain(qbittorrent.Password, (await server.Admin.GetStringAsync("/api/v1/downloadclients")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await server.Admin.PostAsJsonAsync("/api/v1/downloadclients", qb)).StatusCode);
        var id = saved.GetProperty("id").GetInt32();
        // a change without the password keeps it (the check passes with the stored one)
        var changed = await server.Admin.PutAsJsonAsync($"/api/v1/downloadclients/{id}", new { priority = 2 });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(2, (await TestServer.ReadAsync<JsonElement>(changed)).GetProperty("priority").GetInt32());
        var viewer = await server.UserAsync("viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/v1/downloadclients")).StatusCode);

        // a grab goes to it: qBittorrent holds the torrent in Hearth's category, known by its info hash
        var film = Path.Combine(qbittorrent.Downloads, "Nosferatu.1922.1080p.BluRay.x264-GRP.mkv");
        await File.WriteAllBytesAsync(film, Enumerable.Range(0, 200_000).Select(i => (byte)(i * 5)).ToArray());
        var torrent = await Torrents.MakeAsync(film, qbittorrent.Folder.Combine("nosferatu.torrent"));
        indexer.Files["nosferatu.torrent"] = torrent;
        var movie = (await PostAsync(server.Admin, "/api/v1/movies", new { title = "Nosferatu", year = 1922, monitored = false }, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        indexer.Feed.Enqueue(new FakeIndexer.FeedItem("Nosferatu.1922.1080p.BluRay.x264-GRP", "nosferatu", 200_000, 20, DateTimeOffset.UtcNow.AddHours(-30)));
        var release = (await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/releases?movieId={movie}", TestServer.Json)).EnumerateArray().First();
        var grab = await PostAsync(server.Admin, "/api/v1/releases", new { guid = release.GetProperty("guid").GetString(), indexerId = release.GetProperty("indexerId").GetGuid(), movieId = movie, @override = true }, HttpStatusCode.Created);
        Assert.Equal(("qBittorrent", id, TorrentFiles.InfoHash(torrent)), (grab.GetProperty("client").GetString(), grab.GetProperty("clientId").GetInt32(), grab.GetProperty("downloadId").GetString()));
        using var http = new HttpClient();
        var held = await new QBittorrentClient(http, qbittorrent.Settings()).ItemsAsync(CancellationToken.None);
        Assert.Equal(TorrentFiles.InfoHash(torrent), Assert.Single(held).Id);

        Assert.Equal(HttpStatusCode.NoContent, (await server.Admin.DeleteAsync($"/api/v1/downloadclients/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.DeleteAsync($"/api/v1/downloadclients/{id}")).StatusCode);
    }
}
