using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Testing;
using static Hearth.Web.Tests.CatalogApiTests;

namespace Hearth.Web.Tests;

/// <summary>
/// One film kept in two versions side by side in its folder, a 2160p HDR HEVC file and a 1080p H.264 one (real files
/// made by ffmpeg): both visible in the library, each counted for its own version in the catalog, and each device
/// given the version it plays best, as the playback answer and the stream route say.
/// </summary>
public sealed class VersionsTests
{
    private const string Uhd = "Blade.Runner.1982.2160p.UHD.BluRay.x265-GRP.mkv";
    private const string Hd = "Blade.Runner.1982.1080p.BluRay.x264-GRP.mp4";

    [Fact]
    public async Task Each_device_gets_the_version_it_plays_best_and_each_version_counts_for_its_profile()
    {
        var (server, fake) = await StartAsync(tmdbKey: false);
        await using var _ = server;
        await using var __ = fake;
        using var clips = new TempFolder();
        await StreamingClips.MakeAsync(clips.Path);
        var folder = server.Folder.Combine("Movies", "Blade Runner (1982)");
        Directory.CreateDirectory(folder);
        await StreamingClips.MakeBigHdrAsync(Path.Combine(folder, Uhd));
        File.Copy(Path.Combine(clips.Path, "Plain (2001)", "Plain (2001).mp4"), Path.Combine(folder, Hd));
        var library = await server.AddLibraryAsync("Movies", "movies", server.Folder.Combine("Movies"));

        // one item in the library, with both files
        var page = await server.ItemsAsync(server.Admin, $"libraryId={library}");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid();
        var detail = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{item}", TestServer.Json);
        Assert.Equal(2, detail.GetProperty("files").GetArrayLength());

        // a browser: the 1080p H.264 file as it is, not a tone-mapped transcode of the 2160p HDR one
        var browser = await PostAsync(server.Admin, $"/api/v1/items/{item}/playback", new { profile = "chromium" }, HttpStatusCode.OK);
        Assert.Equal("directPlay", browser.GetProperty("method").GetString());
        var versions = browser.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(2, versions.Count);
        Assert.True(versions[0].GetProperty("chosen").GetBoolean());
        Assert.StartsWith("180p H264", versions[0].GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal(("360p HEVC HDR10", "transcode"), (versions[1].GetProperty("name").GetString(), versions[1].GetProperty("method").GetString()));
        var hdId = browser.GetProperty("mediaSourceId").GetGuid();
        var directUrl = browser.GetProperty("directUrl").GetString()!;
        Assert.EndsWith($"?mediaSourceId={hdId}", directUrl, StringComparison.Ordinal);
        var bytes = await server.Admin.GetByteArrayAsync(directUrl);
        Assert.Equal(new FileInfo(Path.Combine(folder, Hd)).Length, bytes.Length);

        // the Shield passing surround through: the 2160p HDR HEVC file as it is
        var shield = await PostAsync(server.Admin, $"/api/v1/items/{item}/playback", new { profile = "shield", passthrough = new[] { "eac3" } }, HttpStatusCode.OK);
        Assert.Equal("directPlay", shield.GetProperty("method").GetString());
        var uhdId = shield.GetProperty("mediaSourceId").GetGuid();
        Assert.NotEqual(hdId, uhdId);
        Assert.Equal(new FileInfo(Path.Combine(folder, Uhd)).Length, (await server.Admin.GetByteArrayAsync(shield.GetProperty("directUrl").GetString()!)).Length);
        // its subtitle links name the version whose tracks they are
        var subtitle = shield.GetProperty("subtitles")[0].GetProperty("url").GetString()!;
        Assert.EndsWith($"?mediaSourceId={uhdId}", subtitle, StringComparison.Ordinal);
        Assert.StartsWith("WEBVTT", await server.Admin.GetStringAsync(subtitle), StringComparison.Ordinal);

        // a version asked for by id is the one played; the bare stream link is the best picture; a stranger's id is nothing
        var asked = await PostAsync(server.Admin, $"/api/v1/items/{item}/playback", new { profile = "chromium", mediaSourceId = uhdId }, HttpStatusCode.OK);
        Assert.Equal(("transcode", uhdId), (asked.GetProperty("method").GetString(), asked.GetProperty("mediaSourceId").GetGuid()));
        Assert.Equal(new FileInfo(Path.Combine(folder, Uhd)).Length, (await server.Admin.GetByteArrayAsync($"/api/v1/items/{item}/stream")).Length);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.PostAsJsonAsync($"/api/v1/items/{item}/playback", new { profile = "chromium", mediaSourceId = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/items/{item}/stream?mediaSourceId={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Admin.GetAsync($"/api/v1/items/{item}/stream?mediaSourceId=not-a-guid")).StatusCode);

        // the catalog adopts both files; a 4K version added later takes the 2160p one, and both versions are met
        await PostAsync(server.Admin, "/api/v1/catalog/adopt", new { }, HttpStatusCode.OK);
        var movie = Assert.Single((await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/movies", TestServer.Json)).EnumerateArray());
        Assert.Equal(2, movie.GetProperty("files").GetArrayLength());
        var profiles = (await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/profiles", TestServer.Json)).EnumerateArray();
        var ultra = profiles.Single(p => p.GetProperty("name").GetString() == "Ultra-HD").GetProperty("id").GetInt32();
        var both = await PostAsync(server.Admin, $"/api/v1/movies/{movie.GetProperty("id").GetInt32()}/versions", new { profileId = ultra, monitored = true }, HttpStatusCode.Created);
        var files = both.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetInt32(), f => Path.GetFileName(f.GetProperty("path").GetString()!));
        var own = both.GetProperty("versions")[0];
        var fourK = both.GetProperty("versions")[1];
        Assert.Equal((Hd, "cutoffMet"), (files[own.GetProperty("fileIds")[0].GetInt32()], own.GetProperty("status").GetString()));
        Assert.Equal((Uhd, "cutoffMet"), (files[fourK.GetProperty("fileIds")[0].GetInt32()], fourK.GetProperty("status").GetString()));
        Assert.Equal("cutoffMet", both.GetProperty("status").GetString());
        Assert.DoesNotContain((await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/wanted", TestServer.Json)).EnumerateArray(),
            w => w.GetProperty("movieId").ValueKind == JsonValueKind.Number);
    }
}
