using Hearth.Core.Processes;
using Hearth.Library.Demo;
using Hearth.Library.Probing;
using Hearth.Testing;

namespace Hearth.Library.Tests.Probing;

public sealed class FfprobeProberTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ProcessRunner runner = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ProbeAsync_H264AacMp4_ReadsContainerAndStreams()
    {
        var path = await Media.ClipAsync(folder.Combine("clip.mp4"), seconds: 2);

        var info = await new FfprobeProber(runner).ProbeAsync(path, CancellationToken.None);

        Assert.Equal("mp4", info.Container);
        Assert.InRange(info.DurationSeconds ?? 0, 1.9, 2.2);
        Assert.True(info.Bitrate > 0);
        var video = Assert.Single(info.Video);
        Assert.Equal(("h264", 320, 180, 25.0, 8, HdrKind.None), (video.Codec, video.Width, video.Height, video.FrameRate, video.BitDepth, video.Hdr));
        Assert.Equal("yuv420p", video.PixelFormat);
        var audio = Assert.Single(info.Audio);
        Assert.Equal(("aac", "LC", 2, 48000), (audio.Codec, audio.Profile, audio.Channels, audio.SampleRate));
        Assert.Empty(info.Subtitles);
    }

    [Fact]
    public async Task ProbeAsync_MkvTwoLanguagesAndSubrip_ReadsTracks()
    {
        var path = folder.Combine("two.mkv");
        var clip = new SyntheticClip
        {
            Audio = [new(440, "eng", "Main"), new(660, "fre", "Français")],
            Subtitles = [new("Hello", "eng", "English", IsForced: true)],
        };
        await clip.MakeAsync(runner, path, 1);

        var info = await new FfprobeProber(runner).ProbeAsync(path, CancellationToken.None);

        Assert.Equal("mkv", info.Container);
        Assert.Equal(["eng", "fre"], info.Audio.Select(a => a.Language));
        Assert.Equal(["Main", "Français"], info.Audio.Select(a => a.Title));
        Assert.Equal([true, false], info.Audio.Select(a => a.IsDefault));
        var subtitle = Assert.Single(info.Subtitles);
        Assert.Equal(("subrip", "eng", "English", true, false), (subtitle.Codec, subtitle.Language, subtitle.Title, subtitle.IsForced, subtitle.IsExternal));
        Assert.Equal(3, subtitle.Index);
    }

    [Fact]
    public async Task ProbeAsync_TenBitHevcPq_Hdr10()
    {
        var path = folder.Combine("hdr.mp4");
        var clip = new SyntheticClip
        {
            VideoCodec = "libx265",
            PixelFormat = "yuv420p10le",
            ColorPrimaries = "bt2020",
            ColorTransfer = "smpte2084",
            ColorSpace = "bt2020nc",
        };
        await clip.MakeAsync(runner, path, 1);

        var info = await new FfprobeProber(runner).ProbeAsync(path, CancellationToken.None);

        var video = Assert.Single(info.Video);
        Assert.Equal(("hevc", "Main 10", 10, HdrKind.Hdr10), (video.Codec, video.Profile, video.BitDepth, video.Hdr));
        Assert.Equal(("smpte2084", "bt2020"), (video.ColorTransfer, video.ColorPrimaries));
    }

    [Fact]
    public async Task ProbeAsync_Garbage_SaysItLooksLikeTextAndKeepsFfprobesWords()
    {
        var path = folder.Write("garbage.mkv", string.Concat(Enumerable.Repeat("not a video at all ", 500)));

        var e = await Assert.ThrowsAsync<MediaProbeException>(() => new FfprobeProber(runner).ProbeAsync(path, CancellationToken.None));

        Assert.Equal((ProbeFailure.NotMedia, "not a video: it looks like a text file"), (e.Kind, e.Message));
        Assert.Equal("Invalid data found when processing input", e.Detail);
    }

    [Fact]
    public async Task ProbeAsync_ZeroBytes_SaysTheFileIsEmpty()
    {
        var path = folder.Write("empty.mkv", "");

        var e = await Assert.ThrowsAsync<MediaProbeException>(() => new FfprobeProber(runner).ProbeAsync(path, CancellationToken.None));

        Assert.Equal((ProbeFailure.Empty, "the file is empty (0 bytes)"), (e.Kind, e.Message));
        Assert.False(string.IsNullOrEmpty(e.Detail));
        Assert.DoesNotContain(path, e.Detail!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_HtmlNamedMp4_SaysItLooksLikeAWebPage()
    {
        var path = folder.Write("page.mp4", "<!DOCTYPE html><html><body>404 Not Found</body></html>");

        var e = await Assert.ThrowsAsync<MediaProbeException>(() => new FfprobeProber(runner).ProbeAsync(path, CancellationToken.None));

        Assert.Equal((ProbeFailure.NotMedia, "not a video: it looks like a web page (HTML)"), (e.Kind, e.Message));
    }

    [Fact]
    public async Task ProbeAsync_Mp4CutBeforeItsIndex_SaysTruncated()
    {
        var path = await Media.ClipAsync(folder.Combine("cut.mp4"), seconds: 2);
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 2)]); // the index (moov) is at the end

        var e = await Assert.ThrowsAsync<MediaProbeException>(() => new FfprobeProber(runner).ProbeAsync(path, CancellationToken.None));

        Assert.Equal(ProbeFailure.Truncated, e.Kind);
        Assert.StartsWith("truncated: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("moov atom not found", e.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_MkvCutAfter12Of40Seconds_SaysHowMuchItHolds()
    {
        var whole = await Media.ClipAsync(folder.Combine("whole.mkv"), seconds: 40, "mkv");
        Assert.InRange((await new FfprobeProber(runner).ProbeAsync(whole, CancellationToken.None)).DurationSeconds ?? 0, 39.9, 40.1);
        var path = folder.Combine("cut.mkv");
        await CutAsync(whole, path, 12.0 / 40);

        var e = await Assert.ThrowsAsync<MediaProbeException>(() => new FfprobeProber(runner).ProbeAsync(path, CancellationToken.None));

        Assert.Equal(ProbeFailure.Truncated, e.Kind);
        Assert.Matches("^truncated: the file ends after 1[0-3] of 40 seconds$", e.Message);
    }

    [Fact]
    public async Task ProbeAsync_FaststartMp4CutAfter12Of40Seconds_SaysHowMuchItHolds()
    {
        var clip = await Media.ClipAsync(folder.Combine("clip.mp4"), seconds: 40);
        var whole = folder.Combine("whole.mp4");
        await runner.RunAsync("ffmpeg", ["-v", "error", "-i", clip, "-c", "copy", "-movflags", "+faststart", whole], TimeSpan.FromSeconds(60), throwOnFailure: true, CancellationToken.None);
        Assert.InRange((await new FfprobeProber(runner).ProbeAsync(whole, CancellationToken.None)).DurationSeconds ?? 0, 39.9, 40.1);
        var path = folder.Combine("cut.mp4");
        await CutAsync(whole, path, 12.0 / 40);

        var e = await Assert.ThrowsAsync<MediaProbeException>(() => new FfprobeProber(runner).ProbeAsync(path, CancellationToken.None));

        Assert.Equal(ProbeFailure.Truncated, e.Kind);
        Assert.Matches("^truncated: the file ends after 1[0-3] of 40 seconds$", e.Message);
    }

    [Theory]
    [InlineData(725, 2400, "the file ends after 12 of 40 minutes")]
    [InlineData(11.7, 40, "the file ends after 11 of 40 seconds")]
    public void Describe_HeldAndDeclared_SaysHowMuch(double holds, double declared, string expected)
    {
        Assert.Equal(expected, Truncation.Describe(holds, declared));
    }

    /// <summary>What `head -c` does: the first part of the file, as an interrupted copy leaves it.</summary>
    private static async Task CutAsync(string from, string to, double fraction)
    {
        var bytes = await File.ReadAllBytesAsync(from);
        await File.WriteAllBytesAsync(to, bytes[..(int)(bytes.Length * fraction)]);
    }

    [Fact]
    public async Task ProbeAsync_MissingFile_ThrowsFileNotFound()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(
            () => new FfprobeProber(runner).ProbeAsync(folder.Combine("nope.mkv"), CancellationToken.None));
    }

    [Fact]
    public async Task ProbeAsync_MissingFfprobe_ThrowsMediaProbeException()
    {
        var path = folder.Write("x.mkv", "x");

        await Assert.ThrowsAsync<MediaProbeException>(
            () => new FfprobeProber(runner, "/nonexistent/ffprobe").ProbeAsync(path, CancellationToken.None));
    }

    [Fact]
    public void Arguments_Path_GoldenCommandLine()
    {
        Assert.Equal(
            "-v error -print_format json -show_format -show_streams file:/m/a b.mkv",
            string.Join(' ', FfprobeArguments.For("/m/a b.mkv")));
    }

    [Theory]
    [InlineData("file:/m/x.mkv: Invalid data found when processing input", "Invalid data found when processing input")]
    [InlineData("[mov,mp4 @ 0x1] moov atom not found\nfile:/m/x.mkv: Invalid data found", "Invalid data found")]
    [InlineData("", "no reason given")]
    public void Reason_Stderr_LastLineWithoutPath(string stderr, string expected)
    {
        Assert.Equal(expected, FfprobeProber.Reason(stderr, "/m/x.mkv"));
    }
}
