using System.Net;
using System.Text.Json;
using Hearth.Web.Tests;

namespace Hearth.Jellyfin.Tests;

/// <summary>
/// A film kept in two versions (a bigger HDR HEVC file and an H.264 one) as a Jellyfin app sees it: one media source
/// per version, each named and known by its own id; PlaybackInfo choosing the version the app's profile plays best,
/// or the one the app names; and the stream route serving the named version, with a token or with its ETag.
/// </summary>
public sealed class VersionsTests
{
    [Fact]
    public async Task The_app_sees_both_versions_gets_the_one_it_plays_and_streams_the_one_it_names()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var folder = server.Folder.Combine("Movies", "Blade Runner (1982)");
        using var clips = new Hearth.Testing.TempFolder();
        await StreamingClips.MakeAsync(clips.Path);
        Directory.CreateDirectory(folder);
        var hdPath = Path.Combine(folder, "Blade Runner (1982) - 1080p.mp4");
        var uhdPath = Path.Combine(folder, "Blade Runner (1982) - 2160p.mkv");
        File.Copy(Path.Combine(clips.Path, "Plain (2001)", "Plain (2001).mp4"), hdPath);
        await StreamingClips.MakeBigHdrAsync(uhdPath);
        var library = await server.AddLibraryAsync("Movies", "movies", server.Folder.Combine("Movies"));
        var (client, auth) = await JellyfinClient.SignInAsync(server, "admin", "admin-password");
        using var _ = client;
        var token = auth.GetProperty("AccessToken").GetString()!;
        var page = await server.ItemsAsync(server.Admin, $"libraryId={library}");
        var id = Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid().ToString("N");

        // one media source per version, named by its picture, the server's paths nowhere
        var item = await client.GetJsonAsync($"/Items/{id}");
        var sources = item.GetProperty("MediaSources").EnumerateArray().ToDictionary(s => s.GetProperty("Name").GetString()!, s => s.GetProperty("Id").GetString()!);
        Assert.Equal(["180p H264", "360p HEVC HDR10"], sources.Keys.Order());
        Assert.DoesNotContain(id, sources.Values);
        Assert.DoesNotContain(server.Folder.Path, item.GetRawText(), StringComparison.Ordinal);
        var hd = sources["180p H264"];
        var uhd = sources["360p HEVC HDR10"];

        // an H.264 box: the H.264 version as it is
        var info = await PlaybackAsync(client, id, Profiles.H264Only);
        var chosen = info.GetProperty("MediaSources")[0];
        Assert.Equal((hd, true), (chosen.GetProperty("Id").GetString(), chosen.GetProperty("SupportsDirectPlay").GetBoolean()));

        // the app names the HDR version: it is transcoded, and the transcode says which version it is
        var named = (await PlaybackAsync(client, id, Profiles.H264Only.Replace("{ \"DeviceProfile\"", $"{{ \"MediaSourceId\": \"{uhd}\", \"DeviceProfile\"", StringComparison.Ordinal)))
            .GetProperty("MediaSources")[0];
        Assert.Equal(uhd, named.GetProperty("Id").GetString());
        Assert.False(named.GetProperty("SupportsDirectPlay").GetBoolean());
        Assert.Contains($"MediaSourceId={uhd}", named.GetProperty("TranscodingUrl").GetString(), StringComparison.Ordinal);
        // naming the item itself lets the server choose, as naming nothing does
        var itself = (await PlaybackAsync(client, id, "{}", $"&MediaSourceId={id}")).GetProperty("MediaSources")[0];
        Assert.Contains(itself.GetProperty("Id").GetString(), sources.Values);

        // the stream route serves the version named, with a token or with that version's ETag and no credentials
        using var player = new HttpClient { BaseAddress = new Uri(server.Url) };
        Assert.Equal(new FileInfo(uhdPath).Length, (await player.GetByteArrayAsync($"/Videos/{id}/stream?static=true&MediaSourceId={uhd}&api_key={token}")).Length);
        Assert.Equal(new FileInfo(hdPath).Length, (await player.GetByteArrayAsync($"/Videos/{id}/stream?static=true&MediaSourceId={hd}&tag={chosen.GetProperty("ETag").GetString()}")).Length);
        Assert.Equal(HttpStatusCode.Unauthorized, (await player.GetAsync($"/Videos/{id}/stream?static=true&MediaSourceId={uhd}&tag={chosen.GetProperty("ETag").GetString()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await player.GetAsync($"/Videos/{id}/stream?static=true&MediaSourceId={Guid.NewGuid():N}&api_key={token}")).StatusCode);
        var unknown = await PlaybackServer.PostPlaybackInfoAsync(client, id, "{}", $"&MediaSourceId={Guid.NewGuid():N}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<JsonElement> PlaybackAsync(HttpClient client, string id, string body, string query = "")
    {
        var response = await PlaybackServer.PostPlaybackInfoAsync(client, id, body, query);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
