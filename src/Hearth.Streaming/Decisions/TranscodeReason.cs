namespace Hearth.Streaming.Decisions;

/// <summary>
/// Why a file is not played as it is, as a code programs read. The names are Jellyfin's
/// <c>TranscodeReason</c> values, so the Jellyfin-compatible API can send them as they are; the sentence
/// a person reads travels beside each one (<see cref="PlaybackReason"/>).
/// </summary>
public enum TranscodeReason
{
    ContainerNotSupported,
    VideoCodecNotSupported,
    AudioCodecNotSupported,
    SubtitleCodecNotSupported,
    SecondaryAudioNotSupported,
    VideoProfileNotSupported,
    VideoLevelNotSupported,
    VideoResolutionNotSupported,
    VideoBitDepthNotSupported,
    VideoRangeTypeNotSupported,
    AudioChannelsNotSupported,
    ContainerBitrateExceedsLimit,
}

/// <summary>One step of a decision that is not direct play: the code, and the sentence a person reads.</summary>
public sealed record PlaybackReason(TranscodeReason Code, string Text);
