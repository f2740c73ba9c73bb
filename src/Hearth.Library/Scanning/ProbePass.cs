using Hearth.Library.Libraries;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Scanning;

/// <summary>Where the probing of a library stands, for the scan's progress.</summary>
public interface IProbeProgress
{
    void ToProbe(int count);

    void Probed(int count, ProbeWrite written);
}

/// <summary>
/// The last phase of a scan: every file of the library that was listed but not read yet is probed, a batch at a
/// time, and its media info written; so a new library is browsable from names and NFOs within seconds and its
/// badges and runtimes follow. Playback of a file not read yet reads it at once (<see cref="ReadNowAsync"/>).
/// </summary>
public sealed class ProbePass(IDbContextFactory<LibraryDb> factory, FileProbe probe, ProbeWriter writer)
{
    private const int BatchSize = 64;

    // the worker pool has a process per core; ffprobe's processes, the fallback, overlap their start-up two by two
    private static readonly int Parallelism = Math.Max(2, Environment.ProcessorCount);

    /// <param name="between">Run between batches: other libraries' scans waiting, so their listing waits for one batch, not for this pass.</param>
    public async Task RunAsync(Guid libraryId, LibraryRoots roots, IProbeProgress progress, Func<CancellationToken, Task>? between, CancellationToken ct)
    {
        await using (var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            var count = await db.Files.CountAsync(f => f.LibraryId == libraryId && f.State == FileState.Pending, ct).ConfigureAwait(false);
            if (count == 0)
            {
                return;
            }

            progress.ToProbe(count);
        }

        while (true)
        {
            var batch = await NextAsync(libraryId, ct).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return;
            }

            var results = new ProbedFile[batch.Count];
            await Parallel.ForAsync(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (i, token) =>
            {
                var file = batch[i];
                results[i] = await ReadAsync(file, roots, token).ConfigureAwait(false);
            }).ConfigureAwait(false);
            // every file of the batch leaves the pending state here, so the next batch is new files
            progress.Probed(batch.Count, await writer.WriteAsync(results, ct).ConfigureAwait(false));
            if (between is not null)
            {
                await between(ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Reads the item's media source now when it was listed but not read (or read without its info written):
    /// playback does not wait for the scan to reach it. The scan, reading it too, writes nothing twice.
    /// </summary>
    public async Task ReadNowAsync(Guid itemId, CancellationToken ct)
    {
        MediaFile? file;
        LibraryRoots roots;
        await using (var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            if (await db.MediaInfos.AnyAsync(m => m.ItemId == itemId, ct).ConfigureAwait(false))
            {
                return;
            }

            var sources = await MediaSources.FirstFilesAsync(db, [itemId], ct).ConfigureAwait(false);
            file = sources.TryGetValue(itemId, out var source)
                ? await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == source.Id, ct).ConfigureAwait(false)
                : null;
            if (file is null)
            {
                return;
            }

            var library = file.LibraryId;
            var folders = await db.LibraryFolders.AsNoTracking().Where(f => f.LibraryId == library).Select(f => f.Path).ToListAsync(ct).ConfigureAwait(false);
            roots = LibraryRoots.Of(folders);
        }

        await writer.WriteAsync([await ReadAsync(file, roots, ct).ConfigureAwait(false)], ct).ConfigureAwait(false);
    }

    /// <summary>Reads files of an item now (its versions playback chooses among), those not read or not written yet.</summary>
    public async Task ReadFilesNowAsync(IReadOnlyList<Guid> fileIds, CancellationToken ct)
    {
        List<MediaFile> files;
        Dictionary<Guid, LibraryRoots> roots;
        await using (var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            files = await db.Files.AsNoTracking().Where(f => fileIds.Contains(f.Id) && f.State != FileState.Failed).ToListAsync(ct).ConfigureAwait(false);
            var libraries = files.Select(f => f.LibraryId).Distinct().ToList();
            roots = (await db.LibraryFolders.AsNoTracking().Where(f => libraries.Contains(f.LibraryId)).ToListAsync(ct).ConfigureAwait(false))
                .GroupBy(f => f.LibraryId).ToDictionary(g => g.Key, g => LibraryRoots.Of(g.Select(f => f.Path).ToList()));
        }

        if (files.Count == 0)
        {
            return;
        }

        var results = new ProbedFile[files.Count];
        await Parallel.ForAsync(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (i, token) =>
            results[i] = await ReadAsync(files[i], roots.GetValueOrDefault(files[i].LibraryId) ?? LibraryRoots.Of([]), token).ConfigureAwait(false)).ConfigureAwait(false);
        await writer.WriteAsync(results, ct).ConfigureAwait(false);
    }

    private Task<ProbedFile> ReadAsync(MediaFile file, LibraryRoots roots, CancellationToken ct)
    {
        // a file swapped for a link out of the library since the walk is not read: to the library it is gone
        if (!roots.Contains(file.Path))
        {
            return Task.FromResult(new ProbedFile(file.Id, null, new FileFailure(Probing.ProbeFailure.Gone, "gone: the file now leads outside the library's folders", null), null));
        }

        return probe.ReadAsync(file.Id, file.Path, file.Size, file.MtimeMs, roots, null, ct);
    }

    private async Task<List<MediaFile>> NextAsync(Guid libraryId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        // in the order of their paths, which for most libraries is near the order of their titles
        return await db.Files.AsNoTracking().Where(f => f.LibraryId == libraryId && f.State == FileState.Pending)
            .OrderBy(f => f.Path).Take(BatchSize).ToListAsync(ct).ConfigureAwait(false);
    }
}
