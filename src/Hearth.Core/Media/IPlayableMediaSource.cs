using Hearth.Core.Access;

namespace Hearth.Core.Media;

/// <summary>
/// The contract between the library (which knows where an item's file is and what it holds) and streaming
/// (which decides how to play it, and serves it): answers null when the item does not exist, the caller may
/// not see it, or its file's real path has left the library's folders.
/// </summary>
public interface IPlayableMediaSource
{
    /// <summary>The item's file with its probed media info (null too when the file was not read yet).</summary>
    Task<PlayableMedia?> FindAsync(CallerAccess caller, Guid itemId, CancellationToken cancellationToken);

    /// <summary>
    /// What playback asks: as <see cref="FindAsync"/>, but a file listed and not read yet is read now, so a film
    /// found a moment ago plays without waiting for the scan to reach it.
    /// </summary>
    Task<PlayableMedia?> FindToPlayAsync(CallerAccess caller, Guid itemId, CancellationToken cancellationToken) =>
        FindAsync(caller, itemId, cancellationToken);

    /// <summary>Only the path of the item's file, for direct play: a file not probed yet still plays as it is.</summary>
    Task<string?> FindFileAsync(CallerAccess caller, Guid itemId, CancellationToken cancellationToken);

    /// <summary>
    /// Every version of the item (a film kept in 2160p HDR and in 1080p: one file each in its folder), read now when
    /// they were not, for playback to choose the one the device takes best. Parts of a stacked film are not versions.
    /// </summary>
    async Task<IReadOnlyList<PlayableMedia>> FindVersionsToPlayAsync(CallerAccess caller, Guid itemId, CancellationToken cancellationToken) =>
        await FindToPlayAsync(caller, itemId, cancellationToken).ConfigureAwait(false) is { } media ? [media] : [];

    /// <summary>
    /// The path of one version of the item (<paramref name="mediaSourceId"/>, a <see cref="PlayableMedia.FileId"/>), or
    /// without one the item's best version by picture; null when the caller may not see it or it is not the item's.
    /// </summary>
    Task<string?> FindFileAsync(CallerAccess caller, Guid itemId, Guid? mediaSourceId, CancellationToken cancellationToken) =>
        mediaSourceId is null ? FindFileAsync(caller, itemId, cancellationToken) : Task.FromResult<string?>(null);
}

/// <summary>An item's file and what it holds, as the library probed it.</summary>
public sealed record PlayableMedia(Guid ItemId, string Title, string Path, MediaDescription Media)
{
    /// <summary>The file this is: one of the item's versions when it has several.</summary>
    public Guid FileId { get; init; }

    /// <summary>How a person tells this version from the item's others ("2160p HEVC HDR10", "1080p H264 · Director's Cut").</summary>
    public string? VersionName { get; init; }
}

/// <summary>The high dynamic range format a video stream is mastered in.</summary>
public enum DynamicRange
{
    Sdr,
    Hdr10,
    Hdr10Plus,
    Hlg,
    DolbyVision,
}

/// <summary>A file's container, duration and streams; stream indexes are ffmpeg's <c>0:N</c>.</summary>
public sealed record MediaDescription(
    string Container,
    double? DurationSeconds,
    long? Bitrate,
    IReadOnlyList<VideoTrack> Video,
    IReadOnlyList<AudioTrack> Audio,
    IReadOnlyList<SubtitleTrack> Subtitles);

public sealed record VideoTrack(
    int Index,
    string Codec,
    string? Profile,
    int? Level,
    int Width,
    int Height,
    double? FrameRate,
    int BitDepth,
    DynamicRange Range,
    int? DolbyVisionProfile,
    long? Bitrate);

/// <summary>An audio stream; <see cref="Language"/> is ISO 639-2/B (<c>eng</c>) or null.</summary>
public sealed record AudioTrack(
    int Index,
    string Codec,
    string? Profile,
    int Channels,
    string? Language,
    string? Title,
    bool IsDefault,
    long? Bitrate);

/// <summary>A subtitle stream inside the file, or a file beside it (<see cref="ExternalPath"/> set).</summary>
public sealed record SubtitleTrack(
    int Index,
    string Codec,
    string? Language,
    string? Title,
    bool IsDefault,
    bool IsForced,
    string? ExternalPath)
{
    /// <summary>Pictures (PGS, VobSub, DVB) rather than text: they can be shown natively or burned in, never sent as WebVTT.</summary>
    public bool IsImage => SubtitleCodecs.IsPicture(Codec);
}
