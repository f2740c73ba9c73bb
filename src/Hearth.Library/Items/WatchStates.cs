using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Items;

/// <summary>Per-user position, played and favourite marks, written through the store's one writer.</summary>
public sealed class WatchStates(LibraryWriter writer, TimeProvider time)
{
    /// <summary>Past this share of the runtime a position counts as watched, as Plex and Jellyfin do.</summary>
    public const double PlayedThreshold = 0.9;

    public Task<UserData> UpdateAsync(Guid userId, Item item, WatchStateUpdate update, CancellationToken ct) => writer.WriteMarksAsync(
        async (db, token) =>
        {
            var state = await db.WatchStates.FirstOrDefaultAsync(w => w.UserId == userId && w.ItemId == item.Id, token).ConfigureAwait(false);
            if (state is null)
            {
                state = new WatchState { UserId = userId, ItemId = item.Id };
                db.WatchStates.Add(state);
            }

            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            if (update.PositionMs is { } position)
            {
                state.PositionMs = Math.Max(0, position);
                state.LastPlayedMs = now;
                if (item.RuntimeMs is > 0 && position >= item.RuntimeMs * PlayedThreshold)
                {
                    MarkPlayed(state);
                }
            }

            if (update.Played is true && !state.Played)
            {
                MarkPlayed(state);
                state.LastPlayedMs = now;
            }
            else if (update.Played is false)
            {
                state.Played = false;
                state.PositionMs = 0;
            }

            if (update.Favourite is { } favourite)
            {
                state.Favourite = favourite;
            }

            await db.SaveChangesAsync(token).ConfigureAwait(false);
            return new UserData(state.PositionMs, state.Played, state.PlayCount, state.Favourite, state.LastPlayedMs);
        },
        ct);

    private static void MarkPlayed(WatchState state)
    {
        if (!state.Played)
        {
            state.PlayCount++;
        }

        state.Played = true;
        state.PositionMs = 0;
    }
}
