using Hearth.Core.Access;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Items;

public sealed partial class ItemQueries
{
    /// <summary>
    /// For each show the caller has watched in, the first unwatched episode after the last one they
    /// finished, most recently watched show first. Specials are left out (they seldom come "next"), and
    /// an episode already started is left to continue watching, so no episode shows twice on the home page.
    /// </summary>
    public async Task<IReadOnlyList<ItemSummary>> NextUpAsync(CallerAccess caller, int limit, CancellationToken ct)
    {
        limit = Math.Clamp(limit, 1, 100);
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var user = caller.UserId;
        var finished = await Visible(db, caller)
            .Where(i => i.Kind == ItemKind.Episode && i.ShowId != null)
            .Join(db.WatchStates.Where(w => w.UserId == user && w.Played), i => i.Id, w => w.ItemId, (i, w) => new { i.ShowId, w.LastPlayedMs })
            .GroupBy(x => x.ShowId)
            .Select(g => new { ShowId = g.Key!.Value, LastPlayedMs = g.Max(x => x.LastPlayedMs) })
            .OrderByDescending(x => x.LastPlayedMs)
            .Take(limit * 2)
            .ToListAsync(ct).ConfigureAwait(false);

        var next = new List<Item>();
        foreach (var show in finished)
        {
            var episodes = await db.Items.AsNoTracking()
                .Where(i => i.ShowId == show.ShowId && i.Kind == ItemKind.Episode && i.ParentIndexNumber > 0)
                .OrderBy(i => i.ParentIndexNumber).ThenBy(i => i.IndexNumber).ThenBy(i => i.SortTitle)
                .ToListAsync(ct).ConfigureAwait(false);
            var ids = episodes.Select(e => e.Id).ToList();
            var states = await db.WatchStates.AsNoTracking().Where(w => w.UserId == user && ids.Contains(w.ItemId))
                .ToDictionaryAsync(w => w.ItemId, ct).ConfigureAwait(false);
            var lastFinished = episodes.FindLastIndex(e => states.TryGetValue(e.Id, out var s) && s.Played && s.LastPlayedMs == show.LastPlayedMs);
            if (lastFinished < 0)
            {
                lastFinished = episodes.FindLastIndex(e => states.TryGetValue(e.Id, out var s) && s.Played);
            }

            var candidate = episodes.Skip(lastFinished + 1).FirstOrDefault(e => !states.TryGetValue(e.Id, out var s) || !s.Played);
            if (candidate is not null && !(states.TryGetValue(candidate.Id, out var started) && started.PositionMs > 0))
            {
                next.Add(candidate);
            }

            if (next.Count == limit)
            {
                break;
            }
        }

        return await WithUserDataAsync(db, user, next, ct).ConfigureAwait(false);
    }
}
