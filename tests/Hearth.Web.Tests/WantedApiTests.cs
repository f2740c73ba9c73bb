using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Testing;
using static Hearth.Web.Tests.CatalogApiTests;

namespace Hearth.Web.Tests;

/// <summary>The wanted list on a real server: what is monitored and out, missing or below the cutoff, and the switches of monitoring.</summary>
public sealed class WantedApiTests
{
    private static async Task<List<JsonElement>> WantedAsync(HttpClient client, string query = "") =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/wanted" + query, TestServer.Json)).EnumerateArray().ToList();

    [Fact]
    public async Task Missing_and_cutoff_unmet_movies_and_aired_episodes_are_wanted_and_nothing_else()
    {
        var (server, fake) = await StartAsync();
        await using var _ = server;
        await using var __ = fake;
        var dvd = server.Folder.Combine("Movies", "Metropolis (1927)", "Metropolis.1927.DVDRip.x264-OLD.mkv");
        Directory.CreateDirectory(Path.GetDirectoryName(dvd)!);
        await Media.ClipAsync(dvd, 1, "mkv");
        await server.AddLibraryAsync("Movies", "movies", server.Folder.Combine("Movies"));
        await PostAsync(server.Admin, "/api/v1/catalog/adopt", new { }, HttpStatusCode.OK);

        var missing = await PostAsync(server.Admin, "/api/v1/movies", new { title = "Nosferatu", year = 1922 }, HttpStatusCode.Created);
        await PostAsync(server.Admin, "/api/v1/movies", new { title = "Not Out Yet", year = DateTime.UtcNow.Year + 2 }, HttpStatusCode.Created);
        await PostAsync(server.Admin, "/api/v1/movies", new { title = "Not Wanted", year = 1950, monitored = false }, HttpStatusCode.Created);
        var sherlock = await PostAsync(server.Admin, "/api/v1/series", new { tvMazeId = 335, monitor = "all" }, HttpStatusCode.Created);

        var wanted = await WantedAsync(server.Admin);
        var movie = Assert.Single(wanted, w => w.GetProperty("kind").GetString() == "movie");
        Assert.Equal((missing.GetProperty("id").GetInt32(), "missing"), (movie.GetProperty("movieId").GetInt32(), movie.GetProperty("reason").GetString()));
        var episodes = wanted.Where(w => w.GetProperty("kind").GetString() == "episode").ToList();
        Assert.Equal([(1, 1), (1, 2), (1, 3)], episodes.Where(e => e.GetProperty("season").GetInt32() > 0)
            .Select(e => (e.GetProperty("season").GetInt32(), e.GetProperty("episode").GetInt32())));
        Assert.All(episodes, e => Assert.Equal(sherlock.GetProperty("id").GetInt32(), e.GetProperty("seriesId").GetInt32()));
        Assert.All(episodes, e => Assert.True(e.GetProperty("episodeId").GetInt32() > 0));

        // the adopted DVD is not wanted until it is monitored; then its file is below HD-1080p's cutoff
        var adopted = (await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/movies", TestServer.Json)).EnumerateArray()
            .Single(m => m.GetProperty("title").GetString() == "Metropolis");
        await server.Admin.PutAsJsonAsync($"/api/v1/movies/{adopted.GetProperty("id").GetInt32()}", new { monitored = true });
        var upgrade = Assert.Single(await WantedAsync(server.Admin, "?reason=cutoffUnmet"));
        Assert.Equal((adopted.GetProperty("id").GetInt32(), "DVD"), (upgrade.GetProperty("movieId").GetInt32(), upgrade.GetProperty("quality").GetString()));
        Assert.Equal(2, (await WantedAsync(server.Admin, "?kind=movie")).Count);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Admin.GetAsync("/api/v1/wanted?kind=song")).StatusCode);

        // monitoring switched off for one episode, then the season, then a choice applied again
        var first = episodes.First(e => e.GetProperty("episode").GetInt32() == 1).GetProperty("episodeId").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await server.Admin.PutAsJsonAsync($"/api/v1/episodes/{first}", new { monitored = false })).StatusCode);
        Assert.DoesNotContain(await WantedAsync(server.Admin, "?kind=episode"), e => e.GetProperty("episodeId").GetInt32() == first);
        var id = sherlock.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await server.Admin.PutAsJsonAsync($"/api/v1/series/{id}/seasons/1", new { monitored = false })).StatusCode);
        Assert.DoesNotContain(await WantedAsync(server.Admin, "?kind=episode"), e => e.GetProperty("season").GetInt32() == 1);
        Assert.Equal(HttpStatusCode.NoContent, (await server.Admin.PutAsJsonAsync($"/api/v1/series/{id}/monitor", new { monitor = "firstSeason" })).StatusCode);
        Assert.Equal(3, (await WantedAsync(server.Admin, "?kind=episode")).Count);
        Assert.Equal(HttpStatusCode.NoContent, (await server.Admin.PutAsJsonAsync($"/api/v1/series/{id}/monitor", new { monitor = "none" })).StatusCode);
        Assert.Empty(await WantedAsync(server.Admin, "?kind=episode"));
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Admin.PutAsJsonAsync($"/api/v1/series/{id}/monitor", new { monitor = "often" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.PutAsJsonAsync("/api/v1/series/999/monitor", new { monitor = "all" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.PutAsJsonAsync("/api/v1/episodes/99999", new { monitored = true })).StatusCode);

        var viewer = await server.UserAsync("viewer");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/wanted")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"/api/v1/episodes/{first}", new { monitored = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync("/api/v1/wanted")).StatusCode);
    }
}
