using Hearth.Core.Processes;
using Hearth.Library.Images;
using Hearth.Library.Probing;
using Hearth.Testing;

namespace Hearth.Library.Tests.Images;

public sealed class ImageResizerTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ProcessRunner runner = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void For_Box_GoldenCommandLine()
    {
        Assert.Equal(
            "-v error -y -nostdin -i file:/a/p.png -frames:v 1 -vf scale=w='min(iw,300)':h='min(ih,450)':force_original_aspect_ratio=decrease "
            + "-q:v 2 -f image2 -update 1 /b/p.jpg",
            string.Join(' ', ImageArguments.For("/a/p.png", "/b/p.jpg", 300, 450, 100)));
    }

    [Fact]
    public void For_NoBox_NoScaleFilter()
    {
        Assert.DoesNotContain("-vf", ImageArguments.For("/a/p.png", "/b/p.jpg", null, null, 90));
    }

    [Theory]
    [InlineData(100, 2)]
    [InlineData(1, 31)]
    [InlineData(90, 5)]
    [InlineData(500, 2)]
    public void QualityScale_Quality_MjpegScale(int quality, int expected)
    {
        Assert.Equal(expected, ImageArguments.QualityScale(quality));
    }

    [Theory]
    [InlineData(200, 300, 200, 300)] // the box matches the aspect
    [InlineData(200, null, 200, 300)] // width only
    [InlineData(null, 150, 100, 150)] // height only
    [InlineData(1000, 1000, 400, 600)] // a bigger box never upscales
    [InlineData(300, 300, 200, 300)] // a square box: the height limits
    [InlineData(null, null, 400, 600)]
    public async Task ResizeAsync_Poster_FitsBoxKeepingAspect(int? maxWidth, int? maxHeight, int width, int height)
    {
        var source = await Poster(400, 600);
        var output = folder.Combine("out", "poster.jpg");

        await new ImageResizer(runner).ResizeAsync(source, output, maxWidth, maxHeight, 85, CancellationToken.None);

        var info = await new FfprobeProber(runner).ProbeAsync(output, CancellationToken.None);
        Assert.Equal((width, height), (info.Video[0].Width, info.Video[0].Height));
        Assert.Equal("mjpeg", info.Video[0].Codec);
        Assert.Single(Directory.GetFiles(folder.Combine("out")));
    }

    [Fact]
    public async Task ResizeAsync_NotAnImage_ThrowsAndWritesNothing()
    {
        var source = folder.Write("bad.jpg", "not an image");

        await Assert.ThrowsAsync<ExternalProcessException>(
            () => new ImageResizer(runner).ResizeAsync(source, folder.Combine("out", "x.jpg"), 10, 10, 80, CancellationToken.None));

        Assert.Empty(Directory.GetFiles(folder.Combine("out")));
    }

    private async Task<string> Poster(int width, int height)
    {
        var path = folder.Combine("poster.png");
        await runner.RunAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", $"testsrc2=size={width}x{height}", "-frames:v", "1", path]);
        return path;
    }
}
