using Hearth.Library.Probing;

namespace Hearth.Bench;

/// <summary>
/// Answers what ffprobe would say of an ordinary 1080p movie without opening the file, so a 100,000-item
/// store can be filled through the scanner's own write path in minutes rather than hours of ffprobe.
/// Durations vary with the path so the stored JSON is not one repeated value.
/// </summary>
public sealed class FakeProber : IMediaProber
{
    public Task<MediaInfo> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        var seconds = 5400 + (Math.Abs(path.GetHashCode(StringComparison.Ordinal)) % 3600);
        // ffprobe's demuxer family, named as the real prober's mapper names it (mkv, mp4)
        var formatName = path.EndsWith(".mp4", StringComparison.OrdinalIgnoreCase) ? "mov,mp4,m4a,3gp,3g2,mj2" : "matroska,webm";
        var container = ContainerNames.FromFormatName(formatName, path);
        var video = new VideoStream(0, "h264", "High", 41, 1920, 1080, 23.976, 8, "yuv420p", HdrKind.None, null, "bt709", "bt709", 8_000_000, true);
        var audio = new AudioStream(1, "aac", "LC", 2, "stereo", "eng", null, true, 192_000, 48_000);
        return Task.FromResult(new MediaInfo(container, seconds, 8_200_000, [video], [audio], []));
    }
}
