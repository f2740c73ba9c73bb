using Hearth.Core.Media;

namespace Hearth.Streaming.Profiles;

/// <summary>
/// The profiles Hearth knows without being told: the three browser engines, the NVIDIA Shield (2019) and a
/// generic DLNA television. Limits follow what each decodes in practice, not what it may in theory.
/// </summary>
public static class BuiltInProfiles
{
    private static readonly string[] BrowserText = ["subrip", "ass", "ssa", "webvtt", "mov_text", "text"];

    public static DeviceProfile Chromium { get; } = new()
    {
        Id = "chromium",
        Name = "Chromium / Chrome / Edge",
        Containers = ["mp4", "m4v", "webm"],
        Video =
        [
            new("h264") { Profiles = ["Constrained Baseline", "Baseline", "Main", "High"], MaxLevel = 52 },
            new("vp8"),
            new("vp9") { MaxBitDepth = 10 },
            new("av1") { MaxBitDepth = 10 },
        ],
        Audio = [new("aac", 2), new("mp3", 2), new("opus", 2), new("vorbis", 2), new("flac", 2)],
        TextSubtitles = BrowserText,
        MaxAudioChannels = 2,
    };

    public static DeviceProfile Firefox { get; } = Chromium with
    {
        Id = "firefox",
        Name = "Firefox",
    };

    public static DeviceProfile Safari { get; } = new()
    {
        Id = "safari",
        Name = "Safari (macOS, iOS)",
        Containers = ["mp4", "m4v", "mov"],
        Video =
        [
            new("h264") { Profiles = ["Constrained Baseline", "Baseline", "Main", "High"], MaxLevel = 52 },
            new("hevc") { Profiles = ["Main", "Main 10"], MaxBitDepth = 10, Ranges = [DynamicRange.Sdr, DynamicRange.Hdr10, DynamicRange.Hlg] },
        ],
        Audio = [new("aac", 6), new("mp3", 2), new("ac3", 6), new("eac3", 6), new("flac", 2), new("alac", 2)],
        TextSubtitles = BrowserText,
        MaxAudioChannels = 6,
    };

    /// <summary>The NVIDIA Shield TV (2019): HEVC Main10 4K with HDR10 and Dolby Vision, no AV1 in hardware, PGS drawn natively.</summary>
    /// <param name="passthrough">Codecs the user says the receiver takes (<c>dts</c>, <c>truehd</c>); the Shield itself decodes AC3 and E-AC3.</param>
    public static DeviceProfile Shield(IReadOnlyCollection<string>? passthrough = null)
    {
        List<AudioCodecRule> audio = [new("aac", 8), new("mp3", 2), new("opus", 8), new("vorbis", 8), new("flac", 8), new("ac3", 6), new("eac3", 8), new("pcm_s16le", 8), new("pcm_s24le", 8)];
        foreach (var codec in passthrough ?? [])
        {
            if (audio.All(a => !string.Equals(a.Codec, codec, StringComparison.OrdinalIgnoreCase)))
            {
                audio.Add(new(codec.ToLowerInvariant(), 8));
            }
        }

        return new DeviceProfile
        {
            Id = "shield",
            Name = "NVIDIA Shield TV",
            Containers = ["mkv", "mp4", "m4v", "webm", "mov", "ts", "m2ts"],
            Video =
            [
                new("h264") { MaxLevel = 52 },
                new("hevc") { Profiles = ["Main", "Main 10"], MaxLevel = 153, MaxBitDepth = 10, Ranges = [DynamicRange.Sdr, DynamicRange.Hdr10, DynamicRange.Hlg, DynamicRange.DolbyVision], DolbyVisionProfiles = [5, 7, 8] },
                new("vp9") { MaxBitDepth = 10, Ranges = [DynamicRange.Sdr, DynamicRange.Hdr10] },
                new("mpeg2video"),
            ],
            Audio = audio,
            ImageSubtitles = ["hdmv_pgs_subtitle", "dvd_subtitle"],
            MaxAudioChannels = 6,
        };
    }

    /// <summary>A DLNA television of the common kind: H.264 8-bit up to 1080p, AAC/AC3/MP3, no picture subtitles of its own.</summary>
    public static DeviceProfile DlnaTv { get; } = new()
    {
        Id = "dlna",
        Name = "Generic DLNA / TV",
        Containers = ["mp4", "ts", "mkv"],
        Video = [new("h264") { Profiles = ["Main", "High"], MaxLevel = 41 }, new("mpeg2video")],
        Audio = [new("aac", 6), new("ac3", 6), new("mp3", 2)],
        MaxWidth = 1920,
        MaxHeight = 1080,
        MaxBitrate = 20_000_000,
        MaxAudioChannels = 6,
        HlsFmp4 = false,
    };

    /// <summary>The built-in profile with this id (<c>chromium</c>, <c>firefox</c>, <c>safari</c>, <c>shield</c>, <c>dlna</c>), or null.</summary>
    public static DeviceProfile? Find(string id, IReadOnlyCollection<string>? passthrough = null) => id.ToLowerInvariant() switch
    {
        "chromium" or "chrome" or "edge" => Chromium,
        "firefox" => Firefox,
        "safari" => Safari,
        "shield" => Shield(passthrough),
        "dlna" or "tv" => DlnaTv,
        _ => null,
    };

    public static IReadOnlyList<string> Ids { get; } = ["chromium", "firefox", "safari", "shield", "dlna"];
}
