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

    public static IEnumerable<FoundFile> Walk(string libraryRoot, string? startFolder = null)
    {
        var root = Path.TrimEndingDirectorySeparator(libraryRoot);
        var pending = new Stack<string>();
        pending.Push(startFolder ?? root);
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
                    if (!IgnoreRules.IsSkippedDirectoryName(entry.Name))
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
