using System.Collections.Concurrent;

namespace Hearth.Jellyfin.PlayState;

/// <summary>
/// The body of <c>/Sessions/Playing</c>, <c>/Sessions/Playing/Progress</c> and <c>/Sessions/Playing/Stopped</c>:
/// Jellyfin's start, progress and stop infos share these fields; the rest (queue, volume, brightness) is not read.
/// </summary>
internal sealed record PlaybackReport(
    string? ItemId = null,
    long? PositionTicks = null,
    string? PlaySessionId = null,
    bool? IsPaused = null,
    string? MediaSourceId = null,
    int? AudioStreamIndex = null,
    int? SubtitleStreamIndex = null,
    string? PlayMethod = null,
    bool? Failed = null);

/// <summary>What the last report of a playback said, for <c>GET /Sessions</c> (Hearth's sessions do not know the position).</summary>
internal sealed record LastReport(long? PositionTicks, bool IsPaused, int? AudioStreamIndex, int? SubtitleStreamIndex, string? Client, string? DeviceId, string? Version);

/// <summary>
/// The last progress report per Hearth playback session. Entries go when the playback stops; a playback that ends by
/// idleness leaves one behind, which <see cref="Prune"/> drops the next time the sessions are listed.
/// </summary>
internal sealed class PlaybackReports
{
    private readonly ConcurrentDictionary<Guid, LastReport> reports = new();

    public void Set(Guid playSessionId, LastReport report) => reports[playSessionId] = report;

    public LastReport? Get(Guid playSessionId) => reports.TryGetValue(playSessionId, out var report) ? report : null;

    public void Remove(Guid playSessionId) => reports.TryRemove(playSessionId, out _);

    public void Prune(IEnumerable<Guid> live)
    {
        var keep = live.ToHashSet();
        foreach (var id in reports.Keys.Where(id => !keep.Contains(id)))
        {
            reports.TryRemove(id, out _);
        }
    }
}
