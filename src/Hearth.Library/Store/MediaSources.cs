using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Store;

/// <summary>A file an item's media may come from: listed or read, not failed.</summary>
public sealed record SourceFile(Guid Id, Guid ItemId, string Path, FileState State);

/// <summary>
/// Which file an item's media info describes and playback plays: its first file by path that has not failed
/// (an item with several versions or parts has one media info, that file's).
/// </summary>
public static class MediaSources
{
    public static IQueryable<MediaFile> Candidates(LibraryDb db) => db.Files.Where(f => f.ItemId != null && f.State != FileState.Failed);

    /// <summary>Each item's first file, for the items that have one.</summary>
    public static async Task<Dictionary<Guid, SourceFile>> FirstFilesAsync(LibraryDb db, IReadOnlyCollection<Guid?> itemIds, CancellationToken ct)
    {
        var first = new Dictionary<Guid, SourceFile>();
        foreach (var chunk in itemIds.Distinct().Chunk(500))
        {
            var rows = await Candidates(db).AsNoTracking().Where(f => chunk.Contains(f.ItemId))
                .Select(f => new SourceFile(f.Id, f.ItemId!.Value, f.Path, f.State)).ToListAsync(ct).ConfigureAwait(false);
            foreach (var row in rows)
            {
                if (!first.TryGetValue(row.ItemId, out var kept) || string.CompareOrdinal(row.Path, kept.Path) < 0)
                {
                    first[row.ItemId] = row;
                }
            }
        }

        return first;
    }
}
