using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Core.Processes;
using Microsoft.Extensions.Logging;

namespace Hearth.Web.Tests;

/// <summary>A transcoder that dies mid-session: restarted where the player is, reported in the log, and never a server path in an answer.</summary>
public sealed class StreamingFailureTests : IAsyncLifetime
{
    private readonly CapturedLogs logs = new();
    private TestServer server = null!;
    private string film = string.Empty;
    private Guid item;

    public async Task InitializeAsync()
    {
        server = await TestServer.StartAsync(watch: false, configuration: new Dictionary<string, string?>
        {
            ["Streaming:SegmentSeconds"] = "2",
            ["Streaming:ThrottleSegments"] = "3",
        }, logs: logs);
        var movies = server.Folder.Combine("Movies");
        film = await StreamingClips.MakeLongAsync(movies, "Long (2005)", 60);
        var library = await server.AddLibraryAsync("Movies", "movies", movies);
        item = (await server.ItemsAsync(server.Admin, $"libraryId={library}")).GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Segment_FfmpegKilledMidSession_RestartedThereAndWarningLogged()
    {
        var (session, hls) = await StartAsync();
        var folder = Path.Combine(server.Data, "transcodes", session.ToString("N"));
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.GetAsync(Url(hls, "0.m4s"))).StatusCode);
        // paused ahead of the player: a still moment, so the segment asked next is surely one it had not written
        await WaitForAsync(async () => (await RowAsync(session)).GetProperty("paused").GetBoolean());
        var next = Listed(folder).Max() + 1;

        await KillFfmpegAsync(folder);
        var segment = await server.Admin.GetAsync(Url(hls, $"{next}.m4s"));

        Assert.True(segment.StatusCode == HttpStatusCode.OK, await segment.Content.ReadAsStringAsync());
        var init = await server.Admin.GetByteArrayAsync(Url(hls, "init.mp4"));
        var frames = await DecodedFramesAsync([.. init, .. await segment.Content.ReadAsByteArrayAsync()]);
        Assert.InRange(frames, 1, 1000);
        var warning = Assert.Single(logs.Entries, e => e.Message.Contains("killed by signal 9", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains($"segment {next}", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Segment_MediaDeletedMidSession_ProblemCarriesNoServerPath()
    {
        var (_, hls) = await StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.GetAsync(Url(hls, "0.m4s"))).StatusCode);
        File.Delete(film);

        // a jump far ahead restarts ffmpeg there, on a file that is gone: every restart fails at once
        var watch = Stopwatch.StartNew();
        var answer = await server.Admin.GetAsync(Url(hls, "25.m4s"));
        var body = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, answer.StatusCode);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(20));
        Assert.DoesNotContain(server.Folder.Path, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), body, StringComparison.Ordinal);
        Assert.DoesNotContain(".mkv", body, StringComparison.Ordinal);
        Assert.DoesNotContain("No such file", body, StringComparison.Ordinal);
        Assert.Contains("transcoder stopped", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // the cause, with the path, is for the admin: in the log
        Assert.Contains(logs.AtLeast(LogLevel.Error), e => e.Message.Contains("giving up", StringComparison.Ordinal) && e.Message.Contains(film, StringComparison.Ordinal));
    }

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

    private static string Url(string hls, string file) => hls.Replace("master.m3u8", file, StringComparison.Ordinal);

    // the segments ffmpeg has finished, from its own playlist
    private static List<int> Listed(string folder) =>
        [.. File.ReadAllLines(Path.Combine(folder, "ffmpeg.m3u8")).Where(l => l.EndsWith(".m4s", StringComparison.Ordinal))
            .Select(l => int.Parse(Path.GetFileNameWithoutExtension(l), CultureInfo.InvariantCulture))];

    // the one ffmpeg writing into this session's folder, as an OOM killer or an admin's kill -9 would end it
    private static async Task KillFfmpegAsync(string folder)
    {
        var found = await new ProcessRunner().RunAsync("pgrep", ["-f", folder], TimeSpan.FromSeconds(10));
        var pids = found.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        Assert.Single(pids);
        using var ffmpeg = Process.GetProcessById(pids[0]);
        ffmpeg.Kill();
        await ffmpeg.WaitForExitAsync();
    }

    private async Task<int> DecodedFramesAsync(byte[] fmp4)
    {
        var file = server.Folder.Combine("check.mp4");
        await File.WriteAllBytesAsync(file, fmp4);
        var probe = await new ProcessRunner().RunAsync("ffprobe", [
            "-v", "error", "-select_streams", "v:0", "-count_frames", "-show_entries", "stream=codec_name,nb_read_frames", "-of", "csv=p=0", file], TimeSpan.FromSeconds(30));
        var fields = probe.StandardOutput.Trim().Split(',');
        Assert.Equal("h264", fields[0]);
        return int.Parse(fields[1], CultureInfo.InvariantCulture);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "the condition did not come true in time");
            await Task.Delay(100);
        }
    }
}
