using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Core.Processes;

namespace Hearth.Web.Tests;

/// <summary>A transcoder paused once far enough ahead and let go when the player catches up; idle sessions cleaned away.</summary>
public sealed class StreamingLifecycleTests : IAsyncLifetime
{
    private TestServer server = null!;
    private Guid item;

    public async Task InitializeAsync()
    {
        server = await TestServer.StartAsync(watch: false, configuration: new Dictionary<string, string?>
        {
            ["Streaming:SegmentSeconds"] = "2",
            ["Streaming:ThrottleSegments"] = "3",
            ["Streaming:IdleTimeout"] = "00:00:08",
        });
        var movies = server.Folder.Combine("Movies");
        var folder = Path.Combine(movies, "Long (2005)");
        Directory.CreateDirectory(folder);
        await new ProcessRunner().RunAsync("ffmpeg", [
            "-v", "error", "-y", "-nostdin", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25", "-f", "lavfi", "-i", "sine=sample_rate=48000", "-t", "240",
            "-c:v", "libx264", "-preset", "ultrafast", "-g", "50", "-c:a", "dca", "-strict", "-2", "-ac", "6", Path.Combine(folder, "Long (2005).mkv")], TimeSpan.FromMinutes(2));
        var library = await server.AddLibraryAsync("Movies", "movies", movies);
        item = (await server.ItemsAsync(server.Admin, $"libraryId={library}")).GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    private async Task<(Guid Session, string Hls)> StartAsync()
    {
        // a bitrate below the source's makes the browser profile transcode the video too
        var response = await server.Admin.PostAsJsonAsync($"/api/v1/items/{item}/playback", new { profile = "chromium", maxBitrate = 300_000 });
        var answer = await TestServer.ReadAsync<JsonElement>(response);
        Assert.Equal("transcode", answer.GetProperty("method").GetString());
        return (answer.GetProperty("sessionId").GetGuid(), answer.GetProperty("hlsUrl").GetString()!);
    }

    private async Task<JsonElement> RowAsync(Guid session)
    {
        var rows = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/sessions", TestServer.Json);
        return rows.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == session);
    }

    [Fact]
    public async Task Transcoder_FarAheadOfThePlayer_PausedThenResumedWhenAskedFurther()
    {
        var (session, hls) = await StartAsync();
        var folder = Path.Combine(server.Data, "transcodes", session.ToString("N"));
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.GetAsync(hls.Replace("master.m3u8", "0.m4s", StringComparison.Ordinal))).StatusCode);

        await WaitForAsync(async () => (await RowAsync(session)).GetProperty("paused").GetBoolean());
        var written = Directory.GetFiles(folder, "*.m4s").Length;
        await Task.Delay(1500);

        // paused means no more output, and far fewer segments than the film has
        Assert.Equal(written, Directory.GetFiles(folder, "*.m4s").Length);
        Assert.InRange(written, 3, 10);
        // a player catching up lets it go on
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.GetAsync(hls.Replace("master.m3u8", $"{written - 1}.m4s", StringComparison.Ordinal))).StatusCode);
        await WaitForAsync(() => Task.FromResult(Directory.GetFiles(folder, "*.m4s").Length > written));
    }

    [Fact]
    public async Task Session_NobodyAsksAnything_StoppedAndFilesRemoved()
    {
        var (session, hls) = await StartAsync();
        var folder = Path.Combine(server.Data, "transcodes", session.ToString("N"));
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.GetAsync(hls.Replace("master.m3u8", "0.m4s", StringComparison.Ordinal))).StatusCode);
        Assert.True(Directory.Exists(folder));

        await WaitForAsync(() => Task.FromResult(!Directory.Exists(folder)), TimeSpan.FromSeconds(15));

        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync(hls)).StatusCode);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan? limit = null)
    {
        var until = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "the condition did not come true in time");
            await Task.Delay(100);
        }
    }
}
