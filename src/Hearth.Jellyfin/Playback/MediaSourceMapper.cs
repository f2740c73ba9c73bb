using System.Globalization;
using Hearth.Core.Media;
using Hearth.Jellyfin.Dtos;

namespace Hearth.Jellyfin.Playback;

/// <summary>
/// An item's file as Jellyfin's <c>MediaSourceInfo</c>: its container, length and streams with the titles apps show
/// in their track menus ("1080p H264 SDR", "English - AAC - Stereo - Default"). Stream indexes are ffmpeg's, the same
/// numbers AudioStreamIndex and SubtitleStreamIndex carry back. The server's path never leaves it: apps play through
/// URLs, and a path tells a client about the server's disks.
/// </summary>
public static class MediaSourceMapper
{
    private static readonly Dictionary<string, string> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eng"] = "English",
        ["fre"] = "French",
        ["fra"] = "French",
        ["ger"] = "German",
        ["deu"] = "German",
        ["spa"] = "Spanish",
        ["ita"] = "Italian",
        ["por"] = "Portuguese",
        ["dut"] = "Dutch",
        ["nld"] = "Dutch",
        ["swe"] = "Swedish",
        ["nor"] = "Norwegian",
        ["dan"] = "Danish",
        ["fin"] = "Finnish",
        ["pol"] = "Polish",
        ["rus"] = "Russian",
        ["jpn"] = "Japanese",
        ["kor"] = "Korean",
        ["chi"] = "Chinese",
        ["zho"] = "Chinese",
        ["ara"] = "Arabic",
        ["hin"] = "Hindi",
        ["tur"] = "Turkish",
        ["gre"] = "Greek",
        ["ell"] = "Greek",
        ["heb"] = "Hebrew",
        ["cze"] = "Czech",
        ["ces"] = "Czech",
        ["hun"] = "Hungarian",
        ["ukr"] = "Ukrainian",
    };

    /// <summary>The file's size for the answer, or null when it cannot be read now (the answer goes out without it).</summary>
    internal static long? FileSize(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? info.Length : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <param name="size">The file's size in bytes, when known (a stat; nothing is read).</param>
    /// <param name="several">The item has several versions: the source is named and known by its file.</param>
    public static MediaSourceInfo Describe(PlayableMedia media, long? size, bool several = false)
    {
        var m = media.Media;
        var defaultAudio = m.Audio.FirstOrDefault(a => a.IsDefault) ?? m.Audio.FirstOrDefault();
        var defaultSubtitle = m.Subtitles.FirstOrDefault(s => s.IsDefault) ?? m.Subtitles.FirstOrDefault(s => s.IsForced);
        List<MediaStream> streams =
        [
            .. m.Video.Select(Video),
            .. m.Audio.Select(a => Audio(a, a == defaultAudio)),
            .. m.Subtitles.Select(s => Subtitle(s, s == defaultSubtitle)),
        ];
        return new MediaSourceInfo
        {
            Id = MediaSourceIds.Of(media, several),
            Name = several ? media.VersionName ?? media.Title : media.Title,
            Container = m.Container,
            Size = size,
            RunTimeTicks = Ticks.FromSeconds(m.DurationSeconds),
            Bitrate = m.Bitrate is { } b ? (int)Math.Min(b, int.MaxValue) : null,
            // changes when the file is replaced (another size or length), so an app's cached info goes stale with it
            ETag = string.Create(CultureInfo.InvariantCulture, $"{(several ? media.FileId : media.ItemId):N}-{size ?? 0:x}-{(long)((m.DurationSeconds ?? 0) * 1000):x}"),
            MediaStreams = streams,
            DefaultAudioStreamIndex = defaultAudio?.Index,
            DefaultSubtitleStreamIndex = defaultSubtitle?.Index,
        };
    }

    private static MediaStream Video(VideoTrack v) => new()
    {
        Type = "Video",
        Index = v.Index,
        Codec = v.Codec,
        Profile = v.Profile,
        Level = v.Level,
        Width = v.Width,
        Height = v.Height,
        BitDepth = v.BitDepth,
        BitRate = Int(v.Bitrate),
        AverageFrameRate = (float?)v.FrameRate,
        RealFrameRate = (float?)v.FrameRate,
        IsAVC = v.Codec == "h264",
        VideoRange = v.Range == DynamicRange.Sdr ? "SDR" : "HDR",
        VideoRangeType = RangeType(v.Range),
        AspectRatio = AspectRatio(v.Width, v.Height),
        DisplayTitle = $"{Resolution(v.Width, v.Height)} {v.Codec.ToUpperInvariant()} {RangeType(v.Range)}",
        IsDefault = true,
    };

    private static MediaStream Audio(AudioTrack a, bool isDefault) => new()
    {
        Type = "Audio",
        Index = a.Index,
        Codec = a.Codec,
        Profile = a.Profile,
        Language = a.Language,
        Title = a.Title,
        Channels = a.Channels,
        ChannelLayout = Layout(a.Channels),
        BitRate = Int(a.Bitrate),
        IsDefault = isDefault,
        DisplayTitle = Join(LanguageName(a.Language), a.Codec.ToUpperInvariant(), Layout(a.Channels), isDefault ? "Default" : null),
    };

    private static MediaStream Subtitle(SubtitleTrack s, bool isDefault) => new()
    {
        Type = "Subtitle",
        Index = s.Index,
        Codec = JellyfinNames.SubtitleCodec(s.Codec),
        Language = s.Language,
        Title = s.Title,
        IsDefault = isDefault,
        IsForced = s.IsForced,
        IsExternal = s.ExternalPath is not null,
        IsTextSubtitleStream = !s.IsImage,
        // Hearth sends every text subtitle as WebVTT on its own URL; pictures only travel inside the video
        SupportsExternalStream = !s.IsImage,
        DisplayTitle = Join(LanguageName(s.Language), JellyfinNames.SubtitleCodec(s.Codec).ToUpperInvariant(), isDefault ? "Default" : null, s.IsForced ? "Forced" : null, s.ExternalPath is not null ? "External" : null),
    };

    public static string RangeType(DynamicRange range) => range switch
    {
        DynamicRange.Hdr10 => "HDR10",
        DynamicRange.Hdr10Plus => "HDR10Plus",
        DynamicRange.Hlg => "HLG",
        DynamicRange.DolbyVision => "DOVI",
        _ => "SDR",
    };

    private static string Resolution(int width, int height) => (width, height) switch
    {
        ( >= 3800, _) or (_, >= 2100) => "4K",
        ( >= 2500, _) or (_, >= 1400) => "1440p",
        ( >= 1900, _) or (_, >= 1000) => "1080p",
        ( >= 1260, _) or (_, >= 700) => "720p",
        _ => string.Create(CultureInfo.InvariantCulture, $"{height}p"),
    };

    private static string? AspectRatio(int width, int height)
    {
        if (width <= 0 || height <= 0)
        {
            return null;
        }

        var ratio = (double)width / height;
        return Math.Abs(ratio - 16.0 / 9) < 0.02 ? "16:9" : Math.Abs(ratio - 4.0 / 3) < 0.02 ? "4:3" : ratio.ToString("0.00", CultureInfo.InvariantCulture);
    }

    private static string Layout(int channels) => channels switch
    {
        1 => "Mono",
        2 => "Stereo",
        6 => "5.1",
        8 => "7.1",
        _ => string.Create(CultureInfo.InvariantCulture, $"{channels} ch"),
    };

    private static string? LanguageName(string? code) =>
        code is null || code.Equals("und", StringComparison.OrdinalIgnoreCase) ? null : Languages.GetValueOrDefault(code, code);

    private static string Join(params string?[] parts) => string.Join(" - ", parts.Where(p => !string.IsNullOrEmpty(p)));

    private static int? Int(long? value) => value is { } v ? (int)Math.Min(v, int.MaxValue) : null;
}
