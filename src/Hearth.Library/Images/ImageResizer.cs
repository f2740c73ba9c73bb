using Hearth.Core.Paths;
using Hearth.Core.Processes;

namespace Hearth.Library.Images;

/// <summary>Resizes posters, fanart and stills to the sizes clients ask for, with ffmpeg (no image library needed).</summary>
public sealed class ImageResizer(ProcessRunner runner, string ffmpeg = "ffmpeg")
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Writes <paramref name="source"/> as a JPEG that fits within <paramref name="maxWidth"/> x
    /// <paramref name="maxHeight"/> (either may be null for no limit), keeping the aspect ratio and never
    /// enlarging, at JPEG <paramref name="quality"/> 1–100; written atomically so a client never reads half an
    /// image from the cache.
    /// </summary>
    /// <exception cref="ExternalProcessException">ffmpeg could not read the source.</exception>
    public Task ResizeAsync(string source, string destinationJpeg, int? maxWidth, int? maxHeight, int quality, CancellationToken ct)
    {
        if (maxWidth < 1 || maxHeight < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxWidth), "the box must be at least one pixel");
        }

        if (!File.Exists(source))
        {
            throw new FileNotFoundException("the image does not exist", source);
        }

        return AtomicOutput.WriteAsync(destinationJpeg, temp =>
            runner.RunAsync(ffmpeg, ImageArguments.For(source, temp, maxWidth, maxHeight, quality), Timeout, cancellationToken: ct));
    }
}
