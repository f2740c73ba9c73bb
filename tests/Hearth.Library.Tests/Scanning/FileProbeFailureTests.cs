using Hearth.Core.Processes;
using Hearth.Library.Libraries;
using Hearth.Library.Probing;
using Hearth.Library.Scanning;
using Hearth.Testing;

namespace Hearth.Library.Tests.Scanning;

public sealed class FileProbeFailureTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FileProbe probe = new(new FfprobeProber(new ProcessRunner()), TimeProvider.System);

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ReadAsync_FileGrowingDuringTheScan_SaysStillBeingCopied()
    {
        var whole = await File.ReadAllBytesAsync(await Media.ClipAsync(folder.Combine("source", "clip.mkv"), 40, "mkv"));
        var path = folder.Combine("Movies", "Copying (2020).mkv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, whole[..(whole.Length / 4)]);
        var walked = Found(path);
        // the copy goes on after the walk saw the file
        await using (var stream = new FileStream(path, FileMode.Append))
        {
            await stream.WriteAsync(whole.AsMemory(whole.Length / 4, whole.Length / 4));
        }

        var failure = (await ReadAsync(walked)).Failure;

        Assert.NotNull(failure);
        Assert.Equal(ProbeFailure.StillCopying, failure.Kind);
        Assert.StartsWith("still being copied", failure.Reason, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(failure.Detail));
    }

    [Fact]
    public async Task ReadAsync_EmptyFileLeftAlone_SaysEmptyNotStillCopying()
    {
        var path = folder.Write("Movies/Empty (2020).mkv", "");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));

        var failure = (await ReadAsync(Found(path))).Failure;

        Assert.Equal((ProbeFailure.Empty, "the file is empty (0 bytes)"), (failure?.Kind, failure?.Reason));
    }

    private FoundFile Found(string path)
    {
        var info = new FileInfo(path);
        return new FoundFile(path, Path.GetRelativePath(folder.Combine("Movies"), path), info.Length, new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeMilliseconds(), new FolderListing(info.DirectoryName!, [info.Name]));
    }

    private Task<ProbedFile> ReadAsync(FoundFile file)
    {
        var root = folder.Combine("Movies");
        return probe.ReadAsync(Guid.NewGuid(), file.Path, file.Size, file.MtimeMs, LibraryRoots.Of([root]), null, CancellationToken.None);
    }
}
