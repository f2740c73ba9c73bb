using Hearth.Core.Processes;

namespace Hearth.Testing;

/// <summary>Artwork for tests: a JPEG of a given size made by ffmpeg.</summary>
public static class TestImages
{
    private static readonly ProcessRunner Runner = new();

    public static async Task<string> JpegAsync(string path, int width, int height)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Runner.RunAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", $"color=c=steelblue:s={width}x{height}", "-frames:v", "1", path]).ConfigureAwait(false);
        return path;
    }
}
