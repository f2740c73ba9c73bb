using Hearth.Library.Libraries;
using Hearth.Library.Probing;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hearth.Library.Scanning;

/// <summary>
/// An incremental scan: walks the folders, compares each video's size and mtime with the store, lists what
/// is new or changed from its names, folders and NFOs, removes what is gone, and then probes what it listed
/// (<see cref="ProbePass"/>). A file that cannot be read is recorded as failed with the reason, its item
/// leaves the list, and the scan goes on.
/// </summary>
public sealed class LibraryScanner(
    IDbContextFactory<LibraryDb> factory,
    LibraryWriter writer,
    ImportPlanner planner,
    ItemImporter importer,
    ProbePass probes,
    ScanQueue queue,
    TimeProvider time,
    ILogger<LibraryScanner> logger)
{
    // files listed in one transaction: fewer, larger commits list a new library faster (each costs a write of its pages)
    private const int BatchSize = 500;

    /// <param name="between">
    /// Run between batches of the probing phase: the worker lists other libraries' waiting scans there, so a second
    /// new library is browsable without waiting for the first one's media to be read.
    /// </param>
    public async Task<ScanRun> ScanAsync(ScanRequest request, CancellationToken cancellationToken, Func<CancellationToken, Task>? between = null)
    {
        MediaLibrary library;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            library = await db.Libraries.AsNoTracking().Include(l => l.Folders).FirstOrDefaultAsync(l => l.Id == request.LibraryId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"library {request.LibraryId} does not exist");
        }

        var run = new ScanRun { Id = Guid.CreateVersion7(), LibraryId = library.Id, StartedMs = Now(), Status = ScanOutcome.Running, Reason = request.Reason };
        await writer.WriteAsync((db, ct) => { db.ScanRuns.Add(run); return db.SaveChangesAsync(ct); }, cancellationToken).ConfigureAwait(false);
        var progress = new ScanTracker(queue, logger, library, run, request.Reason);
        var errors = new List<string>();
        // links are followed only to what lies inside one of the library's folders
        var roots = LibraryRoots.Of(library.Folders.Select(f => f.Path));
        try
        {
            foreach (var folder in library.Folders.Select(f => f.Path))
            {
                var scope = request.Scope is null ? null : ScopeWithin(folder, request.Scope);
                if (request.Scope is not null && scope is null)
                {
                    continue;
                }

                var error = await ScanFolderAsync(library, roots, folder, scope, progress, cancellationToken).ConfigureAwait(false);
                if (error is not null)
                {
                    errors.Add(error);
                }
            }

            // everything is listed: now what the files hold, while people browse
            await probes.RunAsync(library.Id, roots, progress, between, cancellationToken).ConfigureAwait(false);

            // only a removed, re-read or failed file can leave an item with nothing under it; a scan that
            // just added files skips the tidy-up, which reads every item of the library
            if (progress.MayHaveOrphans)
            {
                // items, not files: "removed" counts files that are gone, as the log and the admin page say
                await RemoveOrphansAsync(library.Id, cancellationToken).ConfigureAwait(false);
            }

            run.Status = errors.Count == 0 ? ScanOutcome.Completed : ScanOutcome.CompletedWithErrors;
            run.Error = errors.Count == 0 ? null : string.Join("; ", errors);
        }
        catch (OperationCanceledException)
        {
            run.Status = ScanOutcome.Cancelled;
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // recorded, not rethrown: the run says what went wrong, and nothing was removed after it
            run.Status = ScanOutcome.Failed;
            run.Error = e.Message;
            logger.LogError(e, "Scan of {Library} failed", library.Name);
        }
        finally
        {
            run.FinishedMs = Now();
            await writer.WriteAsync((db, ct) => { db.ScanRuns.Update(run); return db.SaveChangesAsync(ct); }, CancellationToken.None).ConfigureAwait(false);
            // only once the record is written: whoever sees the library idle must also see this result
            queue.Finished(library.Id);
        }

        // every file seen is one of added, updated, unchanged or failed; removed ones were not seen
        logger.LogInformation(
            "Scan of {Library} {Status} in {Ms} ms: {Seen} {Files} seen, {Added} added, {Updated} updated, {Moved} moved, {Unchanged} unchanged, {Failed} failed; {Removed} removed",
            library.Name, run.Status.Text(), run.FinishedMs - run.StartedMs, run.FilesSeen, Files(run.FilesSeen), run.Added, run.Updated, run.Moved, run.Unchanged(), run.Failed, run.Removed);
        return run;
    }

    private async Task<string?> ScanFolderAsync(MediaLibrary library, LibraryRoots roots, string root, string? scope, ScanTracker progress, CancellationToken ct)
    {
        if (!Directory.Exists(root))
        {
            // an unmounted disk must not look like a library whose files were all deleted
            return $"folder {root} is not there; nothing was removed";
        }

        if (scope is not null && Path.TrimEndingDirectorySeparator(scope) == Path.TrimEndingDirectorySeparator(root))
        {
            scope = null;
        }

        var index = await FileIndex.LoadAsync(factory, library.Id, scope ?? root, ct).ConfigureAwait(false);
        var indexed = index.Count;
        var work = new List<FoundFile>();
        var fresh = new List<FoundFile>();
        var refresh = new List<FoundFile>();
        var stamped = new List<(Guid Id, long Stamp)>();
        var seen = 0;
        foreach (var file in TreeWalker.Walk(root, scope, roots))
        {
            seen++;
            if (!index.Remove(PathHash.Of(file.Path), out var known))
            {
                work.Add(file);
                fresh.Add(file);
            }
            else if (known.Size != file.Size || known.MtimeMs != file.MtimeMs || known.Unexplained)
            {
                work.Add(file);
            }
            else if (known.Failed)
            {
                // unchanged, so not read again, and still unreadable: this scan's count says so, as the failed list does
                progress.StillFailed();
            }
            else if (scope is not null)
            {
                // something changed in a watched folder without touching the video: an NFO, a poster, a subtitle
                refresh.Add(file);
            }
            else if (known.SidecarStamp != file.Folder.SidecarStamp)
            {
                // the same, found by the digest of the folder's sidecars where no watcher saw it (a network mount);
                // a file scanned before digests were taken only gets one
                if (known.SidecarStamp is null)
                {
                    stamped.Add((known.Id, file.Folder.SidecarStamp));
                }
                else
                {
                    refresh.Add(file);
                }
            }

            progress.Seen(file.Path);
        }

        // before anything is added or removed: a file that moved keeps its row and its item
        var moves = await MoveFinder.FindAsync(factory, library.Id, fresh, ct).ConfigureAwait(false);
        var moved = await MoveAsync(moves, index, ct).ConfigureAwait(false);
        progress.Queue(work.Count + refresh.Count);
        // a moved file's content is the same (its fingerprint said so): what was read of it stays
        var kept = await StoredMediaInfo.LoadAsync(factory, [.. moves.Select(m => m.File)], ct).ConfigureAwait(false);
        await ImportAsync(library, roots, root, work, kept, moved, refresh: false, progress, ct).ConfigureAwait(false);
        await ImportAsync(library, roots, root, refresh, await StoredMediaInfo.LoadAsync(factory, refresh, ct).ConfigureAwait(false), null, refresh: true, progress, ct).ConfigureAwait(false);
        await StampAsync(stamped, ct).ConfigureAwait(false);

        if (seen == 0 && indexed > 0 && scope is null)
        {
            return $"folder {root} is empty; its {indexed} known files were kept in case it is an unmounted share";
        }

        progress.Removed(await RemoveFilesAsync(index.RemovedIds, ct).ConfigureAwait(false));
        if (scope is null)
        {
            await FingerprintBackfill.RunAsync(factory, writer, library.Id, ct).ConfigureAwait(false);
        }

        return null;
    }

    private async Task ImportAsync(MediaLibrary library, LibraryRoots roots, string root, List<FoundFile> files, IReadOnlyDictionary<string, MediaInfo>? stored, IReadOnlySet<Guid>? moved, bool refresh, ScanTracker progress, CancellationToken ct)
    {
        foreach (var chunk in files.Chunk(BatchSize))
        {
            var batch = planner.Plan(library.Kind, root, roots, chunk, stored, progress.Processed, ct);
            progress.Imported(await importer.ApplyAsync(library, batch, ct, moved).ConfigureAwait(false), refresh);
        }
    }

    /// <summary>Re-points each moved file's row at its new path; the import then gives its item the new names.</summary>
    private async Task<IReadOnlySet<Guid>> MoveAsync(IReadOnlyList<FileMove> moves, FileIndex index, CancellationToken ct)
    {
        if (moves.Count == 0)
        {
            return new HashSet<Guid>();
        }

        await writer.WriteAsync(
            async (db, token) =>
            {
                foreach (var move in moves)
                {
                    var hash = PathHash.Of(move.File.Path);
                    await db.Files.Where(f => f.Id == move.FileId)
                        .ExecuteUpdateAsync(u => u.SetProperty(f => f.Path, move.File.Path).SetProperty(f => f.PathHash, hash), token).ConfigureAwait(false);
                }

                return moves.Count;
            },
            ct).ConfigureAwait(false);
        foreach (var move in moves)
        {
            // not gone: this scan must not remove it
            index.Remove(PathHash.Of(move.OldPath), out _);
            logger.LogInformation("Moved: {From} is now {To}", move.OldPath, move.File.Path);
        }

        return moves.Select(m => m.FileId).ToHashSet();
    }

    /// <summary>The folder to walk when a scan is limited to one place: inside this root, or null when elsewhere.</summary>
    private static string? ScopeWithin(string root, string folder)
    {
        var relative = Path.GetRelativePath(root, folder);
        if (relative == ".")
        {
            return root;
        }

        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : Path.GetFullPath(folder);
    }

    private Task<int> RemoveFilesAsync(IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return Task.FromResult(0);
        }

        return writer.WriteAsync(
            async (db, token) =>
            {
                var removed = 0;
                foreach (var chunk in ids.Chunk(500))
                {
                    // the episode or extra a file carried goes with it; movies and shows are tidied below
                    var carried = await db.Files.Where(f => chunk.Contains(f.Id) && f.ItemId != null)
                        .Join(db.Items.Where(i => i.Kind == ItemKind.Episode || i.Kind == ItemKind.Extra), f => f.ItemId, i => i.Id, (f, i) => i.Id)
                        .ToListAsync(token).ConfigureAwait(false);
                    removed += await db.Files.Where(f => chunk.Contains(f.Id)).ExecuteDeleteAsync(token).ConfigureAwait(false);
                    await db.Items.Where(i => carried.Contains(i.Id)).ExecuteDeleteAsync(token).ConfigureAwait(false);
                }

                return removed;
            },
            ct);
    }

    // the first digest of unchanged files' folders, in chunks: once per file after an upgrade, then never again
    private async Task StampAsync(List<(Guid Id, long Stamp)> stamped, CancellationToken ct)
    {
        foreach (var chunk in stamped.Chunk(500))
        {
            var stamps = chunk.ToDictionary(s => s.Id, s => s.Stamp);
            var ids = stamps.Keys.ToList();
            await writer.WriteAsync(
                async (db, token) =>
                {
                    foreach (var file in await db.Files.Where(f => ids.Contains(f.Id)).ToListAsync(token).ConfigureAwait(false))
                    {
                        file.SidecarStamp = stamps[file.Id];
                    }

                    return await db.SaveChangesAsync(token).ConfigureAwait(false);
                },
                ct).ConfigureAwait(false);
        }
    }

    /// <summary>Items left with nothing under them: movies without a file or extras, empty seasons, then empty shows.</summary>
    private Task<int> RemoveOrphansAsync(Guid libraryId, CancellationToken ct) => writer.WriteAsync(
        async (db, token) =>
        {
            var items = db.Items.Where(i => i.LibraryId == libraryId);
            var count = await items.Where(i => (i.Kind == ItemKind.Episode || i.Kind == ItemKind.Movie) && !db.Files.Any(f => f.ItemId == i.Id) && !db.Items.Any(c => c.ParentId == i.Id))
                .ExecuteDeleteAsync(token).ConfigureAwait(false);
            count += await items.Where(i => i.Kind == ItemKind.Season && !db.Items.Any(c => c.ParentId == i.Id)).ExecuteDeleteAsync(token).ConfigureAwait(false);
            count += await items.Where(i => i.Kind == ItemKind.Show && !db.Items.Any(c => c.ParentId == i.Id)).ExecuteDeleteAsync(token).ConfigureAwait(false);
            return count;
        },
        ct);

    internal static string Files(int count) => count == 1 ? "file" : "files";

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();
}
