using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Core.Processes;
using Hearth.Web.Tests;

namespace Hearth.Jellyfin.Tests;

/// <summary>
/// The acceptance tests: the official Jellyfin client libraries (the TypeScript SDK the apps' web and
/// mobile code share, and the older jellyfin-apiclient) sign in, browse, play and report against a real Hearth
/// with a real library, and what they report lands in Hearth's own watch state.
/// </summary>
public sealed class ClientSdkTests : IAsyncLifetime
{
    private const int PageSize = 3;
    private const long ProgressTicks = 30_000_000; // 3 s
    private const long StoppedTicks = 52_000_000; // 5.2 s of the 12 s clip: a resume point, not "played"
    private static readonly string[] Titles = ["Bright", "Loud", "Plain", "Signs"];

    private TestServer server = null!;
    private Guid movies;
    private Guid hidden;
    private HttpClient native = null!;

    public async Task InitializeAsync()
    {
        server = await TestServer.StartAsync(watch: false);
        var folder = server.Folder.Combine("Movies");
        await StreamingClips.MakeAsync(folder);
        movies = await server.AddLibraryAsync("Movies", "movies", folder);
        // a library the user is not granted: it must not show among their views
        Directory.CreateDirectory(server.Folder.Combine("Hidden"));
        hidden = await server.AddLibraryAsync("Hidden", "movies", server.Folder.Combine("Hidden"));
        native = await server.UserAsync("viewer", movies);
    }

    public async Task DisposeAsync()
    {
        native.Dispose();
        await server.DisposeAsync();
    }

    [Theory]
    [InlineData("sdk.mjs")]
    [InlineData("apiclient.mjs")]
    public async Task Client_SignInBrowsePlayReport_SeesTheUsersLibraryAndKeepsTheResumePoint(string script)
    {
        var scenario = new
        {
            directPlayTitle = "Plain",
            transcodeTitle = "Bright",
            pageSize = PageSize,
            progressTicks = ProgressTicks,
            stoppedTicks = StoppedTicks,
            workFolder = server.Folder.Path,
        };

        var seen = await NodeClients.RunAsync(script, server.Url, "viewer", JellyfinClient.Password, scenario, server.Folder.Path);

        // views: the user's one library, not the one they were not granted
        var views = seen.GetProperty("views").EnumerateArray().ToList();
        Assert.Equal(["Movies"], views.Select(v => v.GetProperty("Name").GetString()));
        Assert.Equal(JellyfinIds.Format(movies), views[0].GetProperty("Id").GetString());
        Assert.DoesNotContain(views, v => v.GetProperty("Id").GetString() == JellyfinIds.Format(hidden));

        // paging: every page tells the same total, the pages together hold each film once
        var pages = seen.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => Assert.Equal(Titles.Length, p.GetProperty("total").GetInt32()));
        Assert.Equal([PageSize, Titles.Length - PageSize], pages.Select(p => p.GetProperty("count").GetInt32()));
        var films = seen.GetProperty("movies").EnumerateArray().ToList();
        Assert.Equal(Titles, films.Select(m => m.GetProperty("Name").GetString()).Order());
        Assert.Equal(films.Count, films.Select(m => m.GetProperty("Id").GetString()).Distinct().Count());
        Assert.All(films, m => Assert.Equal("Movie", m.GetProperty("Type").GetString()));
        var ids = films.ToDictionary(m => m.GetProperty("Name").GetString()!, m => Guid.ParseExact(m.GetProperty("Id").GetString()!, "N"));

        var item = seen.GetProperty("item");
        Assert.Equal(JellyfinIds.Format(ids["Plain"]), item.GetProperty("Id").GetString());
        Assert.Equal("Plain", item.GetProperty("Name").GetString());

        // profile A plays the H.264/AAC MP4 as it is
        var a = seen.GetProperty("profileA");
        Assert.True(a.GetProperty("supportsDirectPlay").GetBoolean(), $"profile A: {a}");

        // profile B has no HEVC: the HEVC film comes as HLS, and its first segment is video ffprobe reads
        var b = seen.GetProperty("profileB");
        Assert.False(b.GetProperty("supportsDirectPlay").GetBoolean(), $"profile B: {b}");
        Assert.Contains("master.m3u8", b.GetProperty("transcodingUrl").GetString(), StringComparison.OrdinalIgnoreCase);
        var segment = seen.GetProperty("hls").GetProperty("segmentFile").GetString()!;
        var probe = await new ProcessRunner().RunAsync("ffprobe", ["-v", "error", "-show_streams", "-of", "json", segment], TimeSpan.FromSeconds(30));
        var streams = JsonDocument.Parse(probe.StandardOutput).RootElement.GetProperty("streams").EnumerateArray().ToList();
        Assert.Contains(streams, s => s.GetProperty("codec_type").GetString() == "video");

        // the reports reached Hearth's own watch state: the native API shows the resume point the client reported
        var bright = ids["Bright"];
        Assert.Equal(JellyfinIds.Format(bright), seen.GetProperty("reported").GetProperty("itemId").GetString());
        Assert.Equal(StoppedTicks / 10_000, await NativeResumeMsAsync(this.native, bright));
        // and the client sees it too, on its next read of the item
        Assert.Equal(StoppedTicks, seen.GetProperty("userDataAfterStop").GetProperty("PlaybackPositionTicks").GetInt64());
    }

    /// <summary>The resume point Hearth's own API shows for the item (its <c>item.userData.positionMs</c>), or a failure showing the item.</summary>
    internal static async Task<long> NativeResumeMsAsync(HttpClient native, Guid item)
    {
        var json = await native.GetFromJsonAsync<JsonElement>($"/api/v1/items/{item}", TestServer.Json);
        var position = json.TryGetProperty("item", out var summary) && summary.TryGetProperty("userData", out var userData) && userData.ValueKind == JsonValueKind.Object
            && userData.TryGetProperty("positionMs", out var ms) && ms.ValueKind == JsonValueKind.Number ? ms.GetInt64() : (long?)null;
        Assert.True(position is not null, $"GET /api/v1/items/{item} shows no resume point: {json}");
        return position.Value;
    }
}
