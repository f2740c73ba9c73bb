using System.Globalization;
using Hearth.Core.Media;
using Hearth.Streaming.Profiles;

namespace Hearth.Jellyfin.Playback;

/// <summary>
/// A Jellyfin app's device profile as Hearth's own, so one decider (streaming's) answers both APIs. Jellyfin's model
/// is richer than Hearth's: it pairs codecs with containers, and scopes limits to codecs and containers. Where Hearth
/// cannot say the same, the mapping leans towards the transcode (a stream that plays) over a direct play that may not:
/// <list type="bullet">
/// <item>Codecs come from the direct-play profiles naming the file's container; when none does, from the app's HLS
/// transcoding profile (the codecs it takes inside HLS, where a remux puts them); without a file, from all of them.</item>
/// <item>An empty codec list ("any") stands for the common codecs, not for DTS or TrueHD, which few TVs decode.</item>
/// <item>A limit of a codec profile holds whatever its ApplyConditions say (Hearth does not evaluate them); width,
/// height and bitrate limits hold for the whole profile when they are the file's codec's (or no file is given).</item>
/// <item>With no VideoRangeType condition a codec shows SDR, HDR10 and HLG (as a Jellyfin server would play them),
/// never Dolby Vision, which needs the app to say so; an H.264 with no bit depth condition is 8-bit, others 10-bit.</item>
/// <item>A text subtitle is shown unless its only profiles say Encode; a picture one only when a profile says Embed.</item>
/// </list>
/// Unknown conditions, properties and types are ignored, as are values that are not numbers where numbers belong.
/// </summary>
public static class DeviceProfileMapper
{
    private static readonly string[] AnyVideo = ["h264", "hevc", "vp8", "vp9", "av1", "mpeg2video", "mpeg4", "vc1"];
    private static readonly string[] AnyAudio = ["aac", "mp3", "ac3", "eac3", "opus", "vorbis", "flac", "alac", "pcm_s16le", "pcm_s24le"];
    private static readonly string[] TextCodecs = ["subrip", "ass", "ssa", "webvtt", "mov_text", "text"];
    private static readonly string[] PictureCodecs = ["hdmv_pgs_subtitle", "dvd_subtitle", "dvb_subtitle"];
    private static readonly DynamicRange[] UnstatedRanges = [DynamicRange.Sdr, DynamicRange.Hdr10, DynamicRange.Hlg];

