using Hearth.Core.Paths;

namespace Hearth.Library.Libraries;

/// <summary>
/// Folders that are never a library. The system's own trees would have the walker read the kernel's
/// pseudo-files and serve what links there point at; the data folder holds the database, keys and caches
/// (whose HLS segments look like videos). Folders are compared by real path, so a link to "/" is "/".
/// </summary>
public static class LibraryFolderRules
{
    private static readonly string[] SystemFolders = ["/proc", "/sys", "/dev"];

    /// <summary>Why <paramref name="folder"/> cannot be a library, in plain words; null when it can.</summary>
    public static string? Refusal(string folder, DataFolder data)
    {
        if (LibraryRoots.RealPath(folder) is not { } real)
        {
            return $"Folder '{folder}' cannot be resolved: its links loop or cannot be read.";
        }

        if (real == Path.GetPathRoot(real))
        {
            return $"Folder '{folder}' is the whole system, not a media folder: choose the folder that holds the movies or shows.";
        }

        if (SystemFolders.FirstOrDefault(system => LibraryRoots.IsInside(real, system)) is { } kernel)
        {
            return $"Folder '{folder}' is in {kernel}, which holds the kernel's and devices' files, not media.";
        }

        var dataReal = LibraryRoots.RealPath(data.Root) ?? data.Root;
        // the demo library is the one exception: Hearth makes it in its own folder, <data>/demo, and nothing else lives there
        var demoReal = LibraryRoots.RealPath(data.Demo) ?? data.Demo;
        if (LibraryRoots.IsInside(real, dataReal) && !LibraryRoots.IsInside(real, demoReal))
        {
            return $"Folder '{folder}' is in Hearth's data folder ({data.Root}), which holds its database, keys and caches, not media.";
        }

        if (LibraryRoots.IsInside(dataReal, real))
        {
            return $"Folder '{folder}' holds Hearth's data folder ({data.Root}) with its database, keys and caches: choose the media folder beside it.";
        }

        return null;
    }
}
