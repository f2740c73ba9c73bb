using Hearth.Core.Media;

namespace Hearth.Streaming.Profiles;

/// <summary>
/// What a client can play: the containers it opens, the video and audio codecs it decodes (with limits),
/// the subtitle formats it shows itself, and the largest picture and bitrate it takes. Built in
/// (<see cref="BuiltInProfiles"/>) or sent by the client with its playback request.
/// </summary>
public sealed record DeviceProfile
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Containers played from a file as is (<c>mp4</c>, <c>mkv</c> …).</summary>
    public IReadOnlyList<string> Containers { get; init; } = [];

    public IReadOnlyList<VideoCodecRule> Video { get; init; } = [];

    public IReadOnlyList<AudioCodecRule> Audio { get; init; } = [];

    /// <summary>Text subtitle codecs the client shows when sent as a WebVTT side stream (nearly every client: <c>webvtt</c>).</summary>
    public IReadOnlyList<string> TextSubtitles { get; init; } = ["subrip", "ass", "ssa", "webvtt", "mov_text", "text"];

    /// <summary>Picture subtitle codecs the client draws itself from the file (PGS on the Shield); others are burned in.</summary>
    public IReadOnlyList<string> ImageSubtitles { get; init; } = [];

    public int MaxWidth { get; init; } = 3840;

    public int MaxHeight { get; init; } = 2160;

    /// <summary>The most the client can take, in bits per second; null for no limit of its own.</summary>
    public long? MaxBitrate { get; init; }

    /// <summary>Channels of transcoded audio (AAC); sources with more are downmixed.</summary>
    public int MaxAudioChannels { get; init; } = 2;

    /// <summary>Whether the client plays HLS with fMP4 segments; TS segments otherwise.</summary>
    public bool HlsFmp4 { get; init; } = true;

    public VideoCodecRule? VideoRule(string codec) => Video.FirstOrDefault(r => string.Equals(r.Codec, codec, StringComparison.OrdinalIgnoreCase));

    public AudioCodecRule? AudioRule(string codec) => Audio.FirstOrDefault(r => string.Equals(r.Codec, codec, StringComparison.OrdinalIgnoreCase));

    public bool TakesContainer(string container) => Containers.Contains(container, StringComparer.OrdinalIgnoreCase);
}

/// <summary>A video codec a client decodes, and within which limits (null: no limit).</summary>
public sealed record VideoCodecRule(string Codec)
{
    /// <summary>ffprobe's profile names (<c>High</c>, <c>Main 10</c>); null takes every profile.</summary>
    public IReadOnlyList<string>? Profiles { get; init; }

    /// <summary>ffprobe's level number (41 for H.264 4.1, 153 for HEVC 5.1).</summary>
    public int? MaxLevel { get; init; }

    public int MaxBitDepth { get; init; } = 8;

    /// <summary>Dynamic ranges shown as such; SDR always plays, an HDR format not listed is tone-mapped.</summary>
    public IReadOnlyList<DynamicRange> Ranges { get; init; } = [DynamicRange.Sdr];

    /// <summary>Dolby Vision profiles decoded when <see cref="Ranges"/> lists Dolby Vision; null takes any.</summary>
    public IReadOnlyList<int>? DolbyVisionProfiles { get; init; }
}

/// <summary>An audio codec a client decodes or passes through to a receiver, up to a channel count.</summary>
public sealed record AudioCodecRule(string Codec, int MaxChannels = 2);
