using Hearth.Core.Media;

namespace Hearth.Streaming.Decisions;

/// <summary>One version of an item with what playing it on the device would take.</summary>
public sealed record VersionDecision(PlayableMedia Media, PlaybackDecision Decision);

/// <summary>
/// Chooses which version of an item to play on a device (a film kept in 2160p HDR and in 1080p): each version is
/// decided as if it were the only one, and the one needing the least work wins; among equals, the better picture.
/// So the Shield gets the 2160p HDR file as it is, a browser the 1080p one as it is rather than a tone-mapped
/// transcode of the 2160p one, and a slow link the version that fits it with the least re-encoding.
/// </summary>
public static class VersionChooser
{
    /// <summary>
    /// The chosen version first, then the others in the order they would be chosen. A track index the request names
    /// holds only for versions that have that track (indexes are a file's own); the others choose their tracks.
    /// </summary>
    public static IReadOnlyList<VersionDecision> Rank(IReadOnlyList<PlayableMedia> versions, PlaybackRequest request) => Rank(versions, _ => request);

    /// <param name="requestFor">The request for each version (a Jellyfin app's profile is read per container).</param>
    public static IReadOnlyList<VersionDecision> Rank(IReadOnlyList<PlayableMedia> versions, Func<PlayableMedia, PlaybackRequest> requestFor)
    {
        if (versions.Count == 0)
        {
            throw new ArgumentException("There is no version to choose from.", nameof(versions));
        }

        var decided = versions.Select((media, order) => (Order: order, Version: new VersionDecision(media, PlaybackDecider.Decide(media.Media, ForVersion(media.Media, requestFor(media)))))).ToList();
        return [.. decided.OrderBy(d => d.Version, Comparer<VersionDecision>.Create(Compare)).ThenBy(d => d.Order).Select(d => d.Version)];
    }

    private static PlaybackRequest ForVersion(MediaDescription media, PlaybackRequest request) => request with
    {
        AudioIndex = media.Audio.Any(a => a.Index == request.AudioIndex) ? request.AudioIndex : null,
        SubtitleIndex = request.SubtitleIndex is null or < 0 || media.Subtitles.Any(s => s.Index == request.SubtitleIndex) ? request.SubtitleIndex : null,
    };

    /// <summary>Less work first: the method, then a copied picture, then no tone mapping; then the better picture sent, then the cheaper source to decode.</summary>
    private static int Compare(VersionDecision a, VersionDecision b)
    {
        var x = a.Decision;
        var y = b.Decision;
        var by = x.Method.CompareTo(y.Method);
        if (by != 0)
        {
            return by;
        }

        by = y.CopiesVideo.CompareTo(x.CopiesVideo);
        if (by != 0)
        {
            return by;
        }

        by = (x.Video?.ToneMap ?? false).CompareTo(y.Video?.ToneMap ?? false);
        if (by != 0)
        {
            return by;
        }

        by = Sent(y).CompareTo(Sent(x));
        if (by != 0)
        {
            return by;
        }

        return Pixels(a.Media).CompareTo(Pixels(b.Media));
    }

    /// <summary>The picture the device gets: its size, then its bits a second.</summary>
    private static (long Pixels, long Bitrate) Sent(PlaybackDecision decision) =>
        decision.Video is { } video ? ((long)video.Width * video.Height, video.Bitrate ?? 0) : (0, 0);

    private static long Pixels(PlayableMedia media) =>
        media.Media.Video.FirstOrDefault() is { } video ? (long)video.Width * video.Height : 0;
}
