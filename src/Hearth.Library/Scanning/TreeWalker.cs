using System.IO.Enumeration;
using Hearth.Library.Naming;

namespace Hearth.Library.Scanning;

/// <summary>A video file found on disk, with the listing of its folder for sidecar lookups.</summary>
public sealed record FoundFile(string Path, string RelativePath, long Size, long MtimeMs, FolderListing Folder);

/// <summary>The names in one folder, read once and shared by every video in it.</summary>
public sealed record FolderListing(string Path, IReadOnlyCollection<string> FileNames);

/// <summary>
/// Walks a library folder depth-first. Each folder is listed once; only video files are stat'ed, so an
/// unchanged rescan costs about what `find` costs. Folders holding an ignore marker are skipped whole.
/// </summary>
public static class TreeWalker
{
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <param name="libraryRoot">The library folder; relative paths and ignore rules start here.</param>
    /// <param name="scope">A folder, file or vanished path inside the root to limit the walk to; null for all of it.</param>
    public static IEnumerable<FoundFile> Walk(string libraryRoot, string? scope = null)
    {
        var root = Path.TrimEndingDirectorySeparator(libraryRoot);
        if (scope is not null && IsExcluded(root, scope))
        {
            return [];
        }

        if (scope is not null && File.Exists(scope))
        {
            var folder = Path.GetDirectoryName(scope)!;
            return WalkFolders(root, folder).Where(f => f.Path == scope).Take(1);
        }

        return WalkFolders(root, scope ?? root, recurse: true);
    }

    /// <summary>True when a folder between the root and the path is skipped by name or holds an ignore marker.</summary>
    public static bool IsExcluded(string libraryRoot, string path)
    {
        var root = Path.TrimEndingDirectorySeparator(libraryRoot);
        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(path);
        for (; folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (IgnoreRules.IsSkippedDirectoryName(Path.GetFileName(folder)) || HasIgnoreMarker(folder))
            {
                return true;
            }
        }

        return folder is not null && HasIgnoreMarker(folder);
    }

    private static bool HasIgnoreMarker(string folder) =>
        IgnoreRules.MarkerNames.Any(marker => File.Exists(Path.Join(folder, marker)));

    private static IEnumerable<FoundFile> WalkFolders(string root, string start, bool recurse = false)
    {
        var pending = new Stack<string>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            var entries = List(folder);
            if (entries is null || entries.Any(e => !e.IsDirectory && IgnoreRules.IsIgnoreMarker(e.Name)))
            {
                continue;
            }

            var names = entries.Where(e => !e.IsDirectory).Select(e => e.Name).ToArray();
            var listing = new FolderListing(folder, names);
            foreach (var entry in entries)
            {
                if (entry.IsDirectory)
                {
                    if (recurse && !IgnoreRules.IsSkippedDirectoryName(entry.Name))
                    {
                        pending.Push(Path.Join(folder, entry.Name));
                    }

                    continue;
                }

                if (entry.Size < 0)
                {
                    continue;
                }

                var full = Path.Join(folder, entry.Name);
                if (MediaFiles.IsSample(full))
                {
                    continue;
                }

                var relative = Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
                yield return new FoundFile(full, relative, entry.Size, entry.MtimeMs, listing);
            }
        }
    }

    private readonly record struct Entry(string Name, bool IsDirectory, long Size, long MtimeMs);

    private static List<Entry>? List(string folder)
    {
        try
        {
            // Size -1 marks files that are not video: they are never stat'ed.
            var enumerable = new FileSystemEnumerable<Entry>(
                folder,
                (ref FileSystemEntry e) =>
                {
                    var name = e.FileName.ToString();
                    if (e.IsDirectory)
                    {
                        return new Entry(name, true, 0, 0);
                    }

                    return MediaFiles.IsVideo(name)
                        ? new Entry(name, false, e.Length, e.LastWriteTimeUtc.ToUnixTimeMilliseconds())
                        : new Entry(name, false, -1, 0);
                },
                Options);
            return [.. enumerable];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
