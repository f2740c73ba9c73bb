using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Testing;
using static Hearth.Web.Tests.CatalogApiTests;

namespace Hearth.Web.Tests;

/// <summary>
/// Searches and grabs end to end: a real server, its real indexer hub asking a loopback Torznab indexer whose feed the
/// test fills, the decisions, the blackhole client writing the fetched .torrent, the queue and the history.
/// </summary>
public sealed class ReleasesApiTests
{
    private const long Gb = 1024L * 1024 * 1024;

    private sealed record Rig(TestServer Server, FakeProviders Providers, FakeIndexer Indexer) : IAsyncDisposable
    {
        public HttpClient Admin => Server.Admin;

        public string Blackhole => Path.Combine(Server.Data, "blackhole", "torrents");

        public void Publish(string title, double gb = 8, int seeders = 40, string? guid = null) =>
            Indexer.Feed.Enqueue(new FakeIndexer.FeedItem(title, guid ?? title, (long)(gb * Gb), seeders, DateTimeOffset.UtcNow.AddHours(-30)));

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            await Providers.DisposeAsync();
            await Indexer.DisposeAsync();
        }
    }

    private static async Task<Rig> StartAsync(IReadOnlyDictionary<string, string?>? more = null)
    {
        var (server, providers) = await CatalogApiTests.StartAsync(tmdbKey: false, more: more);
        var indexer = await FakeIndexer.StartAsync();
        var added = await server.Admin.PostAsJsonAsync("/api/v1/indexers", new { name = "Loopback Tracker", kind = "torznab", url = indexer.Site("feed"), apiKey = FakeIndexer.GoodKey });
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        return new Rig(server, providers, indexer);
    }

    /// <summary>Adds a movie and waits for the automatic search its adding starts, so the test's feed is read only when it says.</summary>
    private static async Task<int> MovieAsync(Rig rig, string title, int year)
    {
        var movie = await PostAsync(rig.Admin, "/api/v1/movies", new { title, year }, HttpStatusCode.Created);
        var id = movie.GetProperty("id").GetInt32();
        await WaitForHistoryAsync(rig, h => h.GetProperty("movieId").ValueKind == JsonValueKind.Number && h.GetProperty("movieId").GetInt32() == id
            && h.GetProperty("trigger").GetString() == "automatic");
        return id;
    }

    private static async Task<List<JsonElement>> HistoryAsync(Rig rig) =>
        (await rig.Admin.GetFromJsonAsync<JsonElement>("/api/v1/history", TestServer.Json)).EnumerateArray().ToList();

    private static async Task<JsonElement> WaitForHistoryAsync(Rig rig, Func<JsonElement, bool> match)
    {
        for (var i = 0; i < 200; i++)
        {
            if ((await HistoryAsync(rig)).FirstOrDefault(match) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("the history never showed the expected entry");
    }

    [Fact]
    public async Task An_interactive_search_shows_every_release_with_its_reasons_and_grabs_one_into_the_blackhole()
    {
        await using var rig = await StartAsync();
        var movie = await MovieAsync(rig, "Blade Runner", 1982);
        rig.Publish("Blade.Runner.1982.720p.BluRay.x264-LOW", gb: 5, seeders: 900);
        rig.Publish("Blade.Runner.1982.1080p.BluRay.x264-GRP", gb: 10, seeders: 30);
        // the hub keeps only the releases of the asked year: this one never reaches the decisions
        rig.Publish("Blade.Runner.2049.2017.1080p.BluRay.x264-GRP", gb: 10);
        rig.Publish("Blade.Runner.1982.1080p.WEB-DL.DD5.1.H.264-WEB", gb: 6, seeders: 0);

        var releases = (await rig.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/releases?movieId={movie}", TestServer.Json)).EnumerateArray().ToList();
        Assert.Equal(3, releases.Count);
        var best = releases[0];
        Assert.Equal(("Blade.Runner.1982.1080p.BluRay.x264-GRP", true, "Bluray-1080p", "torrent"),
            (best.GetProperty("title").GetString(), best.GetProperty("accepted").GetBoolean(), best.GetProperty("quality").GetString(), best.GetProperty("protocol").GetString()));
        foreach (var field in new[] { "guid", "indexerId", "indexer", "size", "seeders", "ageHours", "customFormats", "customFormatScore", "rejections" })
        {
            Assert.True(best.TryGetProperty(field, out _), field);
        }
        var low = releases.Single(r => r.GetProperty("title").GetString()!.EndsWith("-LOW", StringComparison.Ordinal));
        var reason = Assert.Single(low.GetProperty("rejections").EnumerateArray());
        Assert.Equal(("quality-not-allowed", "Bluray-720p is not allowed in the profile HD-1080p."), (reason.GetProperty("code").GetString(), reason.GetProperty("text").GetString()));
        Assert.Contains(releases.Single(r => r.GetProperty("title").GetString()!.EndsWith("-WEB", StringComparison.Ordinal)).GetProperty("rejections").EnumerateArray(),
            r => r.GetProperty("code").GetString() == "too-few-seeders");

        // a rejected one only with override
        var refused = await rig.Admin.PostAsJsonAsync("/api/v1/releases", new { guid = low.GetProperty("guid").GetString(), indexerId = low.GetProperty("indexerId").GetGuid(), movieId = movie });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Bluray-720p is not allowed", (await TestServer.ReadAsync<JsonElement>(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var grab = await PostAsync(rig.Admin, "/api/v1/releases", new { guid = best.GetProperty("guid").GetString(), indexerId = best.GetProperty("indexerId").GetGuid(), movieId = movie }, HttpStatusCode.Created);
        Assert.Equal(("sent", "blackhole", "interactive"), (grab.GetProperty("status").GetString(), grab.GetProperty("client").GetString(), grab.GetProperty("trigger").GetString()));
        var written = Path.Combine(rig.Blackhole, "Blade.Runner.1982.1080p.BluRay.x264-GRP.torrent");
        Assert.Equal(FakeIndexer.TorrentBytes, await File.ReadAllTextAsync(written));
        Assert.Contains("Blade.Runner.1982.1080p.BluRay.x264-GRP.torrent", rig.Indexer.Downloads);

        // never twice
        var again = await rig.Admin.PostAsJsonAsync("/api/v1/releases", new { guid = best.GetProperty("guid").GetString(), indexerId = best.GetProperty("indexerId").GetGuid(), movieId = movie });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var forced = await PostAsync(rig.Admin, "/api/v1/releases", new { guid = low.GetProperty("guid").GetString(), indexerId = low.GetProperty("indexerId").GetGuid(), movieId = movie, @override = true }, HttpStatusCode.Created);
        Assert.True(forced.GetProperty("override").GetBoolean());

        // the queue holds both; a search now sees them queued
        Assert.Equal(2, (await rig.Admin.GetFromJsonAsync<JsonElement>("/api/v1/queue", TestServer.Json)).GetArrayLength());
        var after = (await rig.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/releases?movieId={movie}", TestServer.Json)).EnumerateArray();
        Assert.DoesNotContain(after, r => r.GetProperty("accepted").GetBoolean());

        var history = await HistoryAsync(rig);
        Assert.Contains(history, h => h.GetProperty("kind").GetString() == "grab" && h.GetProperty("release").GetString() == "Blade.Runner.1982.1080p.BluRay.x264-GRP"
            && h.GetProperty("detail").GetString()!.StartsWith("Bluray-1080p, score 0, from Loopback Tracker, to the blackhole", StringComparison.Ordinal));
        var search = history.Last(h => h.GetProperty("kind").GetString() == "search" && h.GetProperty("trigger").GetString() == "interactive");
        Assert.StartsWith("3 found, 1 accepted; rejected: ", search.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // bad input is refused plainly
        Assert.Equal(HttpStatusCode.BadRequest, (await rig.Admin.GetAsync("/api/v1/releases")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rig.Admin.GetAsync("/api/v1/releases?movieId=999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rig.Admin.PostAsJsonAsync("/api/v1/releases", new { guid = "nothing", indexerId = Guid.NewGuid(), movieId = movie })).StatusCode);
        var viewer = await rig.Server.UserAsync("viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/v1/releases?movieId={movie}")).StatusCode);
    }

    [Fact]
    public async Task A_release_that_appears_in_the_feed_is_decided_and_grabbed_once_never_twice()
    {
        await using var rig = await StartAsync();
        var movie = await MovieAsync(rig, "Metropolis", 1927);
        var series = await PostAsync(rig.Admin, "/api/v1/series", new { title = "The Expanse", year = 2015 }, HttpStatusCode.Created);
        async Task<JsonElement> SyncAsync() => await PostAsync(rig.Admin, "/api/v1/releases/rss-sync", new { }, HttpStatusCode.OK);

        Assert.Equal(0, (await SyncAsync()).GetProperty("grabbed").GetInt32());

        rig.Publish("Metropolis.1927.1080p.BluRay.x264-GRP");
        rig.Publish("The.Expanse.S02E05.1080p.WEB-DL.DD5.1.H.264-GRP", gb: 2);
        rig.Publish("Some.Other.Film.2020.1080p.BluRay.x264-GRP");
        var first = await SyncAsync();
        Assert.Equal((3, 2, 2), (first.GetProperty("releases").GetInt32(), first.GetProperty("forTheCatalog").GetInt32(), first.GetProperty("grabbed").GetInt32()));
        Assert.True(File.Exists(Path.Combine(rig.Blackhole, "Metropolis.1927.1080p.BluRay.x264-GRP.torrent")));
        Assert.True(File.Exists(Path.Combine(rig.Blackhole, "The.Expanse.S02E05.1080p.WEB-DL.DD5.1.H.264-GRP.torrent")));

        // the same feed again, and an equal release of another group: nothing more
        rig.Publish("Metropolis.1927.1080p.BluRay.x264-OTHER");
        Assert.Equal(0, (await SyncAsync()).GetProperty("grabbed").GetInt32());
        var queue = (await rig.Admin.GetFromJsonAsync<JsonElement>("/api/v1/queue", TestServer.Json)).EnumerateArray().ToList();
        Assert.Equal(2, queue.Count);
        Assert.Contains(queue, g => g.GetProperty("movieId").ValueKind == JsonValueKind.Number && g.GetProperty("movieId").GetInt32() == movie && g.GetProperty("trigger").GetString() == "rss");
        var episode = queue.Single(g => g.GetProperty("seriesId").ValueKind == JsonValueKind.Number);
        Assert.Equal((series.GetProperty("id").GetInt32(), 2, 5), (episode.GetProperty("seriesId").GetInt32(), episode.GetProperty("season").GetInt32(), episode.GetProperty("episodes")[0].GetInt32()));
        Assert.Equal(2, Directory.GetFiles(rig.Blackhole).Length);
        var rss = (await HistoryAsync(rig)).First(h => h.GetProperty("trigger").GetString() == "rss" && h.GetProperty("kind").GetString() == "search");
        Assert.Equal("4 releases, 3 for the catalog, 0 accepted, 0 grabbed", rss.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_backlog_search_works_through_the_wanted_list_and_grabs_what_it_finds_once()
    {
        // a pass every second with no pause, so the test sees several
        await using var rig = await StartAsync(new Dictionary<string, string?> { ["Acquisition:BacklogInterval"] = "00:00:01", ["Acquisition:BacklogPace"] = "00:00:00" });
        var movie = await MovieAsync(rig, "Nosferatu", 1922);
        rig.Publish("Nosferatu.1922.1080p.BluRay.x264-GRP");
        var grab = await WaitForHistoryAsync(rig, h => h.GetProperty("kind").GetString() == "grab");
        Assert.Equal(("backlog", "Nosferatu.1922.1080p.BluRay.x264-GRP", movie), (grab.GetProperty("trigger").GetString(), grab.GetProperty("release").GetString(), grab.GetProperty("movieId").GetInt32()));
        await WaitForHistoryAsync(rig, h => h.GetProperty("trigger").GetString() == "backlog" && h.GetProperty("kind").GetString() == "search"
            && h.GetProperty("detail").GetString()!.Contains("already-queued", StringComparison.Ordinal));
        Assert.Single(await HistoryAsync(rig), h => h.GetProperty("kind").GetString() == "grab");
        var asked = await rig.Admin.PostAsync("/api/v1/releases/backlog-search", null);
        Assert.True(asked.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.Conflict, asked.StatusCode.ToString());
    }

    [Fact]
    public async Task Two_versions_of_one_movie_are_wanted_decided_and_grabbed_apart()
    {
        await using var rig = await StartAsync();
        var movie = await MovieAsync(rig, "Blade Runner", 1982);
        var profiles = (await rig.Admin.GetFromJsonAsync<JsonElement>("/api/v1/profiles", TestServer.Json)).EnumerateArray().ToList();
        int ProfileId(string name) => profiles.Single(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();

        var added = await PostAsync(rig.Admin, $"/api/v1/movies/{movie}/versions", new { profileId = ProfileId("Ultra-HD"), name = "4K HDR" }, HttpStatusCode.Created);
        var versions = added.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(2, versions.Count);
        Assert.Equal((JsonValueKind.Null, "HD-1080p"), (versions[0].GetProperty("id").ValueKind, versions[0].GetProperty("profile").GetProperty("name").GetString()));
        var version = versions[1].GetProperty("id").GetInt32();
        Assert.Equal(("4K HDR", "Ultra-HD", "wanted"), (versions[1].GetProperty("name").GetString(), versions[1].GetProperty("profile").GetProperty("name").GetString(), versions[1].GetProperty("status").GetString()));
        // the version's own automatic search has run before the feed fills
        await WaitForHistoryAsync(rig, h => h.GetProperty("subject").GetString() == "Blade Runner (1982) [4K HDR]" && h.GetProperty("trigger").GetString() == "automatic");

        var wanted = (await rig.Admin.GetFromJsonAsync<JsonElement>("/api/v1/wanted", TestServer.Json)).EnumerateArray()
            .Where(w => w.GetProperty("movieId").ValueKind == JsonValueKind.Number && w.GetProperty("movieId").GetInt32() == movie).ToList();
        Assert.Equal(2, wanted.Count);
        Assert.Contains(wanted, w => w.GetProperty("versionId").ValueKind == JsonValueKind.Null && w.GetProperty("profile").GetProperty("name").GetString() == "HD-1080p");
        Assert.Contains(wanted, w => w.GetProperty("versionId").ValueKind == JsonValueKind.Number && w.GetProperty("versionId").GetInt32() == version
            && w.GetProperty("version").GetString() == "4K HDR");

        // a version is decided by its own profile
        rig.Publish("Blade.Runner.1982.1080p.BluRay.x264-GRP", gb: 10);
        rig.Publish("Blade.Runner.1982.2160p.UHD.BluRay.x265.HDR-GRP", gb: 40);
        var for4k = (await rig.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/releases?movieId={movie}&versionId={version}", TestServer.Json)).EnumerateArray().ToList();
        Assert.Equal(("Blade.Runner.1982.2160p.UHD.BluRay.x265.HDR-GRP", true), (for4k[0].GetProperty("title").GetString(), for4k[0].GetProperty("accepted").GetBoolean()));
        var hd = for4k.Single(r => r.GetProperty("title").GetString() == "Blade.Runner.1982.1080p.BluRay.x264-GRP");
        Assert.Equal("Bluray-1080p is not allowed in the profile Ultra-HD.", hd.GetProperty("rejections")[0].GetProperty("text").GetString());

        // a grab says which version it is for; the other version's search does not take it
        var mismatch = await rig.Admin.PostAsJsonAsync("/api/v1/releases", new { guid = hd.GetProperty("guid").GetString(), indexerId = hd.GetProperty("indexerId").GetGuid(), movieId = movie });
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        var grab = await PostAsync(rig.Admin, "/api/v1/releases", new { guid = for4k[0].GetProperty("guid").GetString(), indexerId = for4k[0].GetProperty("indexerId").GetGuid(), movieId = movie, versionId = version }, HttpStatusCode.Created);
        Assert.Equal(version, grab.GetProperty("versionId").GetInt32());

        // the RSS sync grabs the 1080p one for the movie's own version, and the 4K one is not grabbed twice
        var synced = await PostAsync(rig.Admin, "/api/v1/releases/rss-sync", new { }, HttpStatusCode.OK);
        Assert.Equal(1, synced.GetProperty("grabbed").GetInt32());
        var queue = (await rig.Admin.GetFromJsonAsync<JsonElement>("/api/v1/queue", TestServer.Json)).EnumerateArray().ToList();
        Assert.Equal(2, queue.Count);
        Assert.Equal(JsonValueKind.Null, queue.Single(g => g.GetProperty("title").GetString()!.Contains("1080p", StringComparison.Ordinal)).GetProperty("versionId").ValueKind);
        Assert.Equal(2, Directory.GetFiles(rig.Blackhole).Length);

        // bad input: a profile the movie has already, one that is not there, a movie or version that is not there, a viewer
        Assert.Equal(HttpStatusCode.Conflict, (await rig.Admin.PostAsJsonAsync($"/api/v1/movies/{movie}/versions", new { profileId = ProfileId("HD-1080p") })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await rig.Admin.PutAsJsonAsync($"/api/v1/movies/{movie}", new { profileId = ProfileId("Ultra-HD") })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await rig.Admin.PostAsJsonAsync($"/api/v1/movies/{movie}/versions", new { profileId = 999 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await rig.Admin.PostAsJsonAsync($"/api/v1/movies/{movie}/versions", new { name = "no profile" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rig.Admin.PostAsJsonAsync("/api/v1/movies/999/versions", new { profileId = ProfileId("SD") })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rig.Admin.GetAsync($"/api/v1/releases?movieId={movie}&versionId=999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await rig.Admin.GetAsync($"/api/v1/releases?seriesId=1&season=1&versionId={version}")).StatusCode);
        var viewer = await rig.Server.UserAsync("viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/movies/{movie}/versions", new { profileId = ProfileId("SD") })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await rig.Admin.DeleteAsync($"/api/v1/profiles/{ProfileId("Ultra-HD")}")).StatusCode);

        // renamed and rested, then removed: its grab joins the movie's own version
        var renamed = await rig.Admin.PutAsJsonAsync($"/api/v1/movies/{movie}/versions/{version}", new { name = "UHD", monitored = false });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var rested = (await TestServer.ReadAsync<JsonElement>(renamed)).GetProperty("versions")[1];
        Assert.Equal(("UHD", false), (rested.GetProperty("name").GetString(), rested.GetProperty("monitored").GetBoolean()));
        Assert.Equal(HttpStatusCode.NoContent, (await rig.Admin.DeleteAsync($"/api/v1/movies/{movie}/versions/{version}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rig.Admin.DeleteAsync($"/api/v1/movies/{movie}/versions/{version}")).StatusCode);
        Assert.All((await rig.Admin.GetFromJsonAsync<JsonElement>("/api/v1/queue", TestServer.Json)).EnumerateArray(), g => Assert.Equal(JsonValueKind.Null, g.GetProperty("versionId").ValueKind));
        Assert.Single((await rig.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/movies/{movie}", TestServer.Json)).GetProperty("versions").EnumerateArray());
    }

    [Fact]
    public async Task A_delay_profile_holds_new_releases_and_a_blocked_release_is_never_grabbed()
    {
        await using var rig = await StartAsync();
        var movie = await MovieAsync(rig, "Blade Runner", 1982);
        Assert.Equal(0, (await rig.Admin.GetFromJsonAsync<JsonElement>("/api/v1/delayprofile", TestServer.Json)).GetProperty("torrentDelay").GetInt32());
        var delay = await rig.Admin.PutAsJsonAsync("/api/v1/delayprofile", new { preferredProtocol = "torrent", usenetDelay = 0, torrentDelay = 120, bypassIfHighestQuality = false, bypassIfFormatScoreAtLeast = (int?)null });
        Assert.Equal(HttpStatusCode.OK, delay.StatusCode);
        Assert.Equal(120, (await rig.Admin.GetFromJsonAsync<JsonElement>("/api/v1/delayprofile", TestServer.Json)).GetProperty("torrentDelay").GetInt32());

        rig.Publish("Blade.Runner.1982.1080p.BluRay.x264-GRP", gb: 10);
        rig.Indexer.Feed.Enqueue(new FakeIndexer.FeedItem("Blade.Runner.1982.1080p.WEB-DL.DD5.1.H.264-NEW", "new", 6 * Gb, 50, DateTimeOffset.UtcNow.AddMinutes(-10)));
        async Task<List<JsonElement>> SearchAsync() => (await rig.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/releases?movieId={movie}", TestServer.Json)).EnumerateArray().ToList();
        JsonElement Find(List<JsonElement> releases, string group) => releases.Single(r => r.GetProperty("title").GetString()!.EndsWith(group, StringComparison.Ordinal));

        var first = await SearchAsync();
        var fresh = Find(first, "-NEW").GetProperty("rejections").EnumerateArray().Single();
        Assert.Equal("delayed", fresh.GetProperty("code").GetString());
        Assert.Contains("the delay profile waits 120 minutes for torrent releases", fresh.GetProperty("text").GetString(), StringComparison.Ordinal);
        var good = Find(first, "-GRP");
        Assert.True(good.GetProperty("accepted").GetBoolean());

        // blocked: refused by every search from now on, and the RSS sync grabs nothing
        var blocked = await PostAsync(rig.Admin, "/api/v1/blocklist", new { guid = good.GetProperty("guid").GetString(), indexerId = good.GetProperty("indexerId").GetGuid() }, HttpStatusCode.Created);
        Assert.Equal(("Blade.Runner.1982.1080p.BluRay.x264-GRP", "blocked by admin", movie), (blocked.GetProperty("title").GetString(), blocked.GetProperty("reason").GetString(), blocked.GetProperty("movieId").GetInt32()));
        Assert.Single((await rig.Admin.GetFromJsonAsync<JsonElement>("/api/v1/blocklist", TestServer.Json)).EnumerateArray());
        Assert.Equal("blocklisted", Find(await SearchAsync(), "-GRP").GetProperty("rejections")[0].GetProperty("code").GetString());
        Assert.Equal(0, (await PostAsync(rig.Admin, "/api/v1/releases/rss-sync", new { }, HttpStatusCode.OK)).GetProperty("grabbed").GetInt32());
        Assert.Empty(Directory.Exists(rig.Blackhole) ? Directory.GetFiles(rig.Blackhole) : []);

        // let go again: accepted again
        Assert.Equal(HttpStatusCode.NoContent, (await rig.Admin.DeleteAsync($"/api/v1/blocklist/{blocked.GetProperty("id").GetInt32()}")).StatusCode);
        Assert.True(Find(await SearchAsync(), "-GRP").GetProperty("accepted").GetBoolean());

        // bad input changes nothing and says why; only admins change
        var negative = await rig.Admin.PutAsJsonAsync("/api/v1/delayprofile", new { preferredProtocol = "torrent", usenetDelay = 0, torrentDelay = -1, bypassIfHighestQuality = true });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("0 to 10080 minutes", await negative.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await rig.Admin.PutAsJsonAsync("/api/v1/delayprofile", new { preferredProtocol = "pigeon", usenetDelay = 0, torrentDelay = 0, bypassIfHighestQuality = true })).StatusCode);
        Assert.Equal(120, (await rig.Admin.GetFromJsonAsync<JsonElement>("/api/v1/delayprofile", TestServer.Json)).GetProperty("torrentDelay").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await rig.Admin.PostAsJsonAsync("/api/v1/blocklist", new { guid = "nothing", indexerId = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await rig.Admin.PostAsJsonAsync("/api/v1/blocklist", new { indexerId = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rig.Admin.DeleteAsync("/api/v1/blocklist/999")).StatusCode);
        var viewer = await rig.Server.UserAsync("viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync("/api/v1/delayprofile", new { preferredProtocol = "torrent", usenetDelay = 0, torrentDelay = 0, bypassIfHighestQuality = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/v1/blocklist", new { guid = "x", indexerId = Guid.NewGuid() })).StatusCode);
    }
}
