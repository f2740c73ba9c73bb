using Hearth.Jellyfin.Dtos;

namespace Hearth.Jellyfin.Playback;

// Jellyfin's device profile as apps send it in a PlaybackInfo body. Enum-like fields are kept as strings: a value
// Hearth does not know (a newer server's condition, property or method) is then ignored by the mapper rather than
// failing the whole body; only JSON of the wrong shape (a string where a list belongs) is refused with a 400.

/// <summary>Jellyfin's <c>DeviceProfile</c>: what the app plays as is, how it wants transcodes, and its limits.</summary>
public sealed record JellyfinDeviceProfile
{
    public string? Name { get; init; }

    public string? Id { get; init; }

    public long? MaxStreamingBitrate { get; init; }

    public long? MaxStaticBitrate { get; init; }

    public IReadOnlyList<DirectPlayProfile>? DirectPlayProfiles { get; init; }

    public IReadOnlyList<TranscodingProfile>? TranscodingProfiles { get; init; }

    public IReadOnlyList<CodecProfile>? CodecProfiles { get; init; }

    public IReadOnlyList<SubtitleProfile>? SubtitleProfiles { get; init; }
}

/// <summary>Containers (comma list) played as is, with the codecs (comma lists; empty: any) they may hold.</summary>
public sealed record DirectPlayProfile(string? Container, string? VideoCodec, string? AudioCodec, string? Type);

/// <summary>How the app wants a transcode: <c>Container</c> ts or mp4, <c>Protocol</c> hls or http.</summary>
public sealed record TranscodingProfile(string? Container, string? Type, string? VideoCodec, string? AudioCodec, string? Protocol, string? Context, string? MaxAudioChannels);

/// <summary>Limits on a codec (<c>Type</c> Video, VideoAudio or Audio; <c>Codec</c> a comma list, empty: every codec of the type).</summary>
public sealed record CodecProfile(string? Type, string? Codec, string? Container, IReadOnlyList<ProfileCondition>? Conditions, IReadOnlyList<ProfileCondition>? ApplyConditions);

/// <summary>One limit: <c>Condition</c> Equals, NotEquals, LessThanEqual, GreaterThanEqual or EqualsAny (values split by '|').</summary>
public sealed record ProfileCondition(string? Condition, string? Property, string? Value, bool IsRequired = false);

/// <summary>How the app takes a subtitle format: External (a file beside the stream), Embed, Encode (burned in), Hls.</summary>
public sealed record SubtitleProfile(string? Format, string? Method);

/// <summary>The body of <c>POST /Items/{itemId}/PlaybackInfo</c>; each value may also come in the query.</summary>
public sealed record PlaybackInfoDto
{
    public string? UserId { get; init; }

    public long? MaxStreamingBitrate { get; init; }

    public long? StartTimeTicks { get; init; }

    public int? AudioStreamIndex { get; init; }

    public int? SubtitleStreamIndex { get; init; }

    public int? MaxAudioChannels { get; init; }

    public string? MediaSourceId { get; init; }

    public JellyfinDeviceProfile? DeviceProfile { get; init; }

    public bool? EnableDirectPlay { get; init; }

    public bool? EnableDirectStream { get; init; }

    public bool? EnableTranscoding { get; init; }

    public bool? AllowVideoStreamCopy { get; init; }

    public bool? AllowAudioStreamCopy { get; init; }

    public bool? AutoOpenLiveStream { get; init; }
}

/// <summary>The answer of PlaybackInfo: the item's one media source, described for the asking device.</summary>
public sealed record PlaybackInfoResponse(IReadOnlyList<MediaSourceInfo> MediaSources, string? PlaySessionId, string? ErrorCode = null);
