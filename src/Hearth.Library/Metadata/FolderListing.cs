using Hearth.Library.Libraries;

namespace Hearth.Library.Metadata;

/// <summary>
/// The files of one folder keyed by name, ignoring case: Linux file systems are case-sensitive while
/// users and tools write "Poster.JPG" as often as "poster.jpg", so one listing beats many probes.
/// A file is found only when its real path is inside the library: a "poster.jpg" linking to a system
/// file is not there, and the next name in line is taken.
/// </summary>
internal sealed class FolderListing
{
    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".webp", ".tbn"];

    private readonly Dictionary<string, string> files = new(StringComparer.OrdinalIgnoreCase);

    private readonly LibraryRoots roots;

    private FolderListing(string? folder, LibraryRoots roots)
    {
        this.roots = roots;
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }

        try
        {
            foreach (var path in Directory.EnumerateFiles(folder))
            {
                // the first spelling wins when a case-sensitive disk holds both "poster.jpg" and "Poster.jpg"
                files.TryAdd(Path.GetFileName(path), path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // an unreadable folder has no local metadata; the scan reports access problems itself
        }
    }

    public IEnumerable<string> Names => files.Keys;

    public static FolderListing Of(string? folder, LibraryRoots roots) => new(folder, roots);

    /// <summary>The full path of <paramref name="fileName"/> in any letter case, or null; null too when it links out of the library.</summary>
    public string? Find(string fileName) => files.TryGetValue(fileName, out var path) && roots.Contains(path) ? path : null;

    /// <summary>The first image named like one of <paramref name="baseNames"/>, in their order of preference.</summary>
    public string? FindImage(IEnumerable<string> baseNames)
    {
        foreach (var baseName in baseNames)
        {
            foreach (var extension in ImageExtensions)
            {
                if (Find(baseName + extension) is { } path)
                {
                    return path;
                }
            }
        }

        return null;
    }
}
