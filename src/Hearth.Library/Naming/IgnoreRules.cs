namespace Hearth.Library.Naming;

/// <summary>What a library scan skips: marker files and folders that never hold the user's media.</summary>
public static class IgnoreRules
{
    private static readonly HashSet<string> Markers = new(StringComparer.OrdinalIgnoreCase)
    {
        ".ignore", ".plexignore", ".nomedia",
    };

    // NAS housekeeping (Synology, QNAP), OS trash and recovery folders, Kodi image-only folders,
    // and release sample folders: none of them hold titles, and some are huge.
    private static readonly HashSet<string> SkippedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "@eaDir", "#recycle", "#snapshot", "@Recycle", "@Recently-Snapshot", "@tmp", "$RECYCLE.BIN",
        "RECYCLER", "lost+found", "System Volume Information", "extrafanart", "extrathumbs",
        "Sample", "Samples",
    };

    /// <summary>The marker file names, for checking a folder without listing it.</summary>
    public static IReadOnlyCollection<string> MarkerNames => Markers;

    /// <summary>A folder holding one of these files is skipped together with everything below it.</summary>
    public static bool IsIgnoreMarker(string fileName) => Markers.Contains(fileName);

    public static bool IsSkippedDirectoryName(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        // hidden folders cover .Trash-1000, .@__thumb, .snapshot, .actors, .git and friends
        return name[0] == '.' || SkippedNames.Contains(name);
    }
}
