using System.Globalization;

namespace Hearth.Library.Probing;

/// <summary>The ffmpeg command line that grabs one video frame as a JPEG.</summary>
public static class ThumbnailArguments
{
    public static IReadOnlyList<string> For(string videoPath, string outputJpeg, double atSeconds, int width) =>
    [
        "-v", "error", "-y", "-nostdin",
        // -ss before -i seeks the input by keyframe index instead of decoding everything up to the point
        "-ss", atSeconds.ToString("0.###", CultureInfo.InvariantCulture),
        "-i", "file:" + videoPath,
        // V (not v) skips cover art stored as a video stream
        "-map", "0:V:0",
        "-frames:v", "1",
        // the height follows the display aspect ratio (dar includes a non-square pixel aspect), kept even
        "-vf", $"scale={width.ToString(CultureInfo.InvariantCulture)}:trunc(ow/dar/2)*2,setsar=1",
        "-q:v", "3",
        "-f", "image2", "-update", "1",
        outputJpeg,
    ];
}
