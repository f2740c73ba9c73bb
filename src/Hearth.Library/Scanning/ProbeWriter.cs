using System.Text.Json;
using Hearth.Library.Probing;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Scanning;

/// <summary>What a write of probe results did: the files that could not be read (their items may now be empty).</summary>
public sealed record ProbeWrite(int Read, IReadOnlyList<Guid> Failed);

/// <summary>
/// Writes what probing read into the store: each file read or failed, and the media info of the items whose
/// media source (<see cref="MediaSources"/>) the file is. A file a scan or playback wrote first is skipped.
/// </summary>
public sealed class ProbeWriter(LibraryWriter writer)
{
    public Task<ProbeWrite> WriteAsync(IReadOnlyList<ProbedFile> results, CancellationToken cancellationToken) =>
        writer.WriteAsync((db, ct) => WriteAsync(db, results, ct), cancellationToken);

    private static async Task<ProbeWrite> WriteAsync(LibraryDb db, IReadOnlyList<ProbedFile> results, CancellationToken ct)
    {
        var ids = results.Select(r => r.FileId).ToList();
        // a file still waiting, or read already but with nothing written for its item (playback asks for it then)
        var files = await db.Files.Where(f => ids.Contains(f.Id) && f.State != FileState.Failed).ToDictionaryAsync(f => f.Id, ct).ConfigureAwait(false);
        var itemIds = files.Values.Select(f => f.ItemId).Where(i => i is not null).Distinct().ToList();
        var described = (await db.MediaInfos.Where(m => itemIds.Contains(m.ItemId)).Select(m => m.ItemId).ToListAsync(ct).ConfigureAwait(false)).ToHashSet();
        var failed = new List<Guid>();
        var read = new List<(ProbedFile Result, MediaFile File)>();
        foreach (var result in results)
        {
            if (!files.TryGetValue(result.FileId, out var file) || (file.State == FileState.Ok && (file.ItemId is null || described.Contains(file.ItemId.Value))))
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

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new ProbeWrite(read.Count, failed);
    }
}