    /// <param name="container">The file's container (Hearth's name), to take the codecs of the profiles for it.</param>
    /// <param name="videoCodec">The file's video codec, to scope width, height and bitrate limits.</param>
    public static DeviceProfile Map(JellyfinDeviceProfile source, string? container = null, string? videoCodec = null)
    {
        var direct = (source.DirectPlayProfiles ?? []).Where(p => p is not null && IsType(p.Type, "Video")).ToList();
        var hls = (source.TranscodingProfiles ?? []).FirstOrDefault(t => t is not null && IsType(t.Type, "Video") && string.Equals(t.Protocol, "hls", StringComparison.OrdinalIgnoreCase));
        var forFile = container is null ? direct : direct.Where(p => Containers(p.Container).Contains(container, StringComparer.OrdinalIgnoreCase)).ToList();

        List<string> video;
        List<string> audio;
        if (forFile.Count > 0 || hls is null)
        {
            var from = forFile.Count > 0 ? forFile : direct;
            video = [.. from.SelectMany(p => Codecs(p.VideoCodec, AnyVideo)).Distinct()];
            audio = [.. from.SelectMany(p => Codecs(p.AudioCodec, AnyAudio)).Distinct()];
        }
        else
        {
            video = [.. Codecs(hls.VideoCodec, ["h264"]).Distinct()];
            audio = [.. Codecs(hls.AudioCodec, ["aac"]).Distinct()];
        }

        var limits = new Limits { MaxBitrate = Min(Positive(source.MaxStreamingBitrate), Positive(source.MaxStaticBitrate)) };
        var codecProfiles = (source.CodecProfiles ?? []).Where(c => c is not null && AppliesToContainer(c, container)).ToList();
        var videoRules = video.Select(codec => VideoRule(codec, codecProfiles.Where(c => IsType(c.Type, "Video") && Names(c.Codec, codec)), videoCodec, limits)).ToList();
        var audioRules = audio.Select(codec => AudioRule(codec, codecProfiles.Where(c => (IsType(c.Type, "VideoAudio") || IsType(c.Type, "Audio")) && Names(c.Codec, codec)))).ToList();
        var (text, pictures) = Subtitles(source.SubtitleProfiles ?? []);

        return new DeviceProfile
        {
            Id = "jellyfin",
            Name = string.IsNullOrWhiteSpace(source.Name) ? "Jellyfin app" : source.Name,
            Containers = [.. direct.SelectMany(p => Containers(p.Container)).Distinct()],
            Video = videoRules,
            Audio = audioRules,
            TextSubtitles = text,
            ImageSubtitles = pictures,
            MaxWidth = limits.MaxWidth ?? 3840,
            MaxHeight = limits.MaxHeight ?? 2160,
            MaxBitrate = limits.MaxBitrate,
            MaxAudioChannels = Number(hls?.MaxAudioChannels) is > 0 and var channels ? channels : 2,
            HlsFmp4 = hls?.Container?.Trim().ToLowerInvariant() is "mp4" or "fmp4",
        };
    }

    private static VideoCodecRule VideoRule(string codec, IEnumerable<CodecProfile> profiles, string? fileCodec, Limits limits)
    {
        var rule = new VideoCodecRule(codec) { MaxBitDepth = codec == "h264" ? 8 : 10, Ranges = UnstatedRanges };
        var scoped = fileCodec is null || string.Equals(fileCodec, codec, StringComparison.OrdinalIgnoreCase);
        foreach (var condition in profiles.SelectMany(p => p.Conditions ?? []).Where(c => c is not null))
        {
            var values = Values(condition);
            switch (condition.Property)
            {
                case "VideoProfile" when values is not null:
                    rule = rule with { Profiles = rule.Profiles is null ? values : [.. rule.Profiles.Intersect(values, StringComparer.OrdinalIgnoreCase)] };
                    break;
                case "VideoRangeType" when values is not null:
                    rule = rule with { Ranges = [DynamicRange.Sdr, .. values.Select(Range).OfType<DynamicRange>().Where(r => r != DynamicRange.Sdr).Distinct()] };
                    break;
                case "VideoLevel" when Maximum(condition) is { } level:
                    rule = rule with { MaxLevel = Min(rule.MaxLevel, level) };
                    break;
                case "VideoBitDepth" when Maximum(condition) is { } depth:
                    rule = rule with { MaxBitDepth = (int)Math.Min(rule.MaxBitDepth, depth) };
                    break;
                case "Width" when scoped && Maximum(condition) is { } width and > 0:
                    limits.MaxWidth = Min(limits.MaxWidth, width);
                    break;
                case "Height" when scoped && Maximum(condition) is { } height and > 0:
                    limits.MaxHeight = Min(limits.MaxHeight, height);
                    break;
                case "VideoBitrate" when scoped && Maximum(condition) is { } bitrate and > 0:
                    limits.MaxBitrate = Min(limits.MaxBitrate, bitrate);
                    break;
                default:
                    break;
            }
        }

        return rule;
    }

    private static AudioCodecRule AudioRule(string codec, IEnumerable<CodecProfile> profiles)
    {
        var channels = 8;
        foreach (var condition in profiles.SelectMany(p => p.Conditions ?? []).Where(c => c is not null && c.Property == "AudioChannels"))
        {
            if (Maximum(condition) is > 0 and var most)
            {
                channels = (int)Math.Min(channels, most);
            }
        }

        return new AudioCodecRule(codec, channels);
    }

