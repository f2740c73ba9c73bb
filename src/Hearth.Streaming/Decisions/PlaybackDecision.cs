using Hearth.Streaming.Profiles;

namespace Hearth.Streaming.Decisions;

/// <summary>How a file reaches the client, from least to most work for the server.</summary>
public enum PlayMethod
{
    /// <summary>The original file, as is.</summary>
    DirectPlay,

    /// <summary>Every stream copied into HLS segments (a remux).</summary>
    DirectStream,

    /// <summary>At least one stream re-encoded; the others copied.</summary>
    Transcode,
}

public enum SubtitleDelivery
{
    /// <summary>Sent beside the video as WebVTT (and as an HLS subtitle rendition).</summary>
    Sidecar,

    /// <summary>Left in the file for the device to draw (picture subtitles on the Shield).</summary>
    Native,

    /// <summary>Drawn into the picture by ffmpeg.</summary>
    BurnIn,
}

/// <summary>What the client asks for: its profile, the tracks it wants and how much the link carries.</summary>
/// <param name="AudioIndex">A stream index, or null to choose by <paramref name="PreferredLanguages"/>.</param>
/// <param name="SubtitleIndex">A stream index, -1 for none, or null for forced subtitles in the audio's language.</param>
/// <param name="MaxBitrate">Bits per second the link carries (the smaller of the client's ask and the server's limit).</param>
public sealed record PlaybackRequest(
    DeviceProfile Profile,
    int? AudioIndex = null,
    int? SubtitleIndex = null,
    IReadOnlyList<string>? PreferredLanguages = null,
    long? MaxBitrate = null);

public sealed record VideoPlan(int Index, bool Copy, string Codec, int Width, int Height, long? Bitrate, bool ToneMap, int? BurnInSubtitle);

public sealed record AudioPlan(int Index, bool Copy, string Codec, int Channels, long? Bitrate, string? Language);

public sealed record SubtitlePlan(int Index, SubtitleDelivery Delivery, string Codec, string? Language, bool IsForced);

/// <summary>The answer: a method, what happens to each stream, and why, as codes and in words a person reads.</summary>
public sealed record PlaybackDecision(
    PlayMethod Method,
    VideoPlan? Video,
    AudioPlan? Audio,
    SubtitlePlan? Subtitle,
    IReadOnlyList<PlaybackReason> Why,
    long? MaxBitrate)
{
    public bool CopiesVideo => Video is null || Video.Copy;

    /// <summary>The sentences, in order.</summary>
    public IReadOnlyList<string> Reasons => [.. Why.Select(r => r.Text)];

    /// <summary>The codes, in order, once each.</summary>
    public IReadOnlyList<TranscodeReason> ReasonCodes => [.. Why.Select(r => r.Code).Distinct()];
}
