using Hearth.Core.Processes;
using Hearth.Library.Demo;
using Hearth.Library.Probing;
using Hearth.Library.Probing.Native;
using Hearth.Testing;

namespace Hearth.Library.Tests.Probing;

/// <summary>
/// The golden comparison: every kind of file the tests make, read with FFmpeg's libraries in this process (as the
/// probe worker reads it) and with the ffprobe program, gives the same media info, or fails the same way.
/// </summary>
public sealed class NativeProbeGoldenTests : IDisposable
{
    private static readonly ProcessRunner Runner = new();
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string> Clips() =>
    [
        "h264-aac.mp4",
        "two-languages-subrip.mkv",
        "hevc-10bit-pq.mp4",
        "hevc-hlg.mkv",
        "av1.mkv",
        "ac3-51-and-stereo.mkv",
        "mov-text.mp4",
        "dolby-vision.mp4",
        "cover-art.mp3",
        "flac-only.flac",
        "mpeg2.ts",
        "garbage.mkv",
        "empty.mkv",
        "html.mp4",
        "cut-before-index.mp4",
        "cut-at-12-of-40.mkv",
        "faststart-cut-at-12-of-40.mp4",
    ];

    [Fact]
    public void Libraries_OfTheInstalledFfmpeg_AreKnown()
    {
        // ./test installs ffmpeg, which brings its libraries: here they must be found and of a version with a layout
        Assert.True(AvLibraries.Layout is not null, AvLibraries.Problem);
        Assert.StartsWith("libavformat ", AvLibraries.Versions, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Clips))]
    public async Task Native_SameAsFfprobe(string clip)
    {
        var path = await MakeAsync(clip);

        var expected = await ProbeOutcome.OfAsync(new FfprobeProber(Runner).ProbeAsync(path, CancellationToken.None));
        var actual = await ProbeOutcome.OfAsync(NativeAsync(path));

        Assert.Equal(expected, actual);
        // and the clip is what it is meant to be, so the two readers agree on something that matters
        Assert.Contains(Marks[clip], actual, StringComparison.Ordinal);
    }

    // a piece of each clip's outcome that shows it is the kind of file it is named after
    private static readonly Dictionary<string, string> Marks = new()
    {
        ["h264-aac.mp4"] = "\"codec\":\"h264\"",
        ["two-languages-subrip.mkv"] = "\"codec\":\"subrip\"",
        ["hevc-10bit-pq.mp4"] = "\"hdr\":\"Hdr10\"",
        ["hevc-hlg.mkv"] = "\"hdr\":\"Hlg\"",
        ["av1.mkv"] = "\"codec\":\"av1\"",
        ["ac3-51-and-stereo.mkv"] = "\"channelLayout\":\"5.1(side)\"",
        ["mov-text.mp4"] = "\"codec\":\"mov_text\"",
        ["dolby-vision.mp4"] = "\"hdr\":\"DolbyVision\",\"dolbyVisionProfile\":8",
        ["cover-art.mp3"] = "\"video\":[]",
        ["flac-only.flac"] = "\"codec\":\"flac\"",
        ["mpeg2.ts"] = "\"codec\":\"mpeg2video\"",
        ["garbage.mkv"] = "NotMedia: ",
        ["empty.mkv"] = "Empty: ",
        ["html.mp4"] = "NotMedia: ",
        ["cut-before-index.mp4"] = "Truncated: ",
        ["cut-at-12-of-40.mkv"] = "Truncated: truncated: the file ends after",
        ["faststart-cut-at-12-of-40.mp4"] = "Truncated: truncated: the file ends after",
    };

    private static async Task<MediaInfo> NativeAsync(string path)
    {
        var layout = AvLibraries.Layout ?? throw new InvalidOperationException(AvLibraries.Problem);
        var (json, error, log) = FfmpegReader.Read(layout, path, withTail: true);
        return await WorkerProber.FinishAsync(path, json, error ?? string.Empty, log);
    }

    private async Task<string> MakeAsync(string clip)
    {
        var path = folder.Combine(clip);
        switch (clip)
        {
            case "h264-aac.mp4":
                await new SyntheticClip().MakeAsync(Runner, path, 2);
                break;
            case "two-languages-subrip.mkv":
                await new SyntheticClip
                {
                    Audio = [new(440, "eng", "Main"), new(660, "fre", "Français")],
                    Subtitles = [new("Hello", "eng", "English", IsForced: true), new("Bonjour", "fre", "SDH")],
                }.MakeAsync(Runner, path, 1);
                break;
            case "hevc-10bit-pq.mp4":
                await new SyntheticClip { VideoCodec = "libx265", PixelFormat = "yuv420p10le", ColorPrimaries = "bt2020", ColorTransfer = "smpte2084", ColorSpace = "bt2020nc" }
                    .MakeAsync(Runner, path, 1);
                break;
            case "hevc-hlg.mkv":
                await new SyntheticClip { VideoCodec = "libx265", PixelFormat = "yuv420p10le", ColorPrimaries = "bt2020", ColorTransfer = "arib-std-b67", ColorSpace = "bt2020nc" }
                    .MakeAsync(Runner, path, 1);
                break;
            case "av1.mkv":
                await FfmpegAsync("-f", "lavfi", "-i", "testsrc2=size=128x72:rate=25:duration=1", "-c:v", "libaom-av1", "-cpu-used", "8", "-row-mt", "1", path);
                break;
            case "ac3-51-and-stereo.mkv":
                await FfmpegAsync(
                    "-f", "lavfi", "-i", "testsrc2=size=160x90:rate=24:duration=1", "-f", "lavfi", "-i", "sine=f=440:d=1",
                    "-map", "0:v", "-map", "1:a", "-map", "1:a", "-c:v", "libx264", "-preset", "ultrafast",
                    "-c:a:0", "ac3", "-ac:a:0", "6", "-c:a:1", "aac", "-ac:a:1", "2", "-metadata:s:a:0", "language=ger", "-metadata:s:a:1", "language=jpn", path);
                break;
            case "mov-text.mp4":
                await new SyntheticClip { Subtitles = [new("Hi", "eng", "English")] }.MakeAsync(Runner, path, 1);
                break;
            case "dolby-vision.mp4":
                await new SyntheticClip { VideoCodec = "libx265", PixelFormat = "yuv420p10le", ColorPrimaries = "bt2020", ColorTransfer = "smpte2084", ColorSpace = "bt2020nc" }
                    .MakeAsync(Runner, path, 1);
                await File.WriteAllBytesAsync(path, Mp4Boxes.WithDolbyVision(await File.ReadAllBytesAsync(path), profile: 8, level: 4, compatibility: 1));
                break;
            case "cover-art.mp3":
                await FfmpegAsync(
                    "-f", "lavfi", "-i", "sine=f=440:d=1", "-f", "lavfi", "-i", "color=c=red:size=64x64:duration=1", "-frames:v", "1",
                    "-map", "0:a", "-map", "1:v", "-c:a", "libmp3lame", "-c:v", "mjpeg", "-disposition:v", "attached_pic", "-id3v2_version", "3", path);
                break;
            case "flac-only.flac":
                await FfmpegAsync("-f", "lavfi", "-i", "sine=f=440:d=1", "-c:a", "flac", "-sample_fmt", "s32", path);
                break;
            case "mpeg2.ts":
                await FfmpegAsync("-f", "lavfi", "-i", "testsrc2=size=160x90:rate=25:duration=1", "-f", "lavfi", "-i", "sine=f=440:d=1", "-c:v", "mpeg2video", "-c:a", "mp2", path);
                break;
            case "garbage.mkv":
                await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("not a video at all ", 500)));
                break;
            case "empty.mkv":
                await File.WriteAllBytesAsync(path, []);
                break;
            case "html.mp4":
                await File.WriteAllTextAsync(path, "<!DOCTYPE html><html><body>404 Not Found</body></html>");
                break;
            case "cut-before-index.mp4":
                await new SyntheticClip().MakeAsync(Runner, path, 2);
                var bytes = await File.ReadAllBytesAsync(path);
                await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 2)]);
                break;
            case "cut-at-12-of-40.mkv":
                await new SyntheticClip().MakeAsync(Runner, folder.Combine("whole.mkv"), 40);
                await CutAsync(folder.Combine("whole.mkv"), path, 12.0 / 40);
                break;
            case "faststart-cut-at-12-of-40.mp4":
                await new SyntheticClip().MakeAsync(Runner, folder.Combine("slow.mp4"), 40);
                await FfmpegAsync("-i", folder.Combine("slow.mp4"), "-c", "copy", "-movflags", "+faststart", folder.Combine("fast.mp4"));
                await CutAsync(folder.Combine("fast.mp4"), path, 12.0 / 40);
                break;
            default:
                throw new ArgumentException("no such clip", nameof(clip));
        }

        return path;
    }

    private static async Task CutAsync(string whole, string cut, double share)
    {
        var bytes = await File.ReadAllBytesAsync(whole);
        await File.WriteAllBytesAsync(cut, bytes[..(int)(bytes.Length * share)]);
    }

    private static Task FfmpegAsync(params string[] arguments) =>
        Runner.RunAsync("ffmpeg", ["-v", "error", "-y", .. arguments], TimeSpan.FromSeconds(120), throwOnFailure: true, CancellationToken.None);
}
