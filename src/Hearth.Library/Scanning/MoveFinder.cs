using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Scanning;

/// <summary>A file the store knew at <paramref name="OldPath"/>, found again with the same content at a new path.</summary>
public sealed record FileMove(Guid FileId, string OldPath, FoundFile File);

/// <summary>
/// Tells a move or rename from a delete and an add by content, not by path: each newly seen file is paired
/// with a known file of the same size and fingerprint whose path is gone from disk. Only new files of a size
/// some vanished file had are read (2 MiB each); the vanished side's fingerprint was stored when it was
/// imported. When a fingerprint is shared by more than one new or more than one vanished file, nothing is
/// guessed: those stay an add and a removal.
/// </summary>
public static class MoveFinder
{
    public static async Task<IReadOnlyList<FileMove>> FindAsync(IDbContextFactory<LibraryDb> factory, Guid libraryId, IReadOnlyList<FoundFile> fresh, CancellationToken ct)
    {
        if (fresh.Count == 0)
        {
            return [];
        }

        var sizes = fresh.Select(f => f.Size).Distinct().ToList();
        List<(Guid Id, string Path, long Size, string Fingerprint)> known;
        await using (var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            known = [];
            foreach (var chunk in sizes.Chunk(500))
            {
                var rows = await db.Files.AsNoTracking()
                    .Where(f => f.LibraryId == libraryId && chunk.Contains(f.Size) && f.Fingerprint != null && f.State == FileState.Ok && f.ItemId != null)
                    .Select(f => new { f.Id, f.Path, f.Size, f.Fingerprint })
                    .ToListAsync(ct).ConfigureAwait(false);
                known.AddRange(rows.Select(r => (r.Id, r.Path, r.Size, r.Fingerprint!)));
            }
        }

        // vanished: the store has it, the disk has not (in this scan's folder, or anywhere in the library)
        var vanished = known.Where(k => !File.Exists(k.Path)).ToLookup(k => (k.Size, k.Fingerprint));
        if (vanished.Count == 0)
        {
            return [];
        }

        var vanishedSizes = vanished.Select(g => g.Key.Size).ToHashSet();
        var seen = fresh.Where(f => vanishedSizes.Contains(f.Size))
            .Select(f => (File: f, Fingerprint: ContentFingerprint.TryOf(f.Path)))
            .Where(f => f.Fingerprint is not null)
            .ToLookup(f => (f.File.Size, f.Fingerprint!));
        var moves = new List<FileMove>();
        foreach (var group in seen)
        {
            var gone = vanished[group.Key].ToList();
            if (group.Count() == 1 && gone.Count == 1)
            {
                moves.Add(new FileMove(gone[0].Id, gone[0].Path, group.First().File));
            }
        }

        return moves;
    }
}
