using Hearth.Core.Processes;
using Hearth.Library.Demo;
using Hearth.Testing;

namespace Hearth.Library.Tests.Demo;

public sealed class SyntheticClipTests
{
    [Fact]
    public void BuildArguments_Default_GoldenCommandLine()
    {
        var args = new SyntheticClip().BuildArguments("/out/a.mp4", 2);

        Assert.Equal(
            "-v error -y -nostdin -f lavfi -i testsrc2=size=320x180:rate=25 -f lavfi -i sine=frequency=440:sample_rate=48000 "
            + "-map 0:v -map 1:a -t 2 -c:v libx264 -preset ultrafast -g 25 -pix_fmt yuv420p -c:a aac -ac:a:0 2 -disposition:a:0 default /out/a.mp4",
            string.Join(' ', args));
    }

    [Fact]
    public void BuildArguments_HdrHevcTwoAudioAndSubtitle_GoldenCommandLine()
    {
        var clip = new SyntheticClip
        {
            VideoSource = "mandelbrot=maxiter=100",
            Width = 640,
            Height = 360,
            FrameRate = 24,
            VideoCodec = "libx265",
            PixelFormat = "yuv420p10le",
            ColorPrimaries = "bt2020",
            ColorTransfer = "smpte2084",
            ColorSpace = "bt2020nc",
            Audio = [new(440, "eng"), new(660.5, "fre", "Commentaire", 1)],
            Subtitles = [new("Hi", "eng", IsForced: true)],
            Title = "T",
        };

        var args = clip.BuildArguments("/out/a.mkv", 1.5);

        var subtitleInput = "data:text/plain;base64," + Convert.ToBase64String("1\n00:00:00,000 --> 00:00:01,500\nHi\n\n"u8.ToArray());
        Assert.Equal(
            "-v error -y -nostdin -f lavfi -i mandelbrot=maxiter=100:size=640x360:rate=24 "
            + "-f lavfi -i sine=frequency=440:sample_rate=48000 -f lavfi -i sine=frequency=660.5:sample_rate=48000 "
            + $"-f srt -i {subtitleInput} -map 0:v -map 1:a -map 2:a -map 3:s -t 1.5 "
            + "-c:v libx265 -preset ultrafast -g 24 -x265-params log-level=error -pix_fmt yuv420p10le "
            + "-color_primaries bt2020 -color_trc smpte2084 -colorspace bt2020nc "
            + "-c:a aac -ac:a:0 2 -metadata:s:a:0 language=eng -disposition:a:0 default "
            + "-ac:a:1 1 -metadata:s:a:1 language=fre -metadata:s:a:1 title=Commentaire -disposition:a:1 0 "
            + "-c:s srt -metadata:s:s:0 language=eng -disposition:s:0 forced -metadata title=T /out/a.mkv",
            string.Join(' ', args));
    }

    [Fact]
    public void BuildArguments_Mp4WithSubtitle_UsesMovText()
    {
        var args = new SyntheticClip { Subtitles = [new("x")] }.BuildArguments("/out/a.mp4", 1);

        Assert.Contains("mov_text", args);
    }

    [Fact]
    public async Task MakeAsync_Mp4_WritesPlayableFileAndNoTempLeft()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("sub", "clip.mp4");

        await new SyntheticClip().MakeAsync(new ProcessRunner(), path, 1);

        Assert.True(new FileInfo(path).Length > 1000);
        Assert.Single(Directory.GetFiles(folder.Combine("sub")));
    }

    [Fact]
    public async Task MakeAsync_BadSource_ThrowsAndLeavesNothing()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("clip.mp4");

        await Assert.ThrowsAsync<ExternalProcessException>(
            () => new SyntheticClip { VideoSource = "nosuchsource" }.MakeAsync(new ProcessRunner(), path, 1));

        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
