using System.Collections.Concurrent;
using System.IO.Enumeration;
using Hearth.Library.Libraries;
using Hearth.Library.Naming;

namespace Hearth.Library.Scanning;

/// <summary>A folder to list: the path as the library shows it, its real path (links resolved), its depth below the root.</summary>
internal readonly record struct WalkFolder(string Path, string RealPath, int Depth, bool Claimed = false);

/// <summary>A linked folder met while listing, decided on between rounds.</summary>
internal readonly record struct LinkedFolder(string Path, string ParentRealPath, int Depth);

/// <summary>
/// One walk's rules for links, and its memory of where it has been. Linked media inside the library is
/// common on NAS setups, while a loop or a way out of the library is never legitimate, so:
/// <list type="bullet">
/// <item>every folder is known by its real path and listed once, which ends loops (<c>again -&gt; .</c>)
/// however many links make them;</item>
/// <item>a linked folder is walked only when its real path is inside the library's folders and the walk
/// does not reach it without the link anyway (a link to a hidden or ignored folder of the library), so
/// a folder reached both ways appears once, by its own path;</item>
/// <item>a linked video is taken only when its real file is inside the library's folders;</item>
/// <item>nothing deeper than <see cref="MaxDepth"/> is listed.</item>
/// </list>
/// Real paths rather than device and inode numbers: .NET has no public inode API, and comparing real
/// paths is also what keeps a link from leading out. What real paths cannot see, a bind mount of a
/// folder inside itself (which only root can make), ends at the depth cap.
/// </summary>
internal sealed class FolderWalk(string root, LibraryRoots roots)
{
    /// <summary>Far deeper than any library (Show/Season/Extras is three), shallow enough to end a bind-mount loop soon.</summary>
    public const int MaxDepth = 64;

    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    private readonly ConcurrentDictionary<string, byte> visited = new(StringComparer.Ordinal);

    // the targets of linked folders walked so far; only read and written between rounds
    private readonly List<string> followed = [];
    private readonly string? rootReal = LibraryRoots.RealPath(root);

    /// <summary>
    /// The folder a walk starts at, reached from the root one name at a time by the rules the whole walk
    /// follows; null when a whole walk would never list it (a link out of the library on the way).
    /// </summary>
    public WalkFolder? Start(string folder)
    {
        if (rootReal is null)
        {
            return null;
        }

        var current = new WalkFolder(root, rootReal, 0);
        var relative = Path.GetRelativePath(root, folder);
        if (relative == ".")
        {
            return current;
        }

        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }

        foreach (var name in relative.Split(Path.DirectorySeparatorChar))
        {
            var path = Path.Join(current.Path, name);
            var real = IsLink(path) ? Target(path, current.RealPath) : Path.Join(current.RealPath, name);
            if (real is null || current.Depth >= MaxDepth)
            {
                return null;
            }

            current = new WalkFolder(path, real, current.Depth + 1);
        }

