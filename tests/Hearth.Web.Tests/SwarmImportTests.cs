using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Acquisition.Clients;
using Hearth.Acquisition.Clients.Transmission;
using Hearth.Core.Indexers;
using Hearth.Core.Processes;
using Hearth.Testing;
using Hearth.Testing.Daemons;
using static Hearth.Web.Tests.CatalogApiTests;

namespace Hearth.Web.Tests;

/// <summary>
/// From wanted to playing, with a real swarm on loopback: opentracker, a transmission-daemon seeding films made by
/// ffmpeg, the fake Torznab indexer listing them; Hearth grabs, a real qBittorrent downloads from the seeder, and the import hardlinks the film into the library under Radarr's names,
/// with its subtitle and without its sample; the library lists it and streams it. The second film goes to Transmission,
/// its file name obfuscated inside a well-named folder.
/// </summary>
public sealed class SwarmImportTests
{
    private static readonly ProcessRunner Runner = new();

    [Fact]
    public async Task A_grabbed_film_is_downloaded_from_the_swarm_imported_by_hardlink_listed_and_streamed()
    {
        var (server, fake) = await StartAsync(tmdbKey: false, more: new Dictionary<string, string?>
        {
            ["Acquisition:QueuePoll"] = "00:00:00.200",
            ["Acquisition:QueueIdlePoll"] = "00:00:00.200",
        });
        await using var _ = server;
        await using var __ = fake;
        await using var tracker = await Tracker.StartAsync();
        await using var seeder = await TransmissionDaemon.StartAsync();
        await using var qbittorrent = await QBittorrentDaemon.StartAsync();
        await using var indexer = await FakeIndexer.StartAsync();
        var movies = server.Folder.Combine("media", "movies");
        Directory.CreateDirectory(movies);
        await server.AddLibraryAsync("Films", "movies", movies);
        Assert.True((await server.Admin.PostAsJsonAsync("/api/v1/indexers", new { name = "Loopback Tracker", kind = "torznab", url = indexer.Site("feed"), apiKey = FakeIndexer.GoodKey })).IsSuccessStatusCode);
        var qb = (await PostAsync(server.Admin, "/api/v1/downloadclients", new { name = "qBittorrent", kind = "qbittorrent", url = $"http://127.0.0.1:{qbittorrent.Port}", username = QBittorrentDaemon.User, password = qbittorrent.Password }, HttpStatusCode.Created)).GetProperty("id").GetInt32();

        // the seeder holds Nosferatu: the film, an English subtitle and a sample, in a folder named for the release
        var release = "Nosferatu.1922.1080p.BluRay.x264-GRP";
        var seeded = seeder.Folder.Combine("seed", release);
        Directory.CreateDirectory(seeded);
        await Media.ClipAsync(Path.Combine(seeded, release + ".mkv"), seconds: 6, container: "mkv");
        await File.WriteAllTextAsync(Path.Combine(seeded, release + ".en.srt"), "1\n00:00:01,000 --> 00:00:02,000\nHello\n");
        await Media.ClipAsync(Path.Combine(seeded, "sample-" + release.ToLowerInvariant() + ".mkv"), seconds: 1, container: "mkv");
        await SeedAsync(seeder, tracker, indexer, seeded, "nosferatu");

        var grab = await GrabAsync(server, indexer, "Nosferatu", 1922, "nosferatu", release);
        var imported = await ImportedAsync(server, grab);
        Assert.Matches(@"^1 video hardlinked into .*Nosferatu \(1922\)$", imported);

        // in the library under Radarr's names: the same file as the download (one inode), its subtitle beside it, no sample
        var folder = Path.Combine(movies, "Nosferatu (1922)");
        var film = Path.Combine(folder, "Nosferatu (1922) Bluray-1080p.mkv");
        var downloaded = Path.Combine(qbittorrent.Downloads, release, release + ".mkv");
        Assert.Equal(await InodeAsync(downloaded), await InodeAsync(film));
        Assert.Equal(new[] { "Nosferatu (1922) Bluray-1080p.en.srt", "Nosferatu (1922) Bluray-1080p.mkv" }, Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray());
        Assert.True(File.Exists(downloaded), "the download must stay for the client to seed");

        // listed and streamed
        var item = await ListedAsync(server, "Nosferatu");
        using (var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/items/{item}/stream"))
        {
            request.Headers.Range = new RangeHeaderValue(0, 1023);
            var response = await server.Admin.SendAsync(request);
            Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
            Assert.Equal(1024, (await response.Content.ReadAsByteArrayAsync()).Length);
        }

        // Transmission as the client, and a file name that says nothing inside a folder that does. Transmission connects
        // to no peer on a loopback address (it counts 127/8 as martian), so here its data is where it saves and it
        // completes by verifying it; the swarm flow for Transmission runs in the network lab
        await using var transmission = await TransmissionDaemon.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.PutAsJsonAsync($"/api/v1/downloadclients/{qb}", new { enabled = false })).StatusCode);
        await PostAsync(server.Admin, "/api/v1/downloadclients", new { name = "Transmission", kind = "transmission", url = $"http://127.0.0.1:{transmission.Port}", username = TransmissionDaemon.User, password = transmission.Password }, HttpStatusCode.Created);
        var second = "Metropolis.1927.1080p.BluRay.x264-GRP";
        var obfuscated = Path.Combine(transmission.Downloads, "hearth", second);
        Directory.CreateDirectory(obfuscated);
        await Media.ClipAsync(Path.Combine(obfuscated, "a8f3k2j9x0q7.mkv"), seconds: 4, container: "mkv");
        indexer.Files["metropolis.torrent"] = await Torrents.MakeAsync(obfuscated, transmission.Folder.Combine("metropolis.torrent"), tracker.Announce);
        var grab2 = await GrabAsync(server, indexer, "Metropolis", 1927, "metropolis", second);
        Assert.Matches(@"^1 video hardlinked into .*Metropolis \(1927\)$", await ImportedAsync(server, grab2));
        var metropolis = Path.Combine(movies, "Metropolis (1927)", "Metropolis (1927) Bluray-1080p.mkv");
        Assert.Equal(await InodeAsync(Path.Combine(obfuscated, "a8f3k2j9x0q7.mkv")), await InodeAsync(metropolis));
        await ListedAsync(server, "Metropolis");
    }

    private static async Task SeedAsync(TransmissionDaemon seeder, Tracker tracker, FakeIndexer indexer, string content, string guid)
    {
        var torrent = await Torrents.MakeAsync(content, seeder.Folder.Combine(guid + ".torrent"), tracker.Announce);
        indexer.Files[guid + ".torrent"] = torrent;
        await tracker.AllowAsync(torrent);
        using var http = new HttpClient();
        var client = new TransmissionClient(http, seeder.Settings(savePath: Path.GetDirectoryName(content)));
        var added = await client.AddAsync(new IndexerRelease { Title = Path.GetFileName(content), Guid = guid, Protocol = ReleaseProtocol.Torrent }, new FetchedRelease(torrent, guid + ".torrent", null, IndexerOutcome.Ok, null), CancellationToken.None);
        Assert.True(added.Ok, added.Message);
        // seeding, and known to the tracker as a seeder (asked to announce again until it is), before anyone leeches
        for (var i = 0; i < 600; i++)
        {
            if ((await client.ItemsAsync(CancellationToken.None)).Any(d => d.Id == added.DownloadId && d.State == DownloadState.Completed) && await tracker.SeedersAsync(torrent) > 0)
            {
                return;
            }
            if (i % 50 == 49)
            {
                await Runner.RunAsync("transmission-remote", [$"127.0.0.1:{seeder.Port}", "-n", $"{TransmissionDaemon.User}:{seeder.Password}", "-t", "all", "--reannounce"], TimeSpan.FromSeconds(10), throwOnFailure: false, CancellationToken.None);
            }
            await Task.Delay(100);
        }
        Assert.Fail("the seeder did not verify its data and announce it within a minute");
    }

    private static async Task<int> GrabAsync(TestServer server, FakeIndexer indexer, string title, int year, string guid, string release)
    {
        var movie = (await PostAsync(server.Admin, "/api/v1/movies", new { title, year, monitored = false }, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        indexer.Feed.Enqueue(new FakeIndexer.FeedItem(release, guid, 2_000_000, 1, DateTimeOffset.UtcNow.AddHours(-30)));
        var found = (await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/releases?movieId={movie}", TestServer.Json)).EnumerateArray().First(r => r.GetProperty("title").GetString() == release);
        return (await PostAsync(server.Admin, "/api/v1/releases", new { guid = found.GetProperty("guid").GetString(), indexerId = found.GetProperty("indexerId").GetGuid(), movieId = movie, @override = true }, HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
    }

    /// <summary>Waits for the grab to leave the queue imported; answers the history's word on it.</summary>
    private static async Task<string> ImportedAsync(TestServer server, int grab)
    {
        string? last = null;
        for (var i = 0; i < 600; i++)
        {
            var queued = await server.Admin.GetAsync($"/api/v1/queue/{grab}");
            if (queued.StatusCode == HttpStatusCode.OK)
            {
                var item = await TestServer.ReadAsync<JsonElement>(queued);
                last = $"{item.GetProperty("status").GetString()}: {item.GetProperty("message")}";
                Assert.False(item.GetProperty("status").GetString() == "failed", $"grab {grab} failed: {last}");
            }
            else
            {
                var history = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/history", TestServer.Json);
                return history.EnumerateArray().First(h => h.GetProperty("kind").GetString() == "imported").GetProperty("detail").GetString()!;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"grab {grab} was not imported within a minute; last: {last}");
        return string.Empty;
    }

    private static async Task<Guid> ListedAsync(TestServer server, string title)
    {
        for (var i = 0; i < 100; i++)
        {
            var page = await server.ItemsAsync(server.Admin, $"search={title}");
            if (page.GetProperty("items").GetArrayLength() > 0)
            {
                return page.GetProperty("items")[0].GetProperty("id").GetGuid();
            }
            await Task.Delay(100);
        }
        Assert.Fail($"{title} was not listed in the library within ten seconds of its import");
        return Guid.Empty;
    }

    private static async Task<string> InodeAsync(string path) =>
        (await Runner.RunAsync("stat", ["-c", "%d:%i", path], TimeSpan.FromSeconds(10))).StandardOutput.Trim();
}
