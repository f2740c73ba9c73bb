using Hearth.Core.Access;
using Hearth.Library.Libraries;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Items;

/// <summary>The files playback may serve for an item: visible to the caller, and still inside their library.</summary>
public sealed partial class ItemQueries
{
    /// <summary>
    /// The item's file when the caller may see it and its real path is still inside its library: a file
    /// swapped for a link out of the library after the scan is not served, nor handed to ffmpeg.
    /// </summary>
    public async Task<MediaFile?> PlayableFileAsync(CallerAccess caller, Guid id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var visible = Visible(db, caller).Where(i => i.Id == id).Select(i => i.Id);
        // the item's media source, the file its media info describes
        var file = await MediaSources.Candidates(db).AsNoTracking().Where(f => visible.Contains(f.ItemId!.Value))
            .OrderBy(f => f.Path).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return file is not null && (await RootsAsync(file.LibraryId, ct).ConfigureAwait(false)).Contains(file.Path) ? file : null;
    }

    /// <summary>
    /// Every file of the item the caller may see whose real path is still inside its library, in the order of their
    /// paths (the first is the item's media source): its versions and stacked parts.
    /// </summary>
    public async Task<IReadOnlyList<MediaFile>> PlayableFilesAsync(CallerAccess caller, Guid id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var visible = Visible(db, caller).Where(i => i.Id == id).Select(i => i.Id);
        var files = await MediaSources.Candidates(db).AsNoTracking().Where(f => visible.Contains(f.ItemId!.Value))
            .OrderBy(f => f.Path).ToListAsync(ct).ConfigureAwait(false);
        if (files.Count == 0)
        {
            return files;
        }

        var roots = await RootsAsync(files[0].LibraryId, ct).ConfigureAwait(false);
        return [.. files.Where(f => roots.Contains(f.Path))];
    }

    /// <summary>The library's folders as they are now, for checking a file on every request that serves one.</summary>
    public async Task<LibraryRoots> RootsAsync(Guid libraryId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var folders = await db.LibraryFolders.AsNoTracking().Where(f => f.LibraryId == libraryId).Select(f => f.Path).ToListAsync(ct).ConfigureAwait(false);
        return LibraryRoots.Of(folders);
    }
}
