using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Testing;

namespace Hearth.Web.Tests;

public sealed class ItemsApiTests(ItemsApiTests.FiveMovies movies) : IClassFixture<ItemsApiTests.FiveMovies>
{
    private readonly TestServer server = movies.Server;
    private readonly Guid library = movies.Library;

    /// <summary>Five films from one clip, one with a poster. The tests read them; the one that marks a film watched
    /// reads back only what it marked, so it may share them.</summary>
    public sealed class FiveMovies : SharedServer
    {
        public Guid Library { get; private set; }

        protected override async Task PrepareAsync(TestServer server)
        {
            var movies = server.Folder.Combine("Movies");
            var clip = server.Folder.Combine("clip.mp4");
            await Media.ClipAsync(clip, 2);
            // the same clip under many names: paging and sorting need rows, not distinct media
            foreach (var (title, year) in new[] { ("The Alpha", 1990), ("Bravo", 2005), ("Charlie", 1970), ("Delta Force", 2012), ("An Echo", 2001) })
            {
                var folder = Path.Combine(movies, $"{title} ({year})");
                Directory.CreateDirectory(folder);
                File.Copy(clip, Path.Combine(folder, $"{title} ({year}).mp4"));
            }

            await TestImages.JpegAsync(server.Folder.Combine("Movies", "Bravo (2005)", "poster.jpg"), 400, 600);
            Library = await server.AddLibraryAsync("Movies", "movies", movies);
        }
    }

    private async Task<List<string>> TitlesAsync(string query) =>
        [.. (await server.ItemsAsync(server.Admin, query)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!)];

    [Fact]
    public async Task List_SortedByTitle_IgnoresLeadingArticles()
    {
        Assert.Equal(["The Alpha", "Bravo", "Charlie", "Delta Force", "An Echo"], await TitlesAsync($"libraryId={library}&sort=title"));
        Assert.Equal(["An Echo", "Delta Force", "Charlie", "Bravo", "The Alpha"], await TitlesAsync($"libraryId={library}&sort=title&order=desc"));
        Assert.Equal(["Charlie", "The Alpha", "An Echo", "Bravo", "Delta Force"], await TitlesAsync($"libraryId={library}&sort=year"));
    }

    [Fact]
    public async Task List_Paged_GivesTheTotalAndTheRightSlice()
    {
        var page = await server.ItemsAsync(server.Admin, $"libraryId={library}&offset=2&limit=2");

        Assert.Equal(5, page.GetProperty("total").GetInt32());
        Assert.Equal(["Charlie", "Delta Force"], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task List_Search_MatchesPartOfTheTitleIgnoringCase()
    {
        Assert.Equal(["Delta Force"], await TitlesAsync("search=FORCE"));
        Assert.Empty(await TitlesAsync("search=100%25"));
    }

    [Fact]
    public async Task List_BadParameters_AnswerAClearProblem()
    {
        var response = await server.Admin.GetAsync("/api/v1/items?sort=colour");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("sort must be", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WatchState_PartlyWatched_ShowsInContinueWatchingAndPlayedFilter()
    {
        var id = (await server.ItemsAsync(server.Admin, "search=Charlie")).GetProperty("items")[0].GetProperty("id").GetGuid();

        var saved = await server.Admin.PostAsJsonAsync($"/api/v1/items/{id}/watch-state", new { positionMs = 700 });
        saved.EnsureSuccessStatusCode();
        var resume = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/items/continue-watching", TestServer.Json);
        Assert.Equal(id, resume[0].GetProperty("id").GetGuid());
        Assert.Equal(700, resume[0].GetProperty("userData").GetProperty("positionMs").GetInt64());

        await server.Admin.PostAsJsonAsync($"/api/v1/items/{id}/watch-state", new { played = true });
        Assert.Equal(0, (await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/items/continue-watching", TestServer.Json)).GetArrayLength());
        Assert.Equal(["Charlie"], await TitlesAsync("played=true"));
        Assert.Equal(4, (await server.ItemsAsync(server.Admin, "played=false")).GetProperty("total").GetInt32());

        using var other = await server.UserAsync("other");
        Assert.Equal(0, (await server.ItemsAsync(other, "played=true")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Image_Resized_FitsTheBoxAndIsCached()
    {
        var id = (await server.ItemsAsync(server.Admin, "search=Bravo")).GetProperty("items")[0].GetProperty("id").GetGuid();

        var original = await server.Admin.GetAsync($"/api/v1/items/{id}/images/poster");
        var small = await server.Admin.GetAsync($"/api/v1/items/{id}/images/poster?maxWidth=100");

        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal("image/jpeg", small.Content.Headers.ContentType?.MediaType);
        var (width, height) = JpegSize(await small.Content.ReadAsByteArrayAsync());
        Assert.Equal(100, width);
        Assert.Equal(150, height);
        Assert.Single(Directory.EnumerateFiles(Path.Combine(server.Data, "cache", "images"), "*.jpg", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Image_NoArtwork_ThumbIsGrabbedFromTheVideo()
    {
        var id = (await server.ItemsAsync(server.Admin, "search=Charlie")).GetProperty("items")[0].GetProperty("id").GetGuid();

        var thumb = await server.Admin.GetAsync($"/api/v1/items/{id}/images/thumb");

        Assert.Equal(HttpStatusCode.OK, thumb.StatusCode);
        Assert.True(JpegSize(await thumb.Content.ReadAsByteArrayAsync()).Width > 0);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/items/{id}/images/logo")).StatusCode);
    }

    // Reads width and height from the first start-of-frame marker of a JPEG.
    private static (int Width, int Height) JpegSize(byte[] jpeg)
    {
        for (var i = 2; i + 9 < jpeg.Length;)
        {
            if (jpeg[i] != 0xFF)
            {
                i++;
                continue;
            }

            var marker = jpeg[i + 1];
            var length = (jpeg[i + 2] << 8) | jpeg[i + 3];
            if (marker is >= 0xC0 and <= 0xC3)
            {
                return ((jpeg[i + 7] << 8) | jpeg[i + 8], (jpeg[i + 5] << 8) | jpeg[i + 6]);
            }

            i += 2 + length;
        }

        return (0, 0);
    }
}
