using Hearth.Core.Paths;
using Hearth.Core.Processes;

namespace Hearth.Library.Probing;

/// <summary>Makes a still of a video (the item's thumbnail or an episode still) with ffmpeg.</summary>
public sealed class ThumbnailMaker(ProcessRunner runner, string ffmpeg = "ffmpeg")
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Writes one frame near <paramref name="atSeconds"/>, <paramref name="width"/> pixels wide, to
    /// <paramref name="outputJpeg"/> atomically. A time past the end (the duration was wrong, or the file is
    /// shorter than the caller thought) falls back to the first frame rather than failing.
    /// </summary>
    /// <exception cref="ExternalProcessException">ffmpeg could not read the video.</exception>
    public Task MakeAsync(string videoPath, string outputJpeg, double atSeconds, int width, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        var at = double.IsFinite(atSeconds) && atSeconds > 0 ? atSeconds : 0;
        return AtomicOutput.WriteAsync(outputJpeg, async temp =>
        {
            await runner.RunAsync(ffmpeg, ThumbnailArguments.For(videoPath, temp, at, width), Timeout, cancellationToken: ct).ConfigureAwait(false);
            // seeking past the end is no error to ffmpeg: it just encodes nothing
            if (at > 0 && (!File.Exists(temp) || new FileInfo(temp).Length == 0))
            {
                await runner.RunAsync(ffmpeg, ThumbnailArguments.For(videoPath, temp, 0, width), Timeout, cancellationToken: ct).ConfigureAwait(false);
            }
        });
    }
}
