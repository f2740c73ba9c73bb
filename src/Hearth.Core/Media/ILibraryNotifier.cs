namespace Hearth.Core.Media;

/// <summary>A folder of a library, with the library's kind ("movies" or "shows").</summary>
public sealed record LibraryFolderInfo(Guid LibraryId, string Kind, string Path);

/// <summary>
/// The library as an import sees it: where films and shows go, and a way to have exactly one new path scanned now, so
/// an imported film is listed within seconds instead of at the watcher's or the scheduler's next look.
/// </summary>
public interface ILibraryNotifier
{
    Task<IReadOnlyList<LibraryFolderInfo>> FoldersAsync(CancellationToken cancellationToken);

    /// <summary>Scans <paramref name="path"/> (a file or folder inside a library) now; false when no library holds it.</summary>
    Task<bool> ScanAsync(string path, string reason, CancellationToken cancellationToken);
}