        return current;
    }

    /// <summary>Lists one folder: its videos (stat'ed), the plain subfolders to walk next, and the linked ones.</summary>
    public (List<FoundFile> Files, List<WalkFolder> Subfolders, List<LinkedFolder> Links) Visit(WalkFolder folder, bool recurse)
    {
        var files = new List<FoundFile>();
        var subfolders = new List<WalkFolder>();
        var links = new List<LinkedFolder>();
        if (folder.Depth > MaxDepth || (!folder.Claimed && !visited.TryAdd(folder.RealPath, 0)))
        {
            return (files, subfolders, links);
        }

        var entries = List(folder.Path);
        if (entries is null || entries.Any(e => !e.IsDirectory && IgnoreRules.IsIgnoreMarker(e.Name)))
        {
            return (files, subfolders, links);
        }

        var names = entries.Where(e => !e.IsDirectory).Select(e => e.Name).ToArray();
        // a sum, so the digest does not depend on the order the folder lists its files in
        var listing = new FolderListing(folder.Path, names, entries.Aggregate(0L, (stamp, e) => unchecked(stamp + e.Stamp)));
        foreach (var entry in entries)
        {
            var full = Path.Join(folder.Path, entry.Name);
            if (entry.IsDirectory)
            {
                if (recurse && !IgnoreRules.IsSkippedDirectoryName(entry.Name))
                {
                    if (entry.IsLink)
                    {
                        links.Add(new LinkedFolder(full, folder.RealPath, folder.Depth + 1));
                    }
                    else
                    {
                        subfolders.Add(new WalkFolder(full, Path.Join(folder.RealPath, entry.Name), folder.Depth + 1));
                    }
                }

                continue;
            }

            if (entry.Size < 0 || MediaFiles.IsSample(full))
            {
                continue;
            }

            var (size, mtime) = (entry.Size, entry.MtimeMs);
            if (entry.IsLink)
            {
                // the link's own size is the length of its target's name: the real file's counts
                if (LinkedFile(full) is not { } target)
                {
                    continue;
                }

                (size, mtime) = (target.Length, new DateTimeOffset(target.LastWriteTimeUtc).ToUnixTimeMilliseconds());
            }

            var relative = Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
            files.Add(new FoundFile(full, relative, size, mtime, listing));
        }

        return (files, subfolders, links);
    }

    /// <summary>
    /// The linked folders of a round that the next round walks, taken in path order so the same link wins
    /// every time when two lead to one folder; a target inside one already walked is not walked again.
    /// </summary>
    public List<WalkFolder> Claim(IEnumerable<LinkedFolder> links)
    {
        var next = new List<WalkFolder>();
        foreach (var link in links.OrderBy(l => l.Path, StringComparer.Ordinal))
        {
            if (link.Depth > MaxDepth || Target(link.Path, link.ParentRealPath) is not { } real
                || visited.ContainsKey(real) || followed.Any(done => LibraryRoots.IsInside(real, done)))
            {
                continue;
            }

            followed.Add(real);
            visited.TryAdd(real, 0);
            next.Add(new WalkFolder(link.Path, real, link.Depth, Claimed: true));
        }

        return next;
    }

    /// <summary>The real folder a linked folder leads to when the walk may go there through the link, else null.</summary>
    private string? Target(string link, string parentReal)
    {
        var real = LibraryRoots.RealPath(link);
        if (real is null || !roots.ContainsReal(real) || !Directory.Exists(real))
        {
            return null;
        }

        // the link's own folder or one above it: a loop
        if (LibraryRoots.IsInside(parentReal, real))
        {
            return null;
        }

        // reached without the link anyway: walked once, by its own path
        return roots.FolderOf(real) is { } folder && !TreeWalker.IsExcluded(folder, real) ? null : real;
    }

    private FileInfo? LinkedFile(string link)
    {
        var real = LibraryRoots.RealPath(link);
        if (real is null || !roots.ContainsReal(real))
        {
            return null;
        }

        var info = new FileInfo(real);
        return info.Exists ? info : null;
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private readonly record struct Entry(string Name, bool IsDirectory, bool IsLink, long Size, long MtimeMs, long Stamp = 0);

    private static List<Entry>? List(string folder)
    {
        try
        {
            // Size -1 marks files that are not video: only sidecars (NFO, artwork, subtitles) among them are stat'ed,
            // for the folder's digest. A subfolder costs one lstat, to tell a link from a folder.
            var enumerable = new FileSystemEnumerable<Entry>(
                folder,
                (ref FileSystemEntry e) =>
                {
                    var name = e.FileName.ToString();
                    if (e.IsDirectory)
                    {
                        return new Entry(name, true, IsLink(ref e), 0, 0);
                    }

                    if (MediaFiles.IsVideo(name))
                    {
                        return new Entry(name, false, IsLink(ref e), e.Length, e.LastWriteTimeUtc.ToUnixTimeMilliseconds());
                    }

                    return MediaFiles.IsSidecar(name)
                        ? new Entry(name, false, false, -1, 0, SidecarStamp(name, e.Length, e.LastWriteTimeUtc.ToUnixTimeMilliseconds()))
                        : new Entry(name, false, false, -1, 0);
                },
                Options);
            return [.. enumerable];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // one sidecar's share of its folder's digest: its name, size and time, mixed so that two changes rarely cancel out
    private static long SidecarStamp(string name, long length, long mtimeMs)
    {
        var hash = PathHash.Of(name);
        return unchecked((hash * 31) + (length * 1_000_003) + (mtimeMs * 7_919));
    }

    private static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
}
