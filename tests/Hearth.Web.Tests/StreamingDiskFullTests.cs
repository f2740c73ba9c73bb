using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hearth.Web.Tests;

/// <summary>A transcode folder on a disk that is full answers 507 "disk full" at once, not a timeout a minute later.</summary>
public sealed class StreamingDiskFullTests
{
    [RootFact]
    public async Task Segment_TranscodeFolderDiskFull_InsufficientStorageAtOnce()
    {
        await using var disk = await SmallDisk.MountAsync("size=2m");
        await using var server = await StartAsync(disk);
        var item = await FilmAsync(server);
        var hls = (await PlayAsync(server, item)).GetProperty("hlsUrl").GetString()!;
        // room for the init segment and a little more, not for a segment
        disk.Fill(leave: 16 * 1024);

        var watch = Stopwatch.StartNew();
        var answer = await server.Admin.GetAsync(hls.Replace("master.m3u8", "0.m4s", StringComparison.Ordinal));
        var body = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InsufficientStorage, answer.StatusCode);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Contains("disk full", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(disk.Path, body, StringComparison.Ordinal);
    }

    [RootFact]
    public async Task Segment_DiskFillsMidSession_InsufficientStorageWithinSeconds()
    {
        await using var disk = await SmallDisk.MountAsync("size=4m");
        await using var server = await StartAsync(disk);
        var item = await FilmAsync(server, seconds: 600);
        var play = await PlayAsync(server, item);
        var hls = play.GetProperty("hlsUrl").GetString()!;
        var folder = Path.Combine(disk.Path, play.GetProperty("sessionId").GetGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.GetAsync(hls.Replace("master.m3u8", "0.m4s", StringComparison.Ordinal))).StatusCode);
        // ffmpeg runs on (or waits paused) with segments to write; then the disk fills under it
        disk.Fill(leave: 16 * 1024);
        // the first segment not on disk, close enough that the running ffmpeg should write it (no restart)
        var next = Directory.GetFiles(folder, "*.m4s").Length;

        var watch = Stopwatch.StartNew();
        var answer = await server.Admin.GetAsync(hls.Replace("master.m3u8", $"{next}.m4s", StringComparison.Ordinal));
        var body = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InsufficientStorage, answer.StatusCode);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(6));
        Assert.Contains("disk full", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(disk.Path, body, StringComparison.Ordinal);
    }

    [RootFact]
    public async Task Playback_TranscodeFolderOutOfInodes_InsufficientStorage()
    {
        await using var disk = await SmallDisk.MountAsync("size=2m,nr_inodes=16");
        await using var server = await StartAsync(disk);
        var item = await FilmAsync(server);
        // no new file or folder fits any more: the session's own folder cannot be made
        disk.FillInodes();

        var answer = await server.Admin.PostAsJsonAsync($"/api/v1/items/{item}/playback", new { profile = "chromium", maxBitrate = 300_000 });
        var body = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InsufficientStorage, answer.StatusCode);
        Assert.Contains("disk full", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(disk.Path, body, StringComparison.Ordinal);
    }

    private static Task<TestServer> StartAsync(SmallDisk disk) =>
        TestServer.StartAsync(watch: false, configuration: new Dictionary<string, string?>
        {
            ["Streaming:SegmentSeconds"] = "2",
            ["Streaming:TranscodeFolder"] = disk.Path,
        });

    /// <param name="seconds">Long enough that ffmpeg is still at work when the disk fills: it must not end on its own first.</param>
    private static async Task<Guid> FilmAsync(TestServer server, int seconds = 60)
    {
        var movies = server.Folder.Combine("Movies");
        await StreamingClips.MakeLongAsync(movies, "Long (2005)", seconds);
        var library = await server.AddLibraryAsync("Movies", "movies", movies);
        return (await server.ItemsAsync(server.Admin, $"libraryId={library}")).GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> PlayAsync(TestServer server, Guid item)
    {
        // a bitrate below the source's makes the browser profile transcode the video too
        var response = await server.Admin.PostAsJsonAsync($"/api/v1/items/{item}/playback", new { profile = "chromium", maxBitrate = 300_000 });
        var answer = await TestServer.ReadAsync<JsonElement>(response);
        Assert.Equal("transcode", answer.GetProperty("method").GetString());
        return answer;
    }
}
