using System.Text.Json;
using Hearth.Library.Probing;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Scanning;

/// <summary>What a write of probe results did: the files that could not be read (their items may now be empty).</summary>
public sealed record ProbeWrite(int Read, IReadOnlyList<Guid> Failed);

/// <summary>
/// Writes what probing read into the store: each file read or failed, the media info of the items whose media
/// source (<see cref="MediaSources"/>) the file is, and of the other files (an item's other versions) by file.
/// A file a scan or playback wrote first is skipped.
/// </summary>
public sealed class ProbeWriter(LibraryWriter writer)
{
    public Task<ProbeWrite> WriteAsync(IReadOnlyList<ProbedFile> results, CancellationToken cancellationToken) =>
        writer.WriteAsync((db, ct) => WriteAsync(db, results, ct), cancellationToken);

    private static async Task<ProbeWrite> WriteAsync(LibraryDb db, IReadOnlyList<ProbedFile> results, CancellationToken ct)
    {
        var ids = results.Select(r => r.FileId).ToList();
        // a file still waiting, or read already but with nothing written for it (playback asks for it then)
        var files = await db.Files.Where(f => ids.Contains(f.Id) && f.State != FileState.Failed).ToDictionaryAsync(f => f.Id, ct).ConfigureAwait(false);
        var itemIds = files.Values.Select(f => f.ItemId).Where(i => i is not null).Distinct().ToList();
        var described = (await db.MediaInfos.Where(m => itemIds.Contains(m.ItemId)).Select(m => m.ItemId).ToListAsync(ct).ConfigureAwait(false)).ToHashSet();
        var versionsRead = (await db.FileMediaInfos.Where(m => ids.Contains(m.FileId)).Select(m => m.FileId).ToListAsync(ct).ConfigureAwait(false)).ToHashSet();
        var sourcesBefore = await MediaSources.FirstFilesAsync(db, itemIds, ct).ConfigureAwait(false);
        var failed = new List<Guid>();
        var read = new List<(ProbedFile Result, MediaFile File)>();
        foreach (var result in results)
        {
            if (!files.TryGetValue(result.FileId, out var file) || (file.State == FileState.Ok && WrittenAlready(file)))
            {
                continue;
            }

            if (result.Info is null)
            {
                file.State = FileState.Failed;
                file.Failure = result.Failure?.Reason;
                file.FailureKind = result.Failure?.Kind;
                file.FailureDetail = result.Failure?.Detail;
                file.ItemId = null;
                failed.Add(file.Id);
                continue;
            }

            file.State = FileState.Ok;
            file.Fingerprint = result.Fingerprint ?? file.Fingerprint;
            read.Add((result, file));
        }

        // the failed ones leave first: an item's media comes from its first file that is left
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        var sources = await MediaSources.FirstFilesAsync(db, itemIds, ct).ConfigureAwait(false);
        var sourced = read.Where(r => r.File.ItemId is { } item && sources.TryGetValue(item, out var first) && first.Id == r.File.Id).ToList();
        var describedIds = sourced.Select(r => r.File.ItemId!.Value).ToList();
        var items = await db.Items.Where(i => describedIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct).ConfigureAwait(false);
        var rows = await db.MediaInfos.Where(m => describedIds.Contains(m.ItemId)).ToDictionaryAsync(m => m.ItemId, ct).ConfigureAwait(false);
        foreach (var (result, file) in sourced)
        {
            var id = file.ItemId!.Value;
            ItemFields.ApplyMedia(items[id], result.Info!);
            var json = JsonSerializer.Serialize(result.Info!, MediaInfoJsonContext.Default.MediaInfo);
            if (rows.TryGetValue(id, out var row))
            {
                row.Json = json;
            }
            else
            {
                rows[id] = db.MediaInfos.Add(new MediaInfoRow { ItemId = id, Json = json }).Entity;
            }
        }

        // the item's other files are its other versions: their media is kept by file, for playback to choose among them
        var versions = read.Where(r => r.File.ItemId is not null && !sourced.Contains(r)).ToList();
        var sourcedIds = sourced.Select(r => r.File.Id).ToList();
        await db.FileMediaInfos.Where(m => sourcedIds.Contains(m.FileId)).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        var versionIds = versions.Select(r => r.File.Id).ToList();
        var versionRows = await db.FileMediaInfos.Where(m => versionIds.Contains(m.FileId)).ToDictionaryAsync(m => m.FileId, ct).ConfigureAwait(false);
        foreach (var (result, file) in versions)
        {
            var json = JsonSerializer.Serialize(result.Info!, MediaInfoJsonContext.Default.MediaInfo);
            if (versionRows.TryGetValue(file.Id, out var row))
            {
                row.Json = json;
            }
            else
            {
                db.FileMediaInfos.Add(new FileMediaInfoRow { FileId = file.Id, Json = json });
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new ProbeWrite(read.Count, failed);

        // read and written by a scan or by playback before this result came: the item's source with the item's info, or a version with its own
        bool WrittenAlready(MediaFile file) =>
            file.ItemId is not { } item
            || versionsRead.Contains(file.Id)
            || (described.Contains(item) && sourcesBefore.TryGetValue(item, out var first) && first.Id == file.Id);
    }
}
