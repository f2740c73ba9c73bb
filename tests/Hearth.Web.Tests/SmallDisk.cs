using Hearth.Core.Processes;
using Hearth.Testing;

namespace Hearth.Web.Tests;

/// <summary>
/// A tmpfs of a few hundred KB mounted in a temp folder: a disk that really fills up and answers ENOSPC,
/// unmounted on dispose. Needs root (see <see cref="RootFactAttribute"/>).
/// </summary>
internal sealed class SmallDisk : IAsyncDisposable
{
    private static readonly ProcessRunner Runner = new();
    private readonly TempFolder folder;

    private SmallDisk(TempFolder folder, string path)
    {
        this.folder = folder;
        Path = path;
    }

    public string Path { get; }

    /// <param name="options">tmpfs options, e.g. <c>size=1m</c> or <c>nr_inodes=4</c>.</param>
    public static async Task<SmallDisk> MountAsync(string options)
    {
        var folder = new TempFolder();
        var path = folder.Combine("disk");
        Directory.CreateDirectory(path);
        await Runner.RunAsync("mount", ["-t", "tmpfs", "-o", options + ",mode=0755", "hearth-test-disk", path], TimeSpan.FromSeconds(10));
        return new SmallDisk(folder, path);
    }

    /// <summary>Writes one file until the disk refuses more, then gives back <paramref name="leave"/> bytes.</summary>
    public void Fill(int leave)
    {
        var filler = System.IO.Path.Combine(Path, "filler");
        var page = new byte[4096];
        using (var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            try
            {
                while (true)
                {
                    stream.Write(page);
                }
            }
            catch (IOException)
            {
                // full: what the test wants
            }
        }

        using var shrink = new FileStream(filler, FileMode.Open, FileAccess.Write);
        shrink.SetLength(Math.Max(0, shrink.Length - leave));
    }

    /// <summary>Creates empty files until the disk has no inode left (ENOSPC for any new file or folder).</summary>
    public void FillInodes()
    {
        for (var i = 0; ; i++)
        {
            try
            {
                File.WriteAllBytes(System.IO.Path.Combine(Path, $"inode-{i}"), []);
            }
            catch (IOException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        // lazy: a file the server still holds open for a moment must not keep the mount around
        await Runner.RunAsync("umount", ["-l", Path], TimeSpan.FromSeconds(10), throwOnFailure: false);
        folder.Dispose();
    }
}
