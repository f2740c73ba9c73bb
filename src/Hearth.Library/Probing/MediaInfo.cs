namespace Hearth.Library.Probing;

/// <summary>
/// What a media file holds, as probed once and stored as JSON beside the item; playback decisions are
/// made from this without touching the file again.
/// </summary>
public sealed record MediaInfo(
    string Container,
    double? DurationSeconds,
    long? Bitrate,
    IReadOnlyList<VideoStream> Video,
    IReadOnlyList<AudioStream> Audio,
    IReadOnlyList<SubtitleStream> Subtitles);

/// <summary>The high dynamic range format a video stream is mastered in.</summary>
public enum HdrKind
{
    None,
    Hdr10,
    Hdr10Plus,
    Hlg,
    DolbyVision,
}

/// <summary>A video stream; <see cref="Index"/> is the stream index inside the file (ffmpeg's <c>0:N</c>).</summary>
public sealed record VideoStream(
    int Index,
    string Codec,
    string? Profile,
    int? Level,
    int Width,
    int Height,
    double? FrameRate,
    int? BitDepth,
    string? PixelFormat,
    HdrKind Hdr,
    int? DolbyVisionProfile,
    string? ColorTransfer,
    string? ColorPrimaries,
    long? Bitrate,
    bool IsDefault);

/// <summary>An audio stream; <see cref="Language"/> is an ISO 639-2/B code such as <c>eng</c>, or null when unknown.</summary>
public sealed record AudioStream(
    int Index,
    string Codec,
    string? Profile,
    int Channels,
    string? ChannelLayout,
    string? Language,
    string? Title,
    bool IsDefault,
    long? Bitrate,
    int? SampleRate);

/// <summary>
/// A subtitle stream, either inside the file or a file beside it (<see cref="IsExternal"/>, with
/// <see cref="Path"/> set and an <see cref="Index"/> from 1000 up so it never collides with embedded ones).
/// </summary>
public sealed record SubtitleStream(
    int Index,
    string Codec,
    string? Language,
    string? Title,
    bool IsDefault,
    bool IsForced,
    bool IsHearingImpaired,
    bool IsExternal,
    string? Path);
