using Hearth.Core.Media;
using Hearth.Library.Scanning;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Libraries;

/// <summary>The library's side of <see cref="ILibraryNotifier"/>: its folders, and a scan of exactly the path an import wrote.</summary>
internal sealed class LibraryNotifier(IDbContextFactory<LibraryDb> factory, ScanQueue queue) : ILibraryNotifier
{
    public async Task<IReadOnlyList<LibraryFolderInfo>> FoldersAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var folders = await (
            from f in db.LibraryFolders.AsNoTracking()
            join l in db.Libraries.AsNoTracking() on f.LibraryId equals l.Id
            orderby l.Name, f.Path
            select new { l.Id, l.Kind, f.Path }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. folders.Select(f => new LibraryFolderInfo(f.Id, f.Kind == LibraryKind.Shows ? "shows" : "movies", f.Path))];
    }

    public async Task<bool> ScanAsync(string path, string reason, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var folder = (await FoldersAsync(cancellationToken).ConfigureAwait(false))
            .Where(f => LibraryRoots.IsInside(full, Path.GetFullPath(f.Path)))
            .OrderByDescending(f => f.Path.Length)
            .FirstOrDefault();
        if (folder is null)
        {
            return false;
        }
        queue.Enqueue(new ScanRequest(folder.LibraryId, full, reason));
        return true;
    }
}
