using Hearth.Core.Processes;
using Hearth.Library.Demo;

namespace Hearth.Testing;

/// <summary>Tiny real media files for tests, made by ffmpeg on the spot.</summary>
public static class Media
{
    private static readonly ProcessRunner Runner = new();

    /// <summary>
    /// Writes a 320x180 h264 + aac clip and returns its path; the extension becomes <paramref name="container"/>
    /// (mp4, mkv, mov) when the path has another one.
    /// </summary>
    public static async Task<string> ClipAsync(string path, double seconds = 2, string container = "mp4")
    {
        var extension = "." + container.TrimStart('.');
        if (!path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            path = Path.ChangeExtension(path, extension);
        }

        await new SyntheticClip().MakeAsync(Runner, path, seconds).ConfigureAwait(false);
        return path;
    }
}
