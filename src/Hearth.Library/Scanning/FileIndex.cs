using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Scanning;

/// <summary>
/// What the store knows of the files under a folder, keyed by path hash: about 40 bytes a file, so a
/// 100,000-file rescan compares against a few megabytes instead of loading items.
/// </summary>
public sealed class FileIndex
{
    private readonly Dictionary<long, Known> entries;

    private FileIndex(Dictionary<long, Known> entries) => this.entries = entries;

    /// <param name="Failed">The file could not be read when it was last scanned.</param>
    /// <param name="Unexplained">It failed before failures had a kind: read it again, once, to say what is wrong.</param>
    /// <param name="SidecarStamp">Its folder's sidecar digest at the last scan, null before one was taken.</param>
    public readonly record struct Known(Guid Id, long Size, long MtimeMs, bool Failed, bool Unexplained, long? SidecarStamp);

    public int Count => entries.Count;

    /// <summary>What was never matched by <see cref="Remove"/>: files that are gone from disk.</summary>
    public IReadOnlyList<Guid> RemovedIds => [.. entries.Values.Select(e => e.Id)];

    public bool Remove(long hash, out Known known) => entries.Remove(hash, out known);

    /// <param name="scope">A folder (its files), a file, or a path that is gone (whatever the store has there).</param>
    public static async Task<FileIndex> LoadAsync(IDbContextFactory<LibraryDb> factory, Guid libraryId, string scope, CancellationToken ct)
    {
        // the path itself, and what sorts between "path/" and "path0" ('0' follows '/'): everything under it
        var exact = Path.TrimEndingDirectorySeparator(scope);
        var low = exact + "/";
        var high = exact + "0";
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = db.Files.AsNoTracking()
            .Where(f => f.LibraryId == libraryId && (f.Path == exact || (string.Compare(f.Path, low) >= 0 && string.Compare(f.Path, high) < 0)))
            .Select(f => new { f.PathHash, f.Id, f.Size, f.MtimeMs, f.State, Unexplained = f.State == FileState.Failed && f.FailureKind == null, f.SidecarStamp })
            .AsAsyncEnumerable();
        var entries = new Dictionary<long, Known>();
        await foreach (var row in rows.WithCancellation(ct).ConfigureAwait(false))
        {
            entries[row.PathHash] = new Known(row.Id, row.Size, row.MtimeMs, row.State == FileState.Failed, row.Unexplained, row.SidecarStamp);
        }

        return new FileIndex(entries);
    }
}
