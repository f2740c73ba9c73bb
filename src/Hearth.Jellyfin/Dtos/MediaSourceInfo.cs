namespace Hearth.Jellyfin.Dtos;

/// <summary>
/// Jellyfin's <c>MediaSourceInfo</c>: one playable version of an item, its streams, and — in a PlaybackInfo answer —
/// how it plays on the asking device (<c>SupportsDirectPlay</c> or a <c>TranscodingUrl</c>). The booleans an app's
/// generated client requires are always written.
/// </summary>
public sealed record MediaSourceInfo
{
    public string Protocol { get; init; } = "File";

    public required string Id { get; init; }

    public string? Path { get; init; }

    public string Type { get; init; } = "Default";

    public string? Container { get; init; }

    public long? Size { get; init; }

    public string? Name { get; init; }

    public bool IsRemote { get; init; }

    public string? ETag { get; init; }

    public long? RunTimeTicks { get; init; }

    public bool ReadAtNativeFramerate { get; init; }

    public bool IgnoreDts { get; init; }

    public bool IgnoreIndex { get; init; }

    public bool GenPtsInput { get; init; }

    public bool SupportsTranscoding { get; init; } = true;

    public bool SupportsDirectStream { get; init; }

    public bool SupportsDirectPlay { get; init; } = true;

    public bool IsInfiniteStream { get; init; }

    public bool UseMostCompatibleTranscodingProfile { get; init; }

    public bool RequiresOpening { get; init; }

    public bool RequiresClosing { get; init; }

    public bool RequiresLooping { get; init; }

    public bool SupportsProbing { get; init; } = true;

    public string? VideoType { get; init; } = "VideoFile";

    public IReadOnlyList<MediaStream> MediaStreams { get; init; } = [];

    public IReadOnlyList<object> MediaAttachments { get; init; } = [];

    public IReadOnlyList<string> Formats { get; init; } = [];

    public int? Bitrate { get; init; }

    public IReadOnlyDictionary<string, string> RequiredHttpHeaders { get; init; } = new Dictionary<string, string>();

    public string? TranscodingUrl { get; init; }

    /// <summary>http or hls.</summary>
    public string TranscodingSubProtocol { get; init; } = "http";

    public string? TranscodingContainer { get; init; }

    public int? DefaultAudioStreamIndex { get; init; }

    public int? DefaultSubtitleStreamIndex { get; init; }

    public bool HasSegments { get; init; }
}

/// <summary>Jellyfin's <c>MediaStream</c>: one video, audio or subtitle stream (<c>Index</c> is ffmpeg's stream index).</summary>
public sealed record MediaStream
{
    /// <summary>Video, Audio, Subtitle.</summary>
    public required string Type { get; init; }

    public required int Index { get; init; }

    public string? Codec { get; init; }

    public string? Language { get; init; }

    public string? Title { get; init; }

    public string? DisplayTitle { get; init; }

    public string? Profile { get; init; }

    public double? Level { get; init; }

    public int? BitRate { get; init; }

    public int? BitDepth { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    public string? AspectRatio { get; init; }

    public float? AverageFrameRate { get; init; }

    public float? RealFrameRate { get; init; }

    public bool IsInterlaced { get; init; }

    public bool? IsAVC { get; init; }

    /// <summary>SDR or HDR.</summary>
    public string? VideoRange { get; init; }

    /// <summary>SDR, HDR10, HDR10Plus, HLG, DOVI.</summary>
    public string? VideoRangeType { get; init; }

    public string? ColorSpace { get; init; }

    public int? Channels { get; init; }

    public string? ChannelLayout { get; init; }

    public int? SampleRate { get; init; }

    public bool IsDefault { get; init; }

    public bool IsForced { get; init; }

    public bool IsHearingImpaired { get; init; }

    public bool IsExternal { get; init; }

    public bool IsTextSubtitleStream { get; init; }

    public bool SupportsExternalStream { get; init; }

    /// <summary>Encode, Embed, External, Hls, Drop.</summary>
    public string? DeliveryMethod { get; init; }

    public string? DeliveryUrl { get; init; }

    public bool? IsExternalUrl { get; init; }

    public string? Path { get; init; }

    public string? LocalizedUndefined { get; init; }

    public string? LocalizedDefault { get; init; }

    public string? LocalizedForced { get; init; }

    public string? LocalizedExternal { get; init; }

    public string? LocalizedHearingImpaired { get; init; }

    public bool IsAnamorphic { get; init; }
}