    private static (IReadOnlyList<string> Text, IReadOnlyList<string> Pictures) Subtitles(IReadOnlyList<SubtitleProfile> profiles)
    {
        var methods = profiles.Where(p => p?.Format is not null)
            .SelectMany(p => JellyfinNames.List(p.Format).Select(f => (Format: JellyfinNames.SubtitleFormat(f), Method: p.Method?.Trim() ?? string.Empty)))
            .ToLookup(p => p.Format, p => p.Method, StringComparer.OrdinalIgnoreCase);
        bool Shown(string codec) => methods[codec].Any(m => !string.Equals(m, "Encode", StringComparison.OrdinalIgnoreCase) && !string.Equals(m, "Drop", StringComparison.OrdinalIgnoreCase));
        var text = TextCodecs.Where(c => !methods.Contains(c) || Shown(c)).ToList();
        var pictures = PictureCodecs.Where(c => methods[c].Contains("Embed", StringComparer.OrdinalIgnoreCase)).ToList();
        return (text, pictures);
    }

    private static bool IsType(string? type, string wanted) => string.IsNullOrEmpty(type) ? wanted == "Video" : string.Equals(type.Trim(), wanted, StringComparison.OrdinalIgnoreCase);

    private static bool AppliesToContainer(CodecProfile profile, string? container) =>
        container is null || string.IsNullOrWhiteSpace(profile.Container) || Containers(profile.Container).Contains(container, StringComparer.OrdinalIgnoreCase);

    /// <summary>An empty Codec names every codec of the profile's type.</summary>
    private static bool Names(string? codecs, string codec) =>
        string.IsNullOrWhiteSpace(codecs) || JellyfinNames.List(codecs).Select(JellyfinNames.Codec).Contains(codec, StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> Containers(string? list) => JellyfinNames.List(list).Select(JellyfinNames.Container);

    private static IEnumerable<string> Codecs(string? list, IEnumerable<string> whenEmpty) =>
        string.IsNullOrWhiteSpace(list) ? whenEmpty : JellyfinNames.List(list).Select(JellyfinNames.Codec);

    /// <summary>The values an Equals or EqualsAny condition allows; null for conditions that do not list values.</summary>
    private static List<string>? Values(ProfileCondition condition) => condition.Condition switch
    {
        "Equals" or "EqualsAny" when !string.IsNullOrWhiteSpace(condition.Value) => [.. JellyfinNames.List(condition.Value, '|')],
        _ => null,
    };

    /// <summary>The largest value a LessThanEqual (or Equals) condition allows; null when it is not a number.</summary>
    private static long? Maximum(ProfileCondition condition) =>
        condition.Condition is "LessThanEqual" or "Equals" && double.TryParse(condition.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value is >= 0 and <= long.MaxValue
            ? (long)value
            : null;

    private static DynamicRange? Range(string value) => value.ToUpperInvariant() switch
    {
        "SDR" => DynamicRange.Sdr,
        "HDR10" => DynamicRange.Hdr10,
        "HDR10PLUS" => DynamicRange.Hdr10Plus,
        "HLG" => DynamicRange.Hlg,
        // DOVIWithHDR10 and its kin mean "plays the fallback layer", which Hearth's probe does not describe
        "DOVI" => DynamicRange.DolbyVision,
        _ => null,
    };

    private static int? Number(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static long? Positive(long? value) => value is > 0 ? value : null;

    private static long? Min(long? a, long? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static int? Min(int? a, long b) => (int)Math.Min(a ?? int.MaxValue, Math.Min(b, int.MaxValue));

    /// <summary>The limits gathered across codec profiles that Hearth's profile keeps once.</summary>
    private sealed class Limits
    {
        public int? MaxWidth { get; set; }

        public int? MaxHeight { get; set; }

        public long? MaxBitrate { get; set; }
    }
}
