using System.Globalization;
using System.Text.Json;
using Hearth.Core.Processes;
using Hearth.Streaming.Ffmpeg;

namespace Hearth.Streaming.Tests.Hls;

/// <summary>
/// A run restarted after a seek must fit the init segment the player already holds: a player fetches init.mp4
/// once, so a segment from a later run, joined to the first run's init, must start where it belongs in the film.
/// Real ffmpeg, the arguments the transcoder builds.
/// </summary>
public sealed class RestartTimelineTests : IDisposable
{
    private const double SegmentSeconds = 2;
    private readonly ProcessRunner runner = new();
    private readonly string root = Directory.CreateTempSubdirectory("hearth-restart-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Fmp4_RunRestartedAtSegment4_SameInitAndSegmentsOnTheFilmsTimeline()
    {
        var source = Path.Combine(root, "source.mp4");
        await runner.RunAsync("ffmpeg", [
            "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=320x180:rate=25:duration=12", "-f", "lavfi", "-i", "sine=duration=12",
            "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", source,
        ]);
        var first = await RunAsync(source, "first", 0);
        var restarted = await RunAsync(source, "restarted", 4);

        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(first, "init.mp4")), await File.ReadAllBytesAsync(Path.Combine(restarted, "init.mp4")));
        // the restarted run's segments, joined to the first run's init as a player joins them
        Assert.Equal(8, await VideoStartAsync(Path.Combine(first, "init.mp4"), Path.Combine(restarted, "4.m4s")), 1);
        Assert.Equal(10, await VideoStartAsync(Path.Combine(first, "init.mp4"), Path.Combine(restarted, "5.m4s")), 1);
        Assert.Equal(8, await VideoStartAsync(Path.Combine(first, "init.mp4"), Path.Combine(first, "4.m4s")), 1);
    }

    private async Task<string> RunAsync(string source, string name, int firstSegment)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
        var start = firstSegment * SegmentSeconds;
        List<string> args = [.. InputArguments.Build(source, start, [])];
        args.AddRange(VideoArguments.Encode(new VideoEncode(0, 320, 180, ScaleNeeded: false, 1_000_000, ToneMap: false, SegmentSeconds, start)));
        args.AddRange(AudioArguments.Encode(1, 1, 2, 128_000));
        args.AddRange(["-sn", "-dn"]);
        args.AddRange(HlsMuxArguments.Build(folder, SegmentSeconds, firstSegment, start, fmp4: true));
        await runner.RunAsync("ffmpeg", args);
        return folder;
    }

    private async Task<double> VideoStartAsync(string init, string segment)
    {
        var joined = Path.Combine(root, $"joined-{Guid.NewGuid():N}.mp4");
        await File.WriteAllBytesAsync(joined, [.. await File.ReadAllBytesAsync(init), .. await File.ReadAllBytesAsync(segment)]);
        var result = await runner.RunAsync("ffprobe", ["-v", "error", "-select_streams", "v", "-show_entries", "packet=pts_time", "-of", "json", joined]);
        using var json = JsonDocument.Parse(result.StandardOutput);
        return json.RootElement.GetProperty("packets").EnumerateArray().Min(p => double.Parse(p.GetProperty("pts_time").GetString()!, CultureInfo.InvariantCulture));
    }
}
