using System.Collections.Concurrent;
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
        if (!recurse)
        {
            return Visit(root, start, recurse: false).Files;
        }

        return WalkInParallel(root, start);
    }

    /// <summary>
    /// Lists folders on several threads: listing is mostly kernel time (getdents, stat) and a tree of
    /// 100,000 folders lists nearly twice as fast on two cores. Files come out in no particular order.
    /// </summary>
    private static IEnumerable<FoundFile> WalkInParallel(string root, string start)
    {
        // not disposed: workers may still add after a caller stops reading early
        var output = new BlockingCollection<FoundFile>();
        var folders = new ConcurrentStack<string>();
        folders.Push(start);
        var outstanding = 1;
        var workers = new Task[Math.Clamp(Environment.ProcessorCount, 1, 4)];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Factory.StartNew(
                () =>
                {
                    var spinner = default(SpinWait);
                    while (Volatile.Read(ref outstanding) > 0)
                    {
                        if (!folders.TryPop(out var folder))
                        {
                            spinner.SpinOnce();
                            continue;
                        }

                        spinner.Reset();
                        var (files, subfolders) = Visit(root, folder, recurse: true);
                        if (subfolders.Count > 0)
                        {
                            Interlocked.Add(ref outstanding, subfolders.Count);
                            folders.PushRange([.. subfolders]);
                        }
                        foreach (var file in files)
                        {
                            output.Add(file);
                        }

                        Interlocked.Decrement(ref outstanding);
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        var done = Task.WhenAll(workers);
        done.ContinueWith(_ => output.CompleteAdding(), TaskScheduler.Default);
        foreach (var file in output.GetConsumingEnumerable())
        {
            yield return file;
        }

        // a walk that broke off must not end like a complete one: the scanner would remove what it missed
        done.GetAwaiter().GetResult();
    }

    /// <summary>Lists one folder: its videos (stat'ed) and the subfolders to walk next.</summary>
    private static (List<FoundFile> Files, List<string> Subfolders) Visit(string root, string folder, bool recurse)
    {
        var files = new List<FoundFile>();
        var subfolders = new List<string>();
        var entries = List(folder);
        if (entries is null || entries.Any(e => !e.IsDirectory && IgnoreRules.IsIgnoreMarker(e.Name)))
        {
            return (files, subfolders);
        }

        var names = entries.Where(e => !e.IsDirectory).Select(e => e.Name).ToArray();
        var listing = new FolderListing(folder, names);
        foreach (var entry in entries)
        {
            if (entry.IsDirectory)
            {
                if (recurse && !IgnoreRules.IsSkippedDirectoryName(entry.Name))
                {
                    subfolders.Add(Path.Join(folder, entry.Name));
                }

                continue;
            }

            var full = Path.Join(folder, entry.Name);
            if (entry.Size < 0 || MediaFiles.IsSample(full))
            {
                continue;
            }

            var relative = Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
            files.Add(new FoundFile(full, relative, entry.Size, entry.MtimeMs, listing));
        }

        return (files, subfolders);
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
