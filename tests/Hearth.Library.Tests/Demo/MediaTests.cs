using Hearth.Core.Processes;
using Hearth.Library.Probing;
using Hearth.Testing;

namespace Hearth.Library.Tests.Demo;

public sealed class MediaTests
{
    [Fact]
    public async Task ClipAsync_Mkv_ExtensionFollowsContainer()
    {
        using var folder = new TempFolder();

        var path = await Media.ClipAsync(folder.Combine("x.mp4"), seconds: 1, container: "mkv");

        Assert.Equal(folder.Combine("x.mkv"), path);
        var info = await new FfprobeProber(new ProcessRunner()).ProbeAsync(path, CancellationToken.None);
        Assert.Equal(("mkv", "h264", "aac"), (info.Container, info.Video[0].Codec, info.Audio[0].Codec));
    }
}
