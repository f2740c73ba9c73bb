using Hearth.Library.Libraries;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hearth.Library.Metadata.Apply;

/// <summary>
/// Saves what a movie or show shows as Kodi NFO files beside its videos, in a library whose <c>writeNfo</c> is on
/// (off by default): <c>&lt;video&gt;.nfo</c> for a film, <c>tvshow.nfo</c> in a show's folder and
/// <c>&lt;video&gt;.nfo</c> for each episode. A person's NFO (any file Hearth did not write) is never replaced: it is
/// the folder's own and wins anyway. A folder that cannot be written costs a warning, never the refresh.
/// </summary>
public sealed partial class NfoSaver(IDbContextFactory<LibraryDb> factory, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<NfoSaver> logger)
{
    /// <summary>Starts <see cref="SaveLibraryAsync"/> in the background, stopped with the server.</summary>
    public void SaveLibraryLater(Guid libraryId) =>
        _ = Task.Run(
            async () =>
            {
                try
                {
                    await SaveLibraryAsync(libraryId, lifetime.ApplicationStopping).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // the server is stopping
                }
                catch (Exception e)
                {
                    LogLibraryBroken(logger, libraryId, e);
                }
            },
            CancellationToken.None);

    /// <summary>Writes the NFO files of one movie or show (with its episodes) when its library writes them; answers how many were written.</summary>
    public async Task<int> SaveAsync(Guid itemId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct).ConfigureAwait(false);
        if (item is null || item.Kind is not (ItemKind.Movie or ItemKind.Show))
        {
            return 0;
        }

        var library = await db.Libraries.AsNoTracking().Include(l => l.Folders).FirstOrDefaultAsync(l => l.Id == item.LibraryId, ct).ConfigureAwait(false);
        if (library is not { WriteNfo: true })
        {
            return 0;
        }

        var roots = LibraryRoots.Of(library.Folders.Select(f => f.Path));
        var now = time.GetUtcNow();
        return item.Kind == ItemKind.Movie
            ? await SaveMovieAsync(db, item, roots, now, ct).ConfigureAwait(false)
            : await SaveShowAsync(db, item, library, roots, now, ct).ConfigureAwait(false);
    }

    /// <summary>Writes the NFO files of every matched movie and show of a library (when writing was just turned on).</summary>
    public async Task<int> SaveLibraryAsync(Guid libraryId, CancellationToken ct)
    {
        List<Guid> ids;
        await using (var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            ids = await db.ItemMetadata.AsNoTracking().Where(m => m.LibraryId == libraryId && m.State == MatchState.Matched)
                .Select(m => m.ItemId).ToListAsync(ct).ConfigureAwait(false);
        }

        var written = 0;
        foreach (var id in ids)
        {
            written += await SaveAsync(id, ct).ConfigureAwait(false);
        }

        LogLibrarySaved(logger, libraryId, written, ids.Count);
        return written;
    }

    private async Task<int> SaveMovieAsync(LibraryDb db, Item movie, LibraryRoots roots, DateTimeOffset now, CancellationToken ct)
    {
        var collection = await db.ItemMetadata.AsNoTracking().Where(m => m.ItemId == movie.Id && m.CollectionId != null)
            .Join(db.Collections, m => m.CollectionId, c => c.Id, (m, c) => c.Name).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var text = NfoWriter.Movie(movie, collection, now);
        var written = 0;
        foreach (var video in await VideosAsync(db, [movie.Id], ct).ConfigureAwait(false))
        {
            written += Save(Target(video.Path, NfoLocator.ForMovie(video.Path, roots)), text) ? 1 : 0;
        }

        return written;
    }

    private async Task<int> SaveShowAsync(LibraryDb db, Item show, MediaLibrary library, LibraryRoots roots, DateTimeOffset now, CancellationToken ct)
    {
        var episodes = await db.Items.AsNoTracking().Where(i => i.ShowId == show.Id && i.Kind == ItemKind.Episode).ToListAsync(ct).ConfigureAwait(false);
        var videos = await VideosAsync(db, [.. episodes.Select(e => e.Id)], ct).ConfigureAwait(false);
        var written = 0;
        if (videos.Select(v => ShowFolder(library, v.Path)).FirstOrDefault(f => f is not null) is { } folder)
        {
            var existing = NfoLocator.ForShow(folder, roots);
            written += Save(existing ?? Path.Join(folder, "tvshow.nfo"), NfoWriter.Show(show, now), existing is not null) ? 1 : 0;
        }

        var byId = episodes.ToDictionary(e => e.Id);
        foreach (var file in videos.GroupBy(v => v.Path, StringComparer.Ordinal))
        {
            var items = file.Select(v => byId[v.ItemId]).ToList();
            written += Save(Target(file.Key, NfoLocator.ForEpisode(file.Key, roots)), NfoWriter.Episodes(items, now)) ? 1 : 0;
        }

        return written;
    }

    private static async Task<List<(string Path, Guid ItemId)>> VideosAsync(LibraryDb db, IReadOnlyList<Guid> items, CancellationToken ct) =>
        [.. (await db.Files.AsNoTracking().Where(f => f.ItemId != null && items.Contains(f.ItemId.Value) && f.State != FileState.Failed)
            .Select(f => new { f.Path, f.ItemId }).ToListAsync(ct).ConfigureAwait(false)).Select(f => (f.Path, f.ItemId!.Value))];

    /// <summary>The NFO a video's folder already has for it, or the one to write: the video's name with ".nfo".</summary>
    private static (string Path, bool Exists) Target(string video, string? existing) =>
        existing is not null ? (existing, true) : (Path.ChangeExtension(video, ".nfo"), false);

    private bool Save((string Path, bool Exists) target, string text) => Save(target.Path, text, target.Exists);

    private bool Save(string path, string text, bool exists)
    {
        try
        {
            if (exists && !IsOurs(path))
            {
                // a person's NFO: the folder's own, never replaced
                return false;
            }

            // written beside and moved over, so a reader never sees half a file
            var temporary = Path.Join(Path.GetDirectoryName(path), $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
            File.WriteAllText(temporary, text);
            try
            {
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogCannotWrite(logger, path, e.Message);
            return false;
        }
    }

    private static bool IsOurs(string path)
    {
        try
        {
            return NfoReader.ReadAll(path).Any(n => n.WrittenByHearth);
        }
        catch (NfoException)
        {
            // unreadable is still someone's file
            return false;
        }
    }

    /// <summary>The show's folder, as the scan sees it: the first folder below the library folder that holds the video.</summary>
    private static string? ShowFolder(MediaLibrary library, string video)
    {
        foreach (var folder in library.Folders)
        {
            if (!LibraryRoots.IsInside(video, folder.Path))
            {
                continue;
            }

            var relative = Path.GetRelativePath(folder.Path, video).Split(Path.DirectorySeparatorChar);
            return relative.Length > 1 ? Path.Join(folder.Path, relative[0]) : null;
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The NFO {Path} could not be written: {Reason}")]
    private static partial void LogCannotWrite(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the NFO files of library {Library} stopped")]
    private static partial void LogLibraryBroken(ILogger logger, Guid library, Exception e);

    [LoggerMessage(Level = LogLevel.Information, Message = "NFO files of library {Library}: {Written} written for {Items} matched items")]
    private static partial void LogLibrarySaved(ILogger logger, Guid library, int written, int items);
}
