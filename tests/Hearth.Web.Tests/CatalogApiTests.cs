using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests;

/// <summary>
/// The automation's catalog end to end on a real server: movies and series added offline, by id through the one
/// TMDB and TVmaze clients (asking a loopback fixture server), providers that fail, and the library adopted.
/// </summary>
public sealed class CatalogApiTests
{
    internal static async Task<(TestServer Server, FakeProviders Fake)> StartAsync(bool tmdbKey = true, bool adoptOnScans = false, IReadOnlyDictionary<string, string?>? more = null)
    {
        var fake = await FakeProviders.StartAsync();
        var configuration = new Dictionary<string, string?>
        {
            ["Metadata:Tmdb:BaseUrl"] = fake.TmdbUrl,
            ["Metadata:TvMaze:BaseUrl"] = fake.TvMazeUrl,
            ["Metadata:Retries"] = "0",
            ["Metadata:CacheTtl"] = "00:00:00",
            ["Metadata:NotFoundTtl"] = "00:00:00",
            ["Metadata:Timeout"] = "00:00:02",
            // the tests adopt when they want to, through the route, unless they test the adoption after scans
            ["Acquisition:AdoptInterval"] = adoptOnScans ? "01:00:00" : "00:00:00",
        };
        if (tmdbKey)
        {
            configuration["Metadata:Tmdb:ApiKey"] = FakeProviders.ApiKey;
        }
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }
        var server = await TestServer.StartAsync(watch: false, configuration: configuration,
            services: s => s.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => new LoopbackOnlyHandler())));
        return (server, fake);
    }

    internal static async Task<JsonElement> PostAsync(HttpClient client, string route, object body, HttpStatusCode expected)
    {
        var response = await client.PostAsJsonAsync(route, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<int> CountAsync(HttpClient client, string route) =>
        (await client.GetFromJsonAsync<JsonElement>(route, TestServer.Json)).GetArrayLength();

    [Fact]
    public async Task A_movie_added_by_title_and_year_offline_is_wanted_with_the_default_profile()
    {
        var (server, fake) = await StartAsync(tmdbKey: false);
        await using var _ = server;
        await using var __ = fake;
        var movie = await PostAsync(server.Admin, "/api/v1/movies", new { title = "Metropolis", year = 1927 }, HttpStatusCode.Created);
        Assert.Equal("Metropolis", movie.GetProperty("title").GetString());
        Assert.Equal(1927, movie.GetProperty("year").GetInt32());
        Assert.Equal("wanted", movie.GetProperty("status").GetString());
        Assert.Equal("HD-1080p", movie.GetProperty("profile").GetProperty("name").GetString());
        Assert.Equal(0, movie.GetProperty("files").GetArrayLength());
        Assert.Equal("offline", movie.GetProperty("source").GetString());
        Assert.StartsWith("Added offline: TMDB cannot be asked without an API key", movie.GetProperty("note").GetString(), StringComparison.Ordinal);
        var id = movie.GetProperty("id").GetInt32();

        var list = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/movies", TestServer.Json);
        Assert.Equal(id, list.EnumerateArray().Single().GetProperty("id").GetInt32());
        var again = await PostAsync(server.Admin, "/api/v1/movies", new { title = "metropolis", year = 1927 }, HttpStatusCode.Conflict);
        Assert.Equal(id, again.GetProperty("existingId").GetInt32());

        // not yet out: unreleased; unmonitored without a file
        var future = await PostAsync(server.Admin, "/api/v1/movies", new { title = "A Film Of Next Year", year = DateTime.UtcNow.Year + 1 }, HttpStatusCode.Created);
        Assert.Equal("unreleased", future.GetProperty("status").GetString());
        var changed = await server.Admin.PutAsJsonAsync($"/api/v1/movies/{id}", new { monitored = false, profileId = 5 });
        var changedMovie = await TestServer.ReadAsync<JsonElement>(changed);
        Assert.Equal(("unmonitored", "Ultra-HD"), (changedMovie.GetProperty("status").GetString(), changedMovie.GetProperty("profile").GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, (await server.Admin.DeleteAsync($"/api/v1/movies/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/movies/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("{}", "Give a title and year, a tmdbId or an imdbId.")]
    [InlineData("""{"title":"  "}""", "The title must have 1 to 300 characters.")]
    [InlineData("""{"title":"Metropolis","year":1500}""", "1500 is no year a film can have.")]
    [InlineData("""{"imdbId":"nm0000001"}""", "'nm0000001' is no IMDb id (tt and 7 or more digits).")]
    [InlineData("""{"tmdbId":-4}""", "A TMDB id is a positive number.")]
    [InlineData("""{"title":"Metropolis","profileId":99}""", "There is no profile 99.")]
    public async Task Bad_input_is_refused_with_the_reason_and_adds_nothing(string body, string detail)
    {
        var (server, fake) = await StartAsync();
        await using var _ = server;
        await using var __ = fake;
        var response = await server.Admin.PostAsync("/api/v1/movies", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(detail, (await TestServer.ReadAsync<JsonElement>(response)).GetProperty("detail").GetString());
        Assert.Equal(0, await CountAsync(server.Admin, "/api/v1/movies"));
    }

    [Fact]
    public async Task Only_admins_change_the_catalog_and_only_signed_in_people_read_it()
    {
        var (server, fake) = await StartAsync();
        await using var _ = server;
        await using var __ = fake;
        var user = await server.UserAsync("viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsJsonAsync("/api/v1/movies", new { title = "Metropolis", year = 1927 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsJsonAsync("/api/v1/series", new { title = "Sherlock", year = 2010 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsync("/api/v1/catalog/adopt", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/movies")).StatusCode);
        foreach (var route in new[] { "/api/v1/movies", "/api/v1/series", "/api/v1/profiles", "/api/v1/movies/lookup?term=blade" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync(route)).StatusCode);
        }
    }

    [Fact]
    public async Task A_movie_added_by_tmdb_or_imdb_id_carries_tmdbs_metadata()
    {
        var (server, fake) = await StartAsync();
        await using var _ = server;
        await using var __ = fake;
        var movie = await PostAsync(server.Admin, "/api/v1/movies", new { imdbId = "tt0083658", profileId = 1, monitored = true }, HttpStatusCode.Created);
        Assert.Equal(("Blade Runner", 1982, 78), (movie.GetProperty("title").GetString(), movie.GetProperty("year").GetInt32(), movie.GetProperty("tmdbId").GetInt32()));
        Assert.Equal(("tmdb", "Any"), (movie.GetProperty("source").GetString(), movie.GetProperty("profile").GetProperty("name").GetString()));
        Assert.Equal("1982-06-25", movie.GetProperty("releaseDate").GetString());
        Assert.Equal(JsonValueKind.Null, movie.GetProperty("note").ValueKind);
        var same = await PostAsync(server.Admin, "/api/v1/movies", new { tmdbId = 78 }, HttpStatusCode.Conflict);
        Assert.Equal(movie.GetProperty("id").GetInt32(), same.GetProperty("existingId").GetInt32());
        // an offline add of the same title and year finds it too
        await PostAsync(server.Admin, "/api/v1/movies", new { title = "Blade Runner", year = 1982 }, HttpStatusCode.Conflict);

        var lookup = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/movies/lookup?term=Blade%20Runner%201982", TestServer.Json);
        var hit = lookup.EnumerateArray().First(r => r.GetProperty("id").GetString() == "78");
        Assert.Equal(movie.GetProperty("id").GetInt32(), hit.GetProperty("catalogId").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.PostAsJsonAsync("/api/v1/movies", new { tmdbId = 999999 })).StatusCode);
    }

    [Theory]
    [InlineData(500, "")]
    [InlineData(200, "<html>not json</html>")]
    [InlineData(200, """{"id": "seventy-eight", "title": 12}""")]
    public async Task A_provider_that_fails_or_talks_garbage_leaves_the_catalog_as_it_was_and_says_so(int status, string body)
    {
        var (server, fake) = await StartAsync();
        await using var _ = server;
        await using var __ = fake;
        fake.Override("/tmdb/3/movie/78", async (http, _) =>
        {
            http.Response.StatusCode = status;
            await http.Response.WriteAsync(body);
            return true;
        });
        var problem = await PostAsync(server.Admin, "/api/v1/movies", new { tmdbId = 78 }, HttpStatusCode.BadGateway);
        Assert.Equal("TMDB could not be asked", problem.GetProperty("title").GetString());
        Assert.EndsWith("Nothing was added or changed.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(server.Admin, "/api/v1/movies"));

        // by title and year the movie is still added, offline, and the note says why
        var offline = await PostAsync(server.Admin, "/api/v1/movies", new { title = "Blade Runner", year = 1982 }, HttpStatusCode.Created);
        Assert.Equal("offline", offline.GetProperty("source").GetString());
        Assert.StartsWith("Added offline: TMDB found the film but its details could not be read", offline.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_series_added_by_tvdb_id_gets_its_episodes_monitored_as_chosen()
    {
        var (server, fake) = await StartAsync();
        await using var _ = server;
        await using var __ = fake;
        var series = await PostAsync(server.Admin, "/api/v1/series", new { tvdbId = 176941, monitor = "firstSeason" }, HttpStatusCode.Created);
        Assert.Equal(("Sherlock", 2010, 335, 176941), (series.GetProperty("title").GetString(), series.GetProperty("year").GetInt32(),
            series.GetProperty("tvMazeId").GetInt32(), series.GetProperty("tvdbId").GetInt32()));
        var episodes = series.GetProperty("episodes").EnumerateArray().ToList();
        Assert.NotEmpty(episodes);
        Assert.All(episodes, e => Assert.Equal(e.GetProperty("season").GetInt32() == 1, e.GetProperty("monitored").GetBoolean()));
        Assert.Equal("wanted", series.GetProperty("status").GetString());
        await PostAsync(server.Admin, "/api/v1/series", new { imdbId = "tt1475582" }, HttpStatusCode.Conflict);
        var bad = await PostAsync(server.Admin, "/api/v1/series", new { title = "Sherlock", monitor = "sometimes" }, HttpStatusCode.BadRequest);
        Assert.StartsWith("'sometimes' is no monitoring choice", bad.GetProperty("detail").GetString(), StringComparison.Ordinal);

        fake.Override("/tvmaze/shows/335/episodes", async (http, _) =>
        {
            http.Response.StatusCode = 503;
            await http.Response.WriteAsync("busy");
            return true;
        });
        await server.Admin.DeleteAsync($"/api/v1/series/{series.GetProperty("id").GetInt32()}");
        var down = await PostAsync(server.Admin, "/api/v1/series", new { tvMazeId = 335 }, HttpStatusCode.BadGateway);
        Assert.Equal("TVmaze could not be asked", down.GetProperty("title").GetString());
        Assert.Equal(0, await CountAsync(server.Admin, "/api/v1/series"));
    }

    [Fact]
    public async Task The_library_is_adopted_with_its_files_qualities_once_and_follows_their_removal()
    {
        var (server, fake) = await StartAsync(tmdbKey: false);
        await using var _ = server;
        await using var __ = fake;
        var film = server.Folder.Combine("Movies", "Blade Runner (1982)", "Blade.Runner.1982.1080p.BluRay.x264-GRP.mkv");
        var small = server.Folder.Combine("Movies", "Metropolis (1927)", "Metropolis.1927.DVDRip.x264-OLD.mkv");
        var episode = server.Folder.Combine("Shows", "The Expanse", "Season 02", "The.Expanse.S02E05.720p.HDTV.x264-GRP.mkv");
        foreach (var path in new[] { film, small, episode })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await Media.ClipAsync(path, 1, "mkv");
        }
        var movies = await server.AddLibraryAsync("Movies", "movies", server.Folder.Combine("Movies"));
        await server.AddLibraryAsync("Shows", "shows", server.Folder.Combine("Shows"));
        // an offline add before the adoption: the library's copy joins it instead of adding another
        var metropolis = await PostAsync(server.Admin, "/api/v1/movies", new { title = "Metropolis", year = 1927 }, HttpStatusCode.Created);

        var counts = await PostAsync(server.Admin, "/api/v1/catalog/adopt", new { }, HttpStatusCode.OK);
        Assert.Equal((1, 1, 3), (counts.GetProperty("moviesAdded").GetInt32(), counts.GetProperty("seriesAdded").GetInt32(), counts.GetProperty("filesAdded").GetInt32()));

        var list = (await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/movies", TestServer.Json)).EnumerateArray().ToList();
        Assert.Equal(2, list.Count);
        var blade = list.Single(m => m.GetProperty("title").GetString() == "Blade Runner");
        Assert.Equal(("Bluray-1080p", "cutoffMet", false, "library"), (blade.GetProperty("files")[0].GetProperty("quality").GetString(),
            blade.GetProperty("status").GetString(), blade.GetProperty("monitored").GetBoolean(), blade.GetProperty("source").GetString()));
        var old = list.Single(m => m.GetProperty("title").GetString() == "Metropolis");
        Assert.Equal(metropolis.GetProperty("id").GetInt32(), old.GetProperty("id").GetInt32());
        Assert.Equal(("DVD", "have"), (old.GetProperty("files")[0].GetProperty("quality").GetString(), old.GetProperty("status").GetString()));

        var shows = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/series", TestServer.Json);
        var expanse = shows.EnumerateArray().Single();
        Assert.Equal(("The Expanse", "future", 1), (expanse.GetProperty("title").GetString(), expanse.GetProperty("monitor").GetString(), expanse.GetProperty("episodesWithFiles").GetInt32()));
        var detail = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/series/{expanse.GetProperty("id").GetInt32()}", TestServer.Json);
        var e5 = detail.GetProperty("episodes").EnumerateArray().Single();
        Assert.Equal((2, 5, true), (e5.GetProperty("season").GetInt32(), e5.GetProperty("number").GetInt32(), e5.GetProperty("hasFile").GetBoolean()));
        Assert.Equal("HDTV-720p", detail.GetProperty("files")[0].GetProperty("quality").GetString());

        // again: nothing new
        var second = await PostAsync(server.Admin, "/api/v1/catalog/adopt", new { }, HttpStatusCode.OK);
        Assert.Equal(0, second.GetProperty("moviesAdded").GetInt32() + second.GetProperty("seriesAdded").GetInt32() + second.GetProperty("filesAdded").GetInt32() + second.GetProperty("filesChanged").GetInt32());

        // a file leaves the library: it leaves the catalog; the movie stays, wanted again once monitored
        File.Delete(small);
        await server.Admin.PostAsync($"/api/v1/libraries/{movies}/scan", null);
        await server.WaitForScanAsync(movies);
        var third = await PostAsync(server.Admin, "/api/v1/catalog/adopt", new { }, HttpStatusCode.OK);
        Assert.Equal(1, third.GetProperty("filesRemoved").GetInt32());
        var after = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/movies/{old.GetProperty("id").GetInt32()}", TestServer.Json);
        Assert.Equal(("wanted", 0), (after.GetProperty("status").GetString(), after.GetProperty("files").GetArrayLength()));
    }

    [Fact]
    public async Task A_new_library_is_adopted_once_its_scan_has_finished_without_being_asked()
    {
        var (server, fake) = await StartAsync(tmdbKey: false, adoptOnScans: true);
        await using var _ = server;
        await using var __ = fake;
        var film = server.Folder.Combine("Movies", "Nosferatu (1922)", "Nosferatu.1922.1080p.BluRay.x264-GRP.mkv");
        Directory.CreateDirectory(Path.GetDirectoryName(film)!);
        await Media.ClipAsync(film, 1, "mkv");
        await server.AddLibraryAsync("Movies", "movies", server.Folder.Combine("Movies"));
        var until = DateTime.UtcNow.AddSeconds(30);
        JsonElement movies;
        do
        {
            await Task.Delay(200);
            movies = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/movies", TestServer.Json);
        }
        while (movies.GetArrayLength() == 0 && DateTime.UtcNow < until);
        var movie = Assert.Single(movies.EnumerateArray());
        Assert.Equal(("Nosferatu", "Bluray-1080p"), (movie.GetProperty("title").GetString(), movie.GetProperty("files")[0].GetProperty("quality").GetString()));
    }

    [Fact]
    public async Task The_default_profiles_are_there_from_the_start()
    {
        var (server, fake) = await StartAsync();
        await using var _ = server;
        await using var __ = fake;
        var profiles = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/profiles", TestServer.Json);
        Assert.Equal(["Any", "SD", "HD-720p", "HD-1080p", "Ultra-HD", "HD - 720p/1080p"], profiles.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var hd = profiles.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "HD-1080p");
        Assert.Equal("WEB 1080p", hd.GetProperty("cutoff").GetString());
        Assert.Contains(hd.GetProperty("items").EnumerateArray(), i => i.GetProperty("name").GetString() == "WEB 1080p"
            && i.GetProperty("allowed").GetBoolean() && i.GetProperty("qualities").GetArrayLength() == 2);
    }
}

/// <summary>Refuses any request not to loopback: the tests must never leave the machine.</summary>
internal sealed class LoopbackOnlyHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.RequestUri is { IsLoopback: true }
            ? base.SendAsync(request, cancellationToken)
            : throw new HttpRequestException($"test server tried to reach {request.RequestUri?.Host}");
}
