using Hearth.Streaming.Decisions;
using Hearth.Streaming.Profiles;

namespace Hearth.Streaming.Sessions;

/// <summary>The body of <c>POST /api/v1/items/{id}/playback</c>.</summary>
/// <param name="Profile">A built-in profile id (<c>chromium</c>, <c>firefox</c>, <c>safari</c>, <c>shield</c>, <c>dlna</c>).</param>
/// <param name="DeviceProfile">A whole profile sent by the client; wins over <paramref name="Profile"/>.</param>
/// <param name="SubtitleIndex">-1 for none; null for forced subtitles in the audio's language.</param>
/// <param name="Passthrough">Audio codecs the user's receiver takes (Shield: <c>dts</c>, <c>truehd</c>).</param>
/// <param name="Segments"><c>fmp4</c> (default) or <c>ts</c> for old clients.</param>
public sealed record PlaybackBody(
    string? Profile = null,
    DeviceProfile? DeviceProfile = null,
    int? AudioIndex = null,
    int? SubtitleIndex = null,
    IReadOnlyList<string>? PreferredLanguages = null,
    long? MaxBitrate = null,
    IReadOnlyList<string>? Passthrough = null,
    string? Device = null,
    string? Segments = null);

/// <summary>A text subtitle the client can show beside the video, as WebVTT.</summary>
public sealed record SubtitleLink(int Index, string Codec, string? Language, string? Title, bool IsForced, bool Selected, string Url);

/// <summary>The decision and where to fetch the stream.</summary>
public sealed record PlaybackAnswer(
    Guid SessionId,
    string Profile,
    PlayMethod Method,
    IReadOnlyList<string> Reasons,
    VideoPlan? Video,
    AudioPlan? Audio,
    SubtitlePlan? Subtitle,
    long? MaxBitrate,
    string? DirectUrl,
    string? HlsUrl,
    IReadOnlyList<SubtitleLink> Subtitles,
    IReadOnlyList<TranscodeReason> ReasonCodes);

/// <summary>A row of the admin's sessions view.</summary>
public sealed record SessionView(
    Guid Id,
    string User,
    Guid ItemId,
    string Title,
    string Device,
    PlayMethod Method,
    IReadOnlyList<string> Reasons,
    long Bandwidth,
    long BytesServed,
    double? Speed,
    bool Paused,
    string? Encoder,
    DateTimeOffset Started,
    double IdleSeconds,
    IReadOnlyList<string>? Command,
    IReadOnlyList<TranscodeReason> ReasonCodes);
