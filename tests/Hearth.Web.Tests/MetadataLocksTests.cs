using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Testing;

namespace Hearth.Web.Tests;

/// <summary>Online metadata with no provider in play: the record, local fields, locks across rescans, and the API's answers to bad input.</summary>
public sealed class MetadataLocksTests
{
    private static async Task<(TestServer Server, Guid Library, Guid Item, string Folder)> MovieWithNfoAsync()
    {
        var server = await TestServer.StartAsync(watch: false);
        var folder = server.Folder.Combine("Movies", "Heat (1995)");
        Directory.CreateDirectory(folder);
        await Media.ClipAsync(Path.Combine(folder, "Heat (1995).mp4"), 1);
        server.Folder.Write("Movies/Heat (1995)/movie.nfo", "<movie><title>Heat</title><year>1995</year><plot>A heist.</plot><genre>Crime</genre></movie>");
        var library = await server.AddLibraryAsync("Movies", "movies", server.Folder.Combine("Movies"));
        var item = (await server.ItemsAsync(server.Admin, $"libraryId={library}")).GetProperty("items")[0].GetProperty("id").GetGuid();
        return (server, library, item, folder);
    }

    [Fact]
    public async Task Metadata_AfterScanWithNoTmdbKey_WaitsPendingWithTheNfoFieldsAsLocal()
    {
        var (server, _, item, _) = await MovieWithNfoAsync();
        await using var _server = server;

        // the worker's polls pass; with no key the film stays as its files say, pending, never tried or retried
        await Task.Delay(TimeSpan.FromSeconds(1));
        var record = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{item}/metadata", TestServer.Json);
        Assert.Equal("pending", record.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("retryAtMs").ValueKind);
        var local = record.GetProperty("localFields").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("title", local);
        Assert.Contains("overview", local);
        Assert.Contains("genres", local);
        Assert.Empty(record.GetProperty("lockedFields").EnumerateArray());
    }

    [Fact]
    public async Task Edit_ThenRescanWithAChangedNfo_KeepsTheEditedFieldAndTakesTheOthers()
    {
        var (server, library, item, folder) = await MovieWithNfoAsync();
        await using var _server = server;

        var edit = await server.Admin.PatchAsJsonAsync($"/api/v1/items/{item}/metadata", new { overview = "Mine, not the NFO's.", genres = new[] { "Thriller" } });
        edit.EnsureSuccessStatusCode();
        Assert.Equal(["genres", "overview"], (await TestServer.ReadAsync<JsonElement>(edit)).GetProperty("lockedFields").EnumerateArray().Select(e => e.GetString()));

        server.Folder.Write("Movies/Heat (1995)/movie.nfo", "<movie><title>Heat (Director's Cut)</title><year>1995</year><plot>The NFO changed.</plot><genre>Drama</genre></movie>");
        // a changed video is read again with its NFO
        File.SetLastWriteTimeUtc(Path.Combine(folder, "Heat (1995).mp4"), DateTime.UtcNow.AddMinutes(1));
        await server.RescanAsync(library);

        var detail = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{item}", TestServer.Json);
        Assert.Equal("Mine, not the NFO's.", detail.GetProperty("overview").GetString());
        Assert.Equal(["Thriller"], detail.GetProperty("genres").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Heat (Director's Cut)", detail.GetProperty("item").GetProperty("title").GetString());

        // unlocked, the NFO wins again at the next read of the file
        (await server.Admin.PatchAsJsonAsync($"/api/v1/items/{item}/metadata", new { unlock = new[] { "overview" } })).EnsureSuccessStatusCode();
        File.SetLastWriteTimeUtc(Path.Combine(folder, "Heat (1995).mp4"), DateTime.UtcNow.AddMinutes(2));
        await server.RescanAsync(library);
        detail = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{item}", TestServer.Json);
        Assert.Equal("The NFO changed.", detail.GetProperty("overview").GetString());
        Assert.Equal(["Thriller"], detail.GetProperty("genres").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Api_BadInputUnknownIdsAndRights_AnswerClearly()
    {
        var (server, library, item, _) = await MovieWithNfoAsync();
        await using var _server = server;

        Assert.Equal(HttpStatusCode.BadRequest, (await server.Admin.PatchAsJsonAsync($"/api/v1/items/{item}/metadata", new { year = 12 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Admin.PatchAsJsonAsync($"/api/v1/items/{item}/metadata", new { title = " " })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Admin.PatchAsJsonAsync($"/api/v1/items/{item}/metadata", new { premiered = "June" })).StatusCode);
        var unknown = await server.Admin.PatchAsJsonAsync($"/api/v1/items/{item}/metadata", new { unlock = new[] { "colour" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("'colour' is not a field", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Admin.PostAsJsonAsync($"/api/v1/items/{item}/identify", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Admin.PostAsJsonAsync($"/api/v1/items/{item}/identify", new { imdb = "12" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Admin.GetAsync($"/api/v1/items/{item}/images/remote?role=banner")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Admin.PostAsJsonAsync($"/api/v1/items/{item}/images/poster", new { url = "http://127.0.0.1:1/not-listed.jpg" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/items/{Guid.NewGuid()}/metadata")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.PatchAsJsonAsync($"/api/v1/items/{Guid.NewGuid()}/metadata", new { overview = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/collections/{Guid.NewGuid()}")).StatusCode);

        // a user without the library sees nothing of it; a user with it may read but not write
        var stranger = await server.UserAsync("stranger");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/items/{item}/metadata")).StatusCode);
        var reader = await server.UserAsync("reader", library);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/items/{item}/metadata")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PatchAsJsonAsync($"/api/v1/items/{item}/metadata", new { overview = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync($"/api/v1/libraries/{library}/refresh-metadata", null)).StatusCode);
    }

    [Fact]
    public async Task Status_NoTmdbKey_SaysWhatToAddAndTheFilmKeepsWhatItsFilesSay()
    {
        var (server, library, item, _) = await MovieWithNfoAsync();
        await using var _server = server;

        var status = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/metadata/status", TestServer.Json);
        var libraries = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/libraries", TestServer.Json);

        var tmdb = status.GetProperty("providers").EnumerateArray().Single(p => p.GetProperty("provider").GetString() == "tmdb");
        Assert.False(tmdb.GetProperty("configured").GetBoolean());
        Assert.StartsWith("no TMDB key: films get no online metadata", tmdb.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("no TMDB key", libraries.EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == library).GetProperty("metadata").GetString(), StringComparison.Ordinal);
        Assert.Equal("Heat", (await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{item}", TestServer.Json)).GetProperty("item").GetProperty("title").GetString());
    }

    [Fact]
    public async Task LibrarySettings_WriteNfo_IsOffByDefaultAndCanBeTurnedOn()
    {
        var (server, library, _, _) = await MovieWithNfoAsync();
        await using var _server = server;

        var before = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/libraries/{library}", TestServer.Json);
        Assert.False(before.GetProperty("writeNfo").GetBoolean());

        var changed = await server.Admin.PatchAsJsonAsync($"/api/v1/libraries/{library}", new { writeNfo = true });
        changed.EnsureSuccessStatusCode();
        Assert.True((await TestServer.ReadAsync<JsonElement>(changed)).GetProperty("writeNfo").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.PatchAsJsonAsync($"/api/v1/libraries/{Guid.NewGuid()}", new { writeNfo = true })).StatusCode);
    }
}
