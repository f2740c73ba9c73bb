using System.Globalization;

namespace Hearth.Library.Images;

/// <summary>The ffmpeg command line that fits an image inside a box as a JPEG.</summary>
public static class ImageArguments
{
    public static IReadOnlyList<string> For(string source, string destinationJpeg, int? maxWidth, int? maxHeight, int quality)
    {
        var args = new List<string> { "-v", "error", "-y", "-nostdin", "-i", "file:" + source, "-frames:v", "1" };
        if (maxWidth is not null || maxHeight is not null)
        {
            // min(iw,..) never upscales; "decrease" shrinks the other side to keep the aspect ratio
            var width = maxWidth is { } w ? $"'min(iw,{Number(w)})'" : "iw";
            var height = maxHeight is { } h ? $"'min(ih,{Number(h)})'" : "ih";
            args.AddRange(["-vf", $"scale=w={width}:h={height}:force_original_aspect_ratio=decrease"]);
        }

        args.AddRange(["-q:v", Number(QualityScale(quality)), "-f", "image2", "-update", "1", destinationJpeg]);
        return args;
    }

    /// <summary>Maps a 1–100 JPEG quality (100 best) to ffmpeg's mjpeg scale, 2 (best) to 31 (worst).</summary>
    internal static int QualityScale(int quality) =>
        Math.Clamp((int)Math.Round(2 + ((100 - Math.Clamp(quality, 1, 100)) * 29 / 99.0)), 2, 31);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
