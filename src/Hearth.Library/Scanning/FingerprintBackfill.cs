using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Scanning;

/// <summary>
/// Files imported before fingerprints existed have none, so their first move would lose its history: each
/// full scan fingerprints some of them (2 MiB read per file), until none are left. The same files were named
/// before editions were kept, so their movie's edition ("Final Cut") is read from the name on the way.
/// </summary>
public static class FingerprintBackfill
{
    /// <summary>At most this many a scan: about 2–16 ms each, so a large old library is done over a few scans.</summary>
    public const int PerScan = 2000;

    public static async Task<int> RunAsync(IDbContextFactory<LibraryDb> factory, LibraryWriter writer, Guid libraryId, CancellationToken ct)
    {
        List<(Guid Id, string Path, Guid ItemId, bool IsMovie)> missing;
        await using (var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            missing = [.. (await db.Files.AsNoTracking()
                .Where(f => f.LibraryId == libraryId && f.Fingerprint == null && f.State == FileState.Ok && f.ItemId != null)
                .OrderBy(f => f.Id)
                .Take(PerScan)
                .Join(db.Items, f => f.ItemId, i => i.Id, (f, i) => new { f.Id, f.Path, ItemId = i.Id, IsMovie = i.Kind == ItemKind.Movie && i.Edition == null })
                .ToListAsync(ct).ConfigureAwait(false)).Select(f => (f.Id, f.Path, f.ItemId, f.IsMovie))];
        }

        var prints = missing.Select(f => (f.Id, Print: ContentFingerprint.TryOf(f.Path))).Where(f => f.Print is not null).ToList();
        var editions = missing.Where(f => f.IsMovie).Select(f => (f.ItemId, Edition: Naming.MovieNaming.EditionOfFile(f.Path))).Where(e => e.Edition is not null).ToList();
        if (prints.Count == 0 && editions.Count == 0)
        {
            return 0;
        }

        return await writer.WriteAsync(
            async (db, token) =>
            {
                foreach (var (id, print) in prints)
                {
                    await db.Files.Where(f => f.Id == id && f.Fingerprint == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(f => f.Fingerprint, print), token).ConfigureAwait(false);
                }

                foreach (var (itemId, edition) in editions)
                {
                    await db.Items.Where(i => i.Id == itemId && i.Edition == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(i => i.Edition, edition), token).ConfigureAwait(false);
                }

                return prints.Count;
            },
            ct).ConfigureAwait(false);
    }
}
