using Hearth.Streaming.Decisions;
using Hearth.Streaming.Profiles;

namespace Hearth.Streaming.Sessions;

/// <summary>The body of <c>POST /api/v1/items/{id}/playback</c>.</summary>
/// <param name="Profile">A built-in profile id (<c>chromium</c>, <c>firefox</c>, <c>safari</c>, <c>shield</c>, <c>dlna</c>).</param>
/// <param name="DeviceProfile">A whole profile sent by the client; wins over <paramref name="Profile"/>.</param>
/// <param name="SubtitleIndex">-1 for none; null for forced subtitles in the audio's language.</param>
/// <param name="Passthrough">Audio codecs the user's receiver takes (Shield: <c>dts</c>, <c>truehd</c>).</param>
/// <param name="Segments"><c>fmp4</c> (default) or <c>ts</c> for old clients.</param>
/// <param name="MediaSourceId">One version of the item (a <c>versions[].id</c> of an earlier answer); without it the version the device plays best.</param>
public sealed record PlaybackBody(
    string? Profile = null,
    DeviceProfile? DeviceProfile = null,
    int? AudioIndex = null,
    int? SubtitleIndex = null,
    IReadOnlyList<string>? PreferredLanguages = null,
    long? MaxBitrate = null,
    IReadOnlyList<string>? Passthrough = null,
    string? Device = null,
    string? Segments = null,
    Guid? MediaSourceId = null);

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
    IReadOnlyList<TranscodeReason> ReasonCodes)
{
    /// <summary>The version played (its file).</summary>
    public Guid MediaSourceId { get; init; }

    /// <summary>Every version of the item, the played one first, each with how it would play on this device.</summary>
    public IReadOnlyList<VersionChoice> Versions { get; init; } = [];
}

/// <summary>A version of the item as the answer lists it: its id (for <c>mediaSourceId</c>), its name, and how it would play here.</summary>
public sealed record VersionChoice(Guid Id, string? Name, PlayMethod Method, bool Chosen);

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
