using Hearth.Core.Processes;
using Hearth.Library.Probing;
using Hearth.Testing;

namespace Hearth.Library.Tests.Probing;

public sealed class ThumbnailMakerTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ProcessRunner runner = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void For_Video_GoldenCommandLine()
    {
        Assert.Equal(
            "-v error -y -nostdin -ss 1.25 -i file:/m/a.mkv -map 0:V:0 -frames:v 1 -vf scale=320:trunc(ow/dar/2)*2,setsar=1 "
            + "-q:v 3 -f image2 -update 1 /t/a.jpg",
            string.Join(' ', ThumbnailArguments.For("/m/a.mkv", "/t/a.jpg", 1.25, 320)));
    }

    [Fact]
    public async Task MakeAsync_Clip_JpegAtWidthKeepingAspect()
    {
        var video = await Media.ClipAsync(folder.Combine("clip.mp4"), seconds: 2);
        var output = folder.Combine("thumbs", "clip.jpg");

        await new ThumbnailMaker(runner).MakeAsync(video, output, 1, 160, CancellationToken.None);

        Assert.Equal((160, 90), await ImageSize(output));
        Assert.Equal([output], Directory.GetFiles(folder.Combine("thumbs")));
    }

    [Fact]
    public async Task MakeAsync_TimePastTheEnd_FallsBackToFirstFrame()
    {
        var video = await Media.ClipAsync(folder.Combine("clip.mp4"), seconds: 1);
        var output = folder.Combine("late.jpg");

        await new ThumbnailMaker(runner).MakeAsync(video, output, 30, 64, CancellationToken.None);

        Assert.Equal((64, 36), await ImageSize(output));
    }

    [Fact]
    public async Task MakeAsync_NotAVideo_ThrowsAndWritesNothing()
    {
        var video = folder.Write("bad.mkv", "garbage");
        var output = folder.Combine("bad.jpg");

        await Assert.ThrowsAsync<ExternalProcessException>(
            () => new ThumbnailMaker(runner).MakeAsync(video, output, 1, 64, CancellationToken.None));

        Assert.Equal([video], Directory.GetFiles(folder.Path));
    }

    private async Task<(int Width, int Height)> ImageSize(string path)
    {
        var info = await new FfprobeProber(runner).ProbeAsync(path, CancellationToken.None);
        return (info.Video[0].Width, info.Video[0].Height);
    }
}
