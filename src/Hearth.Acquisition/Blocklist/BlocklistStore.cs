using Hearth.Acquisition.Decisions;
using Hearth.Acquisition.Store;
using Hearth.Core.Indexers;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Acquisition.Blocklist;

/// <summary>A blocked release as the API shows it.</summary>
public sealed record BlockedRelease(int Id, DateTimeOffset At, Guid IndexerId, string Indexer, string Title, int? MovieId, int? SeriesId, string Reason);

/// <summary>
/// Releases never to be grabbed again: every decision sees them (<see cref="DecisionPolicy.Blocklist"/>, by indexer and
/// guid and by info hash, so the same torrent from another indexer is blocked too) and rejects them as blocklisted.
/// </summary>
public sealed class BlocklistStore(IDbContextFactory<AcquisitionDb> factory, TimeProvider clock)
{
    /// <summary>The keys decisions check.</summary>
    public async Task<IReadOnlySet<string>> KeysAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.Blocklist.AsNoTracking().Select(b => new { b.IndexerId, b.Guid, b.InfoHash }).ToListAsync(ct).ConfigureAwait(false);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            keys.Add(DecisionPolicy.BlocklistKey(row.IndexerId, row.Guid));
            if (row.InfoHash is { } hash)
            {
                keys.Add(hash);
            }
        }
        return keys;
    }

    /// <summary>The keys a release is known by on the blocklist: its indexer and guid, and its info hash.</summary>
    public static IEnumerable<string> KeysOf(IndexerRelease release)
    {
        yield return DecisionPolicy.BlocklistKey(release.IndexerId, release.Guid ?? release.Title);
        if (release.InfoHash is { } hash)
        {
            yield return hash.ToLowerInvariant();
        }
    }

    public async Task<IReadOnlyList<BlockedRelease>> ListAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.Blocklist.AsNoTracking().OrderByDescending(b => b.Id).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(b => new BlockedRelease(b.Id, DateTimeOffset.FromUnixTimeMilliseconds(b.AtMs), b.IndexerId, b.Indexer, b.Title, b.MovieId, b.SeriesId, b.Reason))];
    }

    /// <summary>Blocks a release; blocking one twice keeps the first entry.</summary>
    public async Task<BlockedRelease> AddAsync(IndexerRelease release, int? movieId, int? seriesId, string reason, CancellationToken ct)
    {
        var guid = release.Guid ?? release.Title;
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var row = await db.Blocklist.FirstOrDefaultAsync(b => b.IndexerId == release.IndexerId && b.Guid == guid, ct).ConfigureAwait(false);
        if (row is null)
        {
            row = new BlocklistRow
            {
                AtMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
                IndexerId = release.IndexerId,
                Indexer = release.IndexerName,
                Guid = guid,
                InfoHash = release.InfoHash?.ToLowerInvariant(),
                Title = release.Title,
                MovieId = movieId,
                SeriesId = seriesId,
                Reason = reason,
            };
            db.Blocklist.Add(row);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        return new BlockedRelease(row.Id, DateTimeOffset.FromUnixTimeMilliseconds(row.AtMs), row.IndexerId, row.Indexer, row.Title, row.MovieId, row.SeriesId, row.Reason);
    }

    public async Task<bool> RemoveAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Blocklist.Where(b => b.Id == id).ExecuteDeleteAsync(ct).ConfigureAwait(false) > 0;
    }
}
