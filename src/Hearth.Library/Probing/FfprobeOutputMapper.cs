using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hearth.Library.Probing;

/// <summary>
/// Maps the JSON of <c>ffprobe -show_format -show_streams</c> to <see cref="MediaInfo"/>. Pure, so every
/// odd shape ffprobe prints can be pinned by a fixture without running it.
/// </summary>
public static partial class FfprobeOutputMapper
{
    /// <param name="json">ffprobe's standard output.</param>
    /// <param name="path">The probed file; its extension tells containers of one demuxer family apart.</param>
    /// <exception cref="MediaProbeException">The output is not ffprobe JSON, or has no audio and no video.</exception>
    public static MediaInfo Map(string json, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new MediaProbeException("ffprobe printed something that is not JSON", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var format = root.Child("format");
            var video = new List<VideoStream>();
            var audio = new List<AudioStream>();
            var subtitles = new List<SubtitleStream>();
            double? longestStream = null;
            if (root.Child("streams") is { ValueKind: JsonValueKind.Array } streams)
            {
                foreach (var stream in streams.EnumerateArray())
                {
                    switch (stream.String("codec_type"))
                    {
                        case "video" when !IsPicture(stream):
                            video.Add(MapVideo(stream));
                            break;
                        case "audio":
                            audio.Add(MapAudio(stream));
                            break;
                        case "subtitle":
                            subtitles.Add(MapSubtitle(stream));
                            break;
                        default:
                            continue;
                    }

                    longestStream = Max(longestStream, stream.Double("duration") ?? DurationTag(stream));
                }
            }

            if (video.Count == 0 && audio.Count == 0)
            {
                throw new MediaProbeException(ProbeFailure.NotMedia, "not a video: the file has no video or audio stream", null);
            }

            return new MediaInfo(
                ContainerNames.FromFormatName(format.String("format_name"), path),
                Positive(format.Double("duration")) ?? Positive(longestStream),
                Positive(format.Long("bit_rate")),
                video,
                audio,
                subtitles);
        }
    }

    // cover art and thumbnails are stored as one-frame video streams; they are artwork, not something to play
    private static bool IsPicture(JsonElement stream) =>
        stream.Flag("attached_pic") || stream.Flag("timed_thumbnails") || stream.Flag("still_image");

    private static VideoStream MapVideo(JsonElement stream)
    {
        var (hdr, dvProfile) = HdrDetection.Detect(stream);
        var pixelFormat = stream.String("pix_fmt");
        return new VideoStream(
            stream.Int("index") ?? 0,
            stream.String("codec_name") ?? "unknown",
            stream.String("profile"),
            stream.Int("level") is > 0 and var level ? level : null, // ffprobe prints -99 for unknown
            stream.Int("width") ?? 0,
            stream.Int("height") ?? 0,
            FrameRate(stream.String("avg_frame_rate")) ?? FrameRate(stream.String("r_frame_rate")),
            BitDepth(stream.Int("bits_per_raw_sample"), pixelFormat),
            pixelFormat,
            hdr,
            dvProfile,
            stream.String("color_transfer"),
            stream.String("color_primaries"),
            StreamBitrate(stream),
            stream.Flag("default"));
    }

    private static AudioStream MapAudio(JsonElement stream) => new(
        stream.Int("index") ?? 0,
        stream.String("codec_name") ?? "unknown",
        stream.String("profile"),
        stream.Int("channels") ?? 0,
        stream.String("channel_layout"),
        LanguageCodes.NormalizeTag(stream.Tag("language")),
        stream.Tag("title"),
        stream.Flag("default"),
        StreamBitrate(stream),
        Positive(stream.Int("sample_rate")));

    private static SubtitleStream MapSubtitle(JsonElement stream)
    {
        var title = stream.Tag("title");
        return new SubtitleStream(
            stream.Int("index") ?? 0,
            stream.String("codec_name") ?? "unknown",
            LanguageCodes.NormalizeTag(stream.Tag("language")),
            title,
            stream.Flag("default"),
            // many releases mark forced or SDH tracks only in the title, not the disposition
            stream.Flag("forced") || TitleSays(title, "forced"),
            stream.Flag("hearing_impaired") || TitleSays(title, "sdh"),
            IsExternal: false,
            Path: null);
    }

    private static bool TitleSays(string? title, string word) =>
        title is not null && WordPattern().Split(title).Any(part => part.Equals(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>"24000/1001" → 23.976; "0/0" (unknown) → null.</summary>
    internal static double? FrameRate(string? ratio)
    {
        if (ratio is null)
        {
            return null;
        }

        var parts = ratio.Split('/');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var numerator)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var denominator)
            && numerator > 0 && denominator > 0)
        {
            return Math.Round(numerator / denominator, 3);
        }

        return double.TryParse(ratio, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain) && plain > 0 ? plain : null;
    }

    /// <summary>The bits per sample: ffprobe's own field when set, else read from the pixel format name.</summary>
    internal static int? BitDepth(int? bitsPerRawSample, string? pixelFormat)
    {
        if (bitsPerRawSample is > 0)
        {
            return bitsPerRawSample;
        }

        if (pixelFormat is null)
        {
            return null;
        }

        // yuv420p10le, p010le, yuv444p12be: the digits before the endianness are the depth per component
        var match = DepthPattern().Match(pixelFormat);
        return match.Success && int.TryParse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out var depth) && depth is > 8 and <= 16
            ? depth
            : 8;
    }

    // Matroska muxers (mkvmerge) store the per-stream bitrate and duration as tags, not stream fields.
    private static long? StreamBitrate(JsonElement stream) =>
        Positive(stream.Long("bit_rate"))
        ?? Positive(long.TryParse(stream.Tag("BPS") ?? stream.Tag("BPS-eng"), CultureInfo.InvariantCulture, out var bps) ? bps : null);

    private static double? DurationTag(JsonElement stream) =>
        TimeSpan.TryParse(TrimFraction(stream.Tag("DURATION") ?? stream.Tag("DURATION-eng")), CultureInfo.InvariantCulture, out var duration)
            ? duration.TotalSeconds
            : null;

    // "00:00:10.000000000" has more fraction digits than TimeSpan accepts
    private static string? TrimFraction(string? text)
    {
        var dot = text?.IndexOf('.') ?? -1;
        return dot >= 0 && text!.Length > dot + 8 ? text[..(dot + 8)] : text;
    }

    private static double? Max(double? a, double? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static long? Positive(long? value) => value > 0 ? value : null;

    private static int? Positive(int? value) => value > 0 ? value : null;

    private static double? Positive(double? value) => value > 0 ? value : null;

    [GeneratedRegex(@"(\d+)(?:le|be)$")]
    private static partial Regex DepthPattern();

    [GeneratedRegex(@"[^A-Za-z0-9]+")]
    private static partial Regex WordPattern();
}
