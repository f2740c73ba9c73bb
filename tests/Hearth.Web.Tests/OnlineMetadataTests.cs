using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests;

/// <summary>
/// Online metadata end to end: a real server with the real TMDB and TVmaze clients, asking a loopback fixture
/// server (<see cref="FakeProviders"/>) that also serves the pictures; every outgoing request of the server is
/// refused unless it goes to loopback, so no test reaches the internet.
/// </summary>
public sealed class OnlineMetadataTests
{
    private sealed record Rig(TestServer Server, FakeProviders Fake) : IAsyncDisposable
    {
        public HttpClient Admin => Server.Admin;

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            await Fake.DisposeAsync();
        }
    }

    private static async Task<Rig> StartAsync(bool tmdbKey = true)
    {
        var fake = await FakeProviders.StartAsync();
        fake.LoopbackImages = true;
        var configuration = new Dictionary<string, string?>
        {
            ["Metadata:Tmdb:BaseUrl"] = fake.TmdbUrl,
            ["Metadata:TvMaze:BaseUrl"] = fake.TvMazeUrl,
            ["Metadata:Retries"] = "0",
            ["Metadata:CacheTtl"] = "00:00:00",
            ["Metadata:NotFoundTtl"] = "00:00:00",
            ["Metadata:BreakDuration"] = "00:00:00.500",
            ["Metadata:Timeout"] = "00:00:05",
            ["Metadata:Refresh:PollInterval"] = "00:00:00.100",
            ["Metadata:Refresh:RetryFirst"] = "00:00:00.300",
            ["Metadata:Refresh:RetryMax"] = "00:00:01",
        };
        if (tmdbKey)
        {
            // left out otherwise, so a key set in Settings is not hidden behind this one
            configuration["Metadata:Tmdb:ApiKey"] = FakeProviders.ApiKey;
        }

        var server = await TestServer.StartAsync(watch: false, configuration: configuration, services: s => s.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => new LoopbackOnlyHandler())));
        return new Rig(server, fake);
    }


    private static async Task<(Guid Library, Guid Item)> FilmAsync(Rig rig, string relative, string? nfo = null, string kind = "movies")
    {
        var path = rig.Server.Folder.Combine("Media", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Media.ClipAsync(path, 1, "mkv");
        if (nfo is not null)
        {
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(path)!, "movie.nfo"), nfo);
        }

        var library = await rig.Server.AddLibraryAsync("Media", kind, rig.Server.Folder.Combine("Media"));
        var items = await rig.Server.ItemsAsync(rig.Admin, $"libraryId={library}");
        return (library, items.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    private static async Task<JsonElement> MetadataAsync(Rig rig, Guid item) =>
        await rig.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{item}/metadata", TestServer.Json);

    private static async Task<JsonElement> DetailAsync(Rig rig, Guid item) =>
        await rig.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{item}", TestServer.Json);

    private static async Task<JsonElement> WaitForAsync(Rig rig, Guid item, Func<JsonElement, bool> done, double seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var record = await MetadataAsync(rig, item);
            if (done(record))
            {
                return record;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"metadata of {item} never got there: {record}");
            }

            await Task.Delay(50);
        }
    }

    private static Task<JsonElement> WaitForStateAsync(Rig rig, Guid item, string state) =>
        WaitForAsync(rig, item, r => r.GetProperty("state").GetString() == state);

    private static string? State(JsonElement record) => record.GetProperty("state").GetString();

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString());

    private static async Task<byte[]> PosterAsync(Rig rig, Guid item)
    {
        var response = await rig.Admin.GetAsync($"/api/v1/items/{item}/images/poster");
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsByteArrayAsync() : [];
    }

    private static bool FetchedPicture(FakeProviders fake, byte[] bytes) =>
        fake.Requests.Any(r => r.Path.StartsWith("/img/", StringComparison.Ordinal) && FakeProviders.PictureBytes(r.Path).AsSpan().SequenceEqual(bytes));

    [Fact]
    public async Task BareFilm_AfterItsScan_GetsTitleOverviewGenresCastCollectionAndPoster()
    {
        await using var rig = await StartAsync();
        var (_, item) = await FilmAsync(rig, "Blade.Runner.1982.Final.Cut.1080p.BluRay.x264-GRP.mkv");

        var record = await WaitForStateAsync(rig, item, "matched");
        Assert.Equal("tmdb", record.GetProperty("provider").GetString());
        Assert.Equal("78", record.GetProperty("providerId").GetString());

        var detail = await DetailAsync(rig, item);
        Assert.Equal("Blade Runner", detail.GetProperty("item").GetProperty("title").GetString());
        Assert.Equal(1982, detail.GetProperty("item").GetProperty("year").GetInt32());
        Assert.StartsWith("In the smog-choked dystopian Los Angeles", detail.GetProperty("overview").GetString(), StringComparison.Ordinal);
        Assert.Contains("Science Fiction", Strings(detail.GetProperty("genres")));
        var people = detail.GetProperty("people").EnumerateArray().ToList();
        Assert.Contains(people, p => p.GetProperty("name").GetString() == "Harrison Ford" && p.GetProperty("role").GetString() == "Rick Deckard");
        Assert.Contains(people, p => p.GetProperty("name").GetString() == "Ridley Scott");
        Assert.Equal("Blade Runner Collection", detail.GetProperty("collection").GetProperty("name").GetString());

        // the poster the route serves is the provider's picture, fetched from the fixture server, not a frame of the clip
        var poster = await PosterAsync(rig, item);
        Assert.True(FetchedPicture(rig.Fake, poster), "the poster route does not serve a downloaded picture");
        Assert.Contains(rig.Fake.Requests, r => r.Path.EndsWith("/63N9uy8nd9j7Eog2axPQ8lbr3Wj.jpg", StringComparison.Ordinal));

        // the collection's own pictures, for someone who may see one of its films
        var collection = detail.GetProperty("collection").GetProperty("id").GetGuid();
        var collectionPoster = await rig.Admin.GetAsync($"/api/v1/collections/{collection}/images/poster");
        Assert.Equal(HttpStatusCode.OK, collectionPoster.StatusCode);
        Assert.True(FetchedPicture(rig.Fake, await collectionPoster.Content.ReadAsByteArrayAsync()), "the collection's poster is not the provider's picture");
        Assert.Contains(rig.Fake.Requests, r => r.Path.EndsWith("/qTcATCpiFDcgY8snQIfS2j0bFP7.jpg", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, (await rig.Admin.GetAsync($"/api/v1/collections/{collection}/images/thumb")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rig.Admin.GetAsync($"/api/v1/collections/{Guid.NewGuid()}/images/poster")).StatusCode);
        using var stranger = await rig.Server.UserAsync("stranger");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/collections/{collection}/images/poster")).StatusCode);
    }

    [Fact]
    public async Task NfoBesideTheFilm_WinsForItsFields_AndTheProviderFillsTheRest()
    {
        await using var rig = await StartAsync();
        var (_, item) = await FilmAsync(
            rig,
            "Blade Runner (1982)/Blade Runner (1982).mkv",
            "<movie><title>Blade Runner (Our Copy)</title><year>1982</year><plot>The plot our NFO tells.</plot><uniqueid type=\"tmdb\">78</uniqueid></movie>");

        var record = await WaitForStateAsync(rig, item, "matched");
        Assert.Contains("title", Strings(record.GetProperty("localFields")));
        Assert.Contains("overview", Strings(record.GetProperty("localFields")));

        var detail = await DetailAsync(rig, item);
        Assert.Equal("Blade Runner (Our Copy)", detail.GetProperty("item").GetProperty("title").GetString());
        Assert.Equal("The plot our NFO tells.", detail.GetProperty("overview").GetString());
        Assert.Contains("Science Fiction", Strings(detail.GetProperty("genres")));
        Assert.Contains(detail.GetProperty("people").EnumerateArray(), p => p.GetProperty("name").GetString() == "Harrison Ford");
        Assert.Equal("Man has made his match... now it's his problem.", detail.GetProperty("tagline").GetString());
    }

    [Fact]
    public async Task EditedField_SurvivesARefreshAndARescan()
    {
        await using var rig = await StartAsync();
        var (library, item) = await FilmAsync(rig, "Blade.Runner.1982.Final.Cut.1080p.BluRay.x264-GRP.mkv");
        var matched = await WaitForStateAsync(rig, item, "matched");

        (await rig.Admin.PatchAsJsonAsync($"/api/v1/items/{item}/metadata", new { overview = "Ours.", title = "Blade Runner (Ours)" })).EnsureSuccessStatusCode();

        var before = matched.GetProperty("refreshedMs").GetInt64();
        var searched = rig.Fake.CountTo("/tmdb/3/movie/78");
        Assert.Equal(HttpStatusCode.Accepted, (await rig.Admin.PostAsync($"/api/v1/items/{item}/refresh", null)).StatusCode);
        await WaitForAsync(rig, item, r => State(r) == "matched" && r.GetProperty("refreshedMs").GetInt64() > before);
        Assert.True(rig.Fake.CountTo("/tmdb/3/movie/78") > searched, "the refresh did not ask the provider again");

        var detail = await DetailAsync(rig, item);
        Assert.Equal("Ours.", detail.GetProperty("overview").GetString());
        Assert.Equal("Blade Runner (Ours)", detail.GetProperty("item").GetProperty("title").GetString());
        Assert.Contains("Science Fiction", Strings(detail.GetProperty("genres")));

        var video = Directory.GetFiles(rig.Server.Folder.Combine("Media"), "*.mkv").Single();
        File.SetLastWriteTimeUtc(video, DateTime.UtcNow.AddMinutes(1));
        await rig.Server.RescanAsync(library);
        await Task.Delay(500);
        await WaitForStateAsync(rig, item, "matched");
        detail = await DetailAsync(rig, item);
        Assert.Equal("Ours.", detail.GetProperty("overview").GetString());
        Assert.Equal("Blade Runner (Ours)", detail.GetProperty("item").GetProperty("title").GetString());
    }

    [Theory]
    [InlineData(500)]
    [InlineData(200)]
    [InlineData(401)]
    public async Task ProviderFailing_LeavesTheItemFailedWithTheOutcome_AndALaterTrySucceedsOnceFixed(int status)
    {
        await using var rig = await StartAsync();
        var broken = true;
        rig.Fake.Override("/tmdb/3/search/movie", async (http, _) =>
        {
            if (!Volatile.Read(ref broken))
            {
                return false;
            }

            if (status == 200)
            {
                // garbage: a 200 that is not the answer's shape
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync("{\"page\": \"<html>oops");
            }
            else
            {
                await FakeProviders.JsonAsync(http, FakeProviders.Fixture(status == 401 ? "tmdb-401.json" : "tmdb-404.json"), status);
            }

            return true;
        });

        var (_, item) = await FilmAsync(rig, "Blade.Runner.1982.Final.Cut.1080p.BluRay.x264-GRP.mkv");
        var failed = await WaitForStateAsync(rig, item, "failed");
        var outcome = failed.GetProperty("lastOutcome").GetString();
        Assert.Equal(status switch { 500 => "unavailable", 401 => "unauthorized", _ => "garbage" }, outcome);
        Assert.True(failed.GetProperty("retryAtMs").ValueKind == JsonValueKind.Number);

        var detail = await DetailAsync(rig, item);
        Assert.Equal("Blade Runner", detail.GetProperty("item").GetProperty("title").GetString());
        Assert.Null(detail.GetProperty("overview").GetString());
        Assert.Empty(detail.GetProperty("genres").EnumerateArray());

        Volatile.Write(ref broken, false);
        await WaitForStateAsync(rig, item, "matched");
        detail = await DetailAsync(rig, item);
        Assert.StartsWith("In the smog-choked", detail.GetProperty("overview").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Identify_ByTmdbOrImdbId_AppliesThatFilm_AndSearchListsCandidates()
    {
        await using var rig = await StartAsync();
        var (_, item) = await FilmAsync(rig, "Replicant.Story.1982.mkv");
        var first = await WaitForAsync(rig, item, r => State(r) is "unmatched" or "matched" or "failed");
        Assert.Equal("unmatched", State(first));

        var search = await rig.Admin.PostAsJsonAsync($"/api/v1/items/{item}/identify/search", new { title = "Blade Runner" });
        search.EnsureSuccessStatusCode();
        var candidates = (await TestServer.ReadAsync<JsonElement>(search)).EnumerateArray().ToList();
        Assert.Contains(candidates, c => c.GetProperty("id").GetString() == "78" && c.GetProperty("title").GetString() == "Blade Runner");

        var byTmdb = await rig.Admin.PostAsJsonAsync($"/api/v1/items/{item}/identify", new { tmdb = "78" });
        byTmdb.EnsureSuccessStatusCode();
        var record = await TestServer.ReadAsync<JsonElement>(byTmdb);
        Assert.Equal("matched", State(record));
        Assert.Equal("78", record.GetProperty("providerId").GetString());
        Assert.True(record.GetProperty("matchedByPerson").GetBoolean());
        Assert.Equal("Blade Runner", (await DetailAsync(rig, item)).GetProperty("item").GetProperty("title").GetString());

        // by IMDb id: found through TMDB's find, the same film
        await using var other = await StartAsync();
        var (_, second) = await FilmAsync(other, "Replicant.Story.1982.mkv");
        await WaitForAsync(other, second, r => State(r) is "unmatched" or "matched" or "failed");
        var byImdb = await other.Admin.PostAsJsonAsync($"/api/v1/items/{second}/identify", new { imdb = "tt0083658" });
        byImdb.EnsureSuccessStatusCode();
        Assert.Equal("78", (await TestServer.ReadAsync<JsonElement>(byImdb)).GetProperty("providerId").GetString());
        var detail = await DetailAsync(other, second);
        Assert.Equal("Blade Runner", detail.GetProperty("item").GetProperty("title").GetString());
        Assert.Contains("Science Fiction", Strings(detail.GetProperty("genres")));
    }

    [Fact]
    public async Task ChoosingAnotherPoster_ChangesTheServedBytes_AndAnUnlistedUrlIsRefused()
    {
        await using var rig = await StartAsync();
        var (_, item) = await FilmAsync(rig, "Blade.Runner.1982.Final.Cut.1080p.BluRay.x264-GRP.mkv");
        await WaitForStateAsync(rig, item, "matched");
        var before = await PosterAsync(rig, item);

        var remote = await rig.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{item}/images/remote?role=poster", TestServer.Json);
        var urls = remote.EnumerateArray().Select(r => r.GetProperty("url").GetString()!).ToList();
        Assert.True(urls.Count >= 2, $"only {urls.Count} posters listed");
        Assert.All(urls, u => Assert.StartsWith(rig.Fake.Url, u, StringComparison.Ordinal));
        var other = urls.First(u => !FakeProviders.PictureBytes(new Uri(u).AbsolutePath).AsSpan().SequenceEqual(before));

        var chosen = await rig.Admin.PostAsJsonAsync($"/api/v1/items/{item}/images/poster", new { url = other });
        chosen.EnsureSuccessStatusCode();
        var after = await PosterAsync(rig, item);
        Assert.Equal(FakeProviders.PictureBytes(new Uri(other).AbsolutePath), after);
        Assert.NotEqual(before, after);

        var refused = await rig.Admin.PostAsJsonAsync($"/api/v1/items/{item}/images/poster", new { url = rig.Fake.Url + "/img/tmdb/t/p/original/not-listed.jpg" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(after, await PosterAsync(rig, item));
    }

    [Fact]
    public async Task PoorCandidatesOnly_LeaveTheFilmUnmatched_ListedWithAReason()
    {
        await using var rig = await StartAsync();
        var (library, item) = await FilmAsync(rig, "Blade.Of.The.Immortal.2017.mkv");
        var record = await WaitForAsync(rig, item, r => State(r) is "unmatched" or "matched" or "failed");
        Assert.Equal("unmatched", State(record));

        var unmatched = await rig.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/metadata/unmatched?libraryId={library}", TestServer.Json);
        var entry = unmatched.EnumerateArray().Single(u => u.GetProperty("itemId").GetGuid() == item);
        Assert.Equal("unmatched", entry.GetProperty("state").GetString());
        Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("reason").GetString()));
        Assert.NotEmpty(record.GetProperty("alternatives").EnumerateArray());
        Assert.Null((await DetailAsync(rig, item)).GetProperty("overview").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task BareEpisode_GetsTheShowsTitleAndOverview_AndTheEpisodeTitle(bool tmdbKey)
    {
        await using var rig = await StartAsync(tmdbKey);
        var (_, show) = await FilmAsync(rig, "Sherlock.S01E01.mkv", kind: "shows");
        var record = await WaitForStateAsync(rig, show, "matched");
        Assert.Equal(tmdbKey ? "tmdb" : "tvmaze", record.GetProperty("provider").GetString());

        var detail = await DetailAsync(rig, show);
        Assert.Equal("Sherlock", detail.GetProperty("item").GetProperty("title").GetString());
        Assert.Contains(tmdbKey ? "famous sleuth" : "consulting detective", detail.GetProperty("overview").GetString(), StringComparison.Ordinal);

        var season = (await rig.Server.ItemsAsync(rig.Admin, $"parentId={show}")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var episode = (await rig.Server.ItemsAsync(rig.Admin, $"parentId={season}")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var until = DateTime.UtcNow.AddSeconds(20);
        string? title;
        do
        {
            title = (await DetailAsync(rig, episode)).GetProperty("item").GetProperty("title").GetString();
            await Task.Delay(100);
        }
        while (title != "A Study in Pink" && DateTime.UtcNow < until);
        Assert.True(title == "A Study in Pink", $"episode title {title}; asked: {string.Join(", ", rig.Fake.Requests.Select(r => r.Path + r.Query))}");
        Assert.Equal(tmdbKey, rig.Fake.Requests.Any(r => r.Path.StartsWith("/tmdb/3/tv/19885/season/1", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WriteNfo_TurnedOn_MatchedFilmsGetAKodiNfo_WithEdits_AndAPersonsNfoIsNeverReplaced()
    {
        await using var rig = await StartAsync();
        var heat = rig.Server.Folder.Combine("Media", "Heat (1995)");
        Directory.CreateDirectory(heat);
        await Media.ClipAsync(Path.Combine(heat, "Heat (1995).mkv"), 1, "mkv");
        const string theirs = "<movie><title>Heat</title><year>1995</year><plot>Their own words.</plot></movie>";
        File.WriteAllText(Path.Combine(heat, "movie.nfo"), theirs);
        var (library, _) = await FilmAsync(rig, "Blade Runner (1982)/Blade.Runner.1982.Final.Cut.1080p.BluRay.x264-GRP.mkv");
        var items = (await rig.Server.ItemsAsync(rig.Admin, $"libraryId={library}")).GetProperty("items").EnumerateArray().ToList();
        var blade = items.Single(i => i.GetProperty("title").GetString() == "Blade Runner").GetProperty("id").GetGuid();
        await WaitForStateAsync(rig, blade, "matched");
        var ours = rig.Server.Folder.Combine("Media", "Blade Runner (1982)", "Blade.Runner.1982.Final.Cut.1080p.BluRay.x264-GRP.nfo");
        Assert.False(File.Exists(ours), "off by default");

        var patched = await rig.Admin.PatchAsJsonAsync($"/api/v1/libraries/{library}", new { writeNfo = true });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.True((await patched.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("writeNfo").GetBoolean());

        // what was matched before gets its file in the background
        for (var i = 0; i < 100 && !File.Exists(ours); i++)
        {
            await Task.Delay(100);
        }

        var nfo = Hearth.Library.Metadata.NfoReader.Read(ours);
        Assert.True(nfo.WrittenByHearth);
        Assert.Equal("Blade Runner", nfo.Title);
        Assert.Equal(1982, nfo.Year);
        Assert.Equal("78", nfo.ProviderIds["tmdb"]);
        Assert.Contains("replicants", nfo.Plot, StringComparison.Ordinal);
        Assert.NotEmpty(nfo.Genres);
        Assert.Equal(theirs, File.ReadAllText(Path.Combine(heat, "movie.nfo")));
        Assert.False(File.Exists(Path.Combine(heat, "Heat (1995).nfo")));

        // a person's edit goes into the file too
        var edited = await rig.Admin.PatchAsJsonAsync($"/api/v1/items/{blade}/metadata", new { tagline = "More human than human." });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("More human than human.", Hearth.Library.Metadata.NfoReader.Read(ours).Tagline);

        // a rescan reads the file back as Hearth's own copy: nothing in it becomes the folder's own
        await rig.Server.RescanAsync(library);
        var record = await MetadataAsync(rig, blade);
        Assert.Empty(record.GetProperty("localFields").EnumerateArray());
        Assert.Equal("matched", State(record));
        Assert.Equal("More human than human.", (await DetailAsync(rig, blade)).GetProperty("tagline").GetString());
    }

    [Fact]
    public async Task LibraryLanguage_ItsOwnIsAskedFor_ABadOneIsRefused_AndEmptyFollowsTheServer()
    {
        // no key at first, so nothing is asked before the library has its language
        await using var rig = await StartAsync(tmdbKey: false);
        var (library, item) = await FilmAsync(rig, "Blade.Runner.1982.Final.Cut.1080p.BluRay.x264-GRP.mkv");

        var bad = await rig.Admin.PatchAsJsonAsync($"/api/v1/libraries/{library}", new { language = "not a language" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("language tag", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var set = await rig.Admin.PatchAsJsonAsync($"/api/v1/libraries/{library}", new { language = "de-DE" });
        Assert.Equal("de-DE", (await set.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("language").GetString());

        var saved = await rig.Admin.PutAsJsonAsync("/api/v1/settings", new { values = new Dictionary<string, string?> { ["Metadata:Tmdb:ApiKey"] = FakeProviders.ApiKey } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await WaitForStateAsync(rig, item, "matched");

        var asked = rig.Fake.Requests.Where(r => r.Path is "/tmdb/3/search/movie" or "/tmdb/3/movie/78").ToList();
        Assert.NotEmpty(asked);
        Assert.All(asked, r => Assert.Contains("language=de-DE", r.Query, StringComparison.Ordinal));

        var cleared = await rig.Admin.PatchAsJsonAsync($"/api/v1/libraries/{library}", new { language = "" });
        Assert.Equal(JsonValueKind.Null, (await cleared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("language").ValueKind);
    }

    [Fact]
    public async Task NoTmdbKey_FilmsWaitAsTheirFilesSay_UntilAKeyIsSetInSettings()
    {
        await using var rig = await StartAsync(tmdbKey: false);
        var (library, item) = await FilmAsync(rig, "Blade.Runner.1982.Final.Cut.1080p.BluRay.x264-GRP.mkv");

        // many polls of the worker pass: with no key nothing is asked, nothing is written, nothing is retried
        await Task.Delay(TimeSpan.FromSeconds(2));
        var record = await rig.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{item}/metadata", TestServer.Json);
        Assert.Equal("pending", State(record));
        Assert.Equal(JsonValueKind.Null, record.GetProperty("retryAtMs").ValueKind);
        Assert.DoesNotContain(rig.Fake.Requests, r => r.Path.StartsWith("/tmdb/", StringComparison.Ordinal));

        var detail = await DetailAsync(rig, item);
        Assert.Equal("Blade Runner", detail.GetProperty("item").GetProperty("title").GetString());
        Assert.Null(detail.GetProperty("overview").GetString());
        var libraries = await rig.Admin.GetFromJsonAsync<JsonElement>("/api/v1/libraries", TestServer.Json);
        Assert.StartsWith("no TMDB key", libraries.EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == library).GetProperty("metadata").GetString(), StringComparison.Ordinal);

        // the household adds its key: what waited is matched without a rescan
        var saved = await rig.Admin.PutAsJsonAsync("/api/v1/settings", new { values = new Dictionary<string, string?> { ["Metadata:Tmdb:ApiKey"] = FakeProviders.ApiKey } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        record = await WaitForStateAsync(rig, item, "matched");
        Assert.Equal("tmdb", record.GetProperty("provider").GetString());
        Assert.Contains("replicant", (await DetailAsync(rig, item)).GetProperty("overview").GetString(), StringComparison.OrdinalIgnoreCase);
    }
}
