namespace Hearth.Core.Paths;

/// <summary>
/// Lets an external tool write a file so readers only ever see it whole: the tool writes a hidden temp
/// file beside the destination (same folder, so the rename cannot cross filesystems), which is renamed
/// over the destination only once the tool succeeded. A crash leaves at most a dot-file, never a half file.
/// </summary>
public static class AtomicOutput
{
    /// <summary>A temp name beside the destination that keeps its extension, since ffmpeg picks the format by it.</summary>
    public static string TempPathFor(string destination)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(destination))!;
        var name = Path.GetFileNameWithoutExtension(destination);
        return Path.Combine(folder, $".{name}.partial-{Guid.NewGuid().ToString("N")[..8]}{Path.GetExtension(destination)}");
    }

    /// <summary>Runs <paramref name="write"/> on a temp path, then moves the result over <paramref name="destination"/>.</summary>
    /// <exception cref="IOException">The writer finished but left no file, or an empty one.</exception>
    public static async Task WriteAsync(string destination, Func<string, Task> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(destination))!;
        Directory.CreateDirectory(folder);
        var temp = TempPathFor(destination);
        try
        {
            await write(temp).ConfigureAwait(false);
            if (!File.Exists(temp) || new FileInfo(temp).Length == 0)
            {
                throw new IOException($"nothing was written for {Path.GetFileName(destination)}");
            }

            File.Move(temp, destination, overwrite: true);
        }
        finally
        {
            File.Delete(temp); // a no-op after the move; removes the partial file after a failure or cancellation
        }
    }

    /// <summary>Writes text atomically.</summary>
    public static Task WriteTextAsync(string destination, string content, CancellationToken cancellationToken) =>
        WriteAsync(destination, temp => File.WriteAllTextAsync(temp, content, cancellationToken));
}
