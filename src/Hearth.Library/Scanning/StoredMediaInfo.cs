using System.Text.Json;
using Hearth.Library.Probing;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Scanning;

/// <summary>Probe results already in the store, so a metadata refresh does not run ffprobe again.</summary>
internal static class StoredMediaInfo
{
    public static async Task<IReadOnlyDictionary<string, MediaInfo>> LoadAsync(IDbContextFactory<LibraryDb> factory, IReadOnlyList<FoundFile> files, CancellationToken ct)
    {
        var result = new Dictionary<string, MediaInfo>();
        if (files.Count == 0)
        {
            return result;
        }

        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        foreach (var chunk in files.Select(f => f.Path).Chunk(500))
        {
            var rows = await db.Files.AsNoTracking()
                .Where(f => chunk.Contains(f.Path) && f.State == FileState.Ok && f.ItemId != null)
                .Join(db.MediaInfos, f => f.ItemId, m => (Guid?)m.ItemId, (f, m) => new { f.Path, m.Json })
                .ToListAsync(ct).ConfigureAwait(false);
            foreach (var row in rows)
            {
                if (JsonSerializer.Deserialize(row.Json, MediaInfoJsonContext.Default.MediaInfo) is { } info)
                {
                    result[row.Path] = info;
                }
            }
        }

        return result;
    }
}
