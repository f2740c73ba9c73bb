namespace Hearth.Library.Libraries;

/// <summary>
/// The real folders of one library, and whether a path lies inside one of them once every link in it is
/// resolved. A link inside a library may point anywhere (a download client or a shared NAS can write
/// there), so every file Hearth reads at scan or serves on a request is checked here by its real path.
/// </summary>
public sealed class LibraryRoots
{
    // Linux's own limit on links followed while resolving one path (ELOOP)
    private const int MaxLinkHops = 40;
    private static readonly char Separator = Path.DirectorySeparatorChar;

    private readonly string[] realFolders;

    private LibraryRoots(string[] realFolders) => this.realFolders = realFolders;

    /// <summary>The library folders as they really are; a folder whose links cannot be resolved holds nothing.</summary>
    public IReadOnlyList<string> RealFolders => realFolders;

    public static LibraryRoots Of(IEnumerable<string> folders) =>
        new([.. folders.Select(RealPath).OfType<string>().Distinct(StringComparer.Ordinal)]);

    /// <summary>True when the path, its links resolved, is one of the folders or inside one.</summary>
    public bool Contains(string path) => RealPath(path) is { } real && ContainsReal(real);

    /// <summary>As <see cref="Contains"/> for a path whose links are resolved already.</summary>
    public bool ContainsReal(string realPath) => FolderOf(realPath) is not null;

    /// <summary>The library folder that holds a resolved path, or null.</summary>
    public string? FolderOf(string realPath) => realFolders.FirstOrDefault(folder => IsInside(realPath, folder));

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or below it, comparing whole names.</summary>
    public static bool IsInside(string path, string folder)
    {
        folder = Path.TrimEndingDirectorySeparator(folder);
        path = Path.TrimEndingDirectorySeparator(path);
        if (path.Length == folder.Length)
        {
            return string.Equals(path, folder, StringComparison.Ordinal);
        }

        // "/" trimmed stays "/", which already ends in the separator
        var prefix = folder.EndsWith(Separator) ? folder : folder + Separator;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>
    /// The path with every link in it resolved, as realpath(3) answers, walked one name at a time with
    /// readlink; a missing tail is kept as written (nothing missing can be a link). Null when the links
    /// loop or cannot be read. Managed rather than a libc call: the library stays free of native interop.
    /// </summary>
    public static string? RealPath(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var full = Path.IsPathRooted(path) ? path : Path.Join(Directory.GetCurrentDirectory(), path);
        var pending = new Stack<string>();
        Push(pending, full);
        var current = Path.GetPathRoot(full) ?? Separator.ToString();
        var hops = 0;
        while (pending.TryPop(out var name))
        {
            if (name is "" or ".")
            {
                continue;
            }

            // ".." is taken after the links before it are resolved, as the kernel does
            if (name == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, name);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                return null;
            }

            Push(pending, target);
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? current;
            }
        }

        return current;
    }

    private static void Push(Stack<string> pending, string path)
    {
        var names = path.Split(Separator);
        for (var i = names.Length - 1; i >= 0; i--)
        {
            pending.Push(names[i]);
        }
    }
}
