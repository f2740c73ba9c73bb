using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Testing;

namespace Hearth.Web.Tests;

/// <summary>
/// What the client needs to draw a title without guessing: which artwork is there, the show an episode
/// belongs to, the edition a name gives, and home's recently-added row with a show's new episodes as one.
/// </summary>
public sealed class HomeRowsAndArtworkTests : IAsyncLifetime
{
    private TestServer server = null!;
    private Guid movies;
    private Guid shows;

    public async Task InitializeAsync()
    {
        server = await TestServer.StartAsync(watch: false);
        var clip = await Media.ClipAsync(server.Folder.Combine("clip.mp4"), 1);
        var moviesFolder = server.Folder.Combine("Movies");
        Directory.CreateDirectory(moviesFolder);
        // a release name, loose, with no artwork beside it
        File.Copy(clip, Path.Combine(moviesFolder, "Blade.Runner.1982.Final.Cut.1080p.BluRay.x264-GRP.mp4"));
        movies = await server.AddLibraryAsync("Movies", "movies", moviesFolder);

        var showsFolder = server.Folder.Combine("Shows");
        foreach (var episode in new[] { "S01E01", "S01E02", "S01E03" })
        {
            var path = Path.Combine(showsFolder, "Harbour Lights", "Season 01", $"Harbour Lights - {episode}.mp4");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(clip, path);
        }

        await TestImages.JpegAsync(Path.Combine(showsFolder, "Harbour Lights", "poster.jpg"), 200, 300);
        await TestImages.JpegAsync(Path.Combine(showsFolder, "Harbour Lights", "fanart.jpg"), 320, 180);
        shows = await server.AddLibraryAsync("Shows", "shows", showsFolder);

        // a later addition, of another show: it comes first
        await Task.Delay(20);
        var later = Path.Combine(showsFolder, "Quiet Town", "Season 01", "Quiet Town - S01E01.mp4");
        Directory.CreateDirectory(Path.GetDirectoryName(later)!);
        File.Copy(clip, later);
        await server.RescanAsync(shows);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    private Task<List<JsonElement>> RecentAsync(Guid library, string extra = "") =>
        server.Admin.GetFromJsonAsync<List<JsonElement>>($"/api/v1/items/recently-added?libraryId={library}{extra}", TestServer.Json)!;

    [Fact]
    public async Task RecentlyAdded_GroupedByShow_OneEntryPerShowInTheOrderAdded()
    {
        var grouped = await RecentAsync(shows, "&group=show");

        Assert.Equal(2, grouped.Count);
        // a lone new episode stays itself, naming its show
        Assert.Equal("episode", grouped[0].GetProperty("kind").GetString());
        Assert.Equal("Quiet Town", grouped[0].GetProperty("showTitle").GetString());
        Assert.Equal(JsonValueKind.Null, grouped[0].GetProperty("newEpisodeCount").ValueKind);
        // three of one show make the show, with how many are new
        Assert.Equal("show", grouped[1].GetProperty("kind").GetString());
        Assert.Equal("Harbour Lights", grouped[1].GetProperty("title").GetString());
        Assert.Equal(3, grouped[1].GetProperty("newEpisodeCount").GetInt32());
        Assert.True(grouped[1].GetProperty("hasPoster").GetBoolean());
    }

    [Fact]
    public async Task RecentlyAdded_Ungrouped_StillListsEveryEpisode()
    {
        var recent = await RecentAsync(shows);

        Assert.Equal(4, recent.Count);
        Assert.All(recent, e => Assert.Equal("episode", e.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Movie_FromAReleaseName_CarriesItsEditionAndSaysItHasNoArtwork()
    {
        var movie = (await server.ItemsAsync(server.Admin, $"libraryId={movies}")).GetProperty("items")[0];
        var detail = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{movie.GetProperty("id").GetGuid()}", TestServer.Json);

        Assert.Equal("Blade Runner", movie.GetProperty("title").GetString());
        Assert.Equal("Final Cut", movie.GetProperty("edition").GetString());
        Assert.Equal("Final Cut", detail.GetProperty("files")[0].GetProperty("edition").GetString());
        Assert.False(movie.GetProperty("hasPoster").GetBoolean());
        Assert.False(movie.GetProperty("hasBackdrop").GetBoolean());
    }

    [Fact]
    public async Task EpisodeAndSeason_NameTheirShow_AndTheArtworkTheySayTheyHaveIsServed()
    {
        var episodes = (await server.ItemsAsync(server.Admin, $"libraryId={shows}&type=episode")).GetProperty("items").EnumerateArray();
        var seasons = (await server.ItemsAsync(server.Admin, $"libraryId={shows}&type=season")).GetProperty("items").EnumerateArray().ToList();
        var episode = episodes.First(e => e.GetProperty("showTitle").GetString() == "Harbour Lights");
        var season = seasons.Single(s => s.GetProperty("showTitle").GetString() == "Harbour Lights");

        Assert.Equal("Harbour Lights", episode.GetProperty("showTitle").GetString());
        Assert.True(episode.GetProperty("hasThumb").GetBoolean());
        Assert.True(episode.GetProperty("hasBackdrop").GetBoolean());
        Assert.True(season.GetProperty("hasPoster").GetBoolean());
        var id = episode.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.GetAsync($"/api/v1/items/{id}/images/backdrop?maxWidth=200")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.GetAsync($"/api/v1/items/{id}/images/thumb?maxWidth=200")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.GetAsync($"/api/v1/items/{season.GetProperty("id").GetGuid()}/images/poster?maxWidth=200")).StatusCode);

        // a show without artwork lends none
        var quiet = seasons.Single(s => s.GetProperty("showTitle").GetString() == "Quiet Town");
        Assert.False(quiet.GetProperty("hasPoster").GetBoolean());
        Assert.False(quiet.GetProperty("hasBackdrop").GetBoolean());
    }
}
