namespace Hearth.Library.Naming;

/// <summary>Classifies files by name alone, the way Plex and Jellyfin do before probing anything.</summary>
public static class MediaFiles
{
    private static readonly HashSet<string> VideoExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".mkv", ".mp4", ".m4v", ".avi", ".mov", ".wmv", ".ts", ".m2ts", ".mts", ".webm", ".mpg", ".mpeg",
        ".mpe", ".m2v", ".flv", ".ogv", ".ogm", ".vob", ".3gp", ".3g2", ".divx", ".xvid", ".asf", ".rm",
        ".rmvb", ".f4v", ".dvr-ms", ".wtv", ".iso", ".strm",
    };

    private static readonly HashSet<string> SubtitleExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".srt", ".ass", ".ssa", ".vtt", ".sub", ".idx", ".sup", ".smi", ".sami",
    };

    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".webp", ".tbn",
    };

    private static readonly char[] TokenSeparators = ['-', '.', '_', ' ', '[', ']', '(', ')', '{', '}'];

    public static bool IsVideo(string path) => VideoExtensions.Contains(Extension(path));

    public static bool IsSubtitle(string path) => SubtitleExtensions.Contains(Extension(path));

    public static bool IsImage(string path) => ImageExtensions.Contains(Extension(path));

    /// <summary>A file beside a video that says something about it: an NFO, artwork, subtitles.</summary>
    public static bool IsSidecar(string path) => IsSubtitle(path) || IsImage(path) || Extension(path).Equals(".nfo", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True for sample clips that release groups ship next to the real file: a "sample" token in the
    /// name, or any file inside a Sample/Samples folder. "Samples" inside a title is not a token match,
    /// so a movie called "Free Samples Day" stays a movie.
    /// </summary>
    public static bool IsSample(string path)
    {
        var normalized = path.Replace('\\', '/');
        var segments = normalized.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return false;
        }

        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (IsSampleFolderName(segments[i]))
            {
                return true;
            }
        }

        var name = Path.GetFileNameWithoutExtension(segments[^1]);
        foreach (var token in name.Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Equals("sample", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsSampleFolderName(string name) =>
        name.Equals("sample", StringComparison.OrdinalIgnoreCase)
        || name.Equals("samples", StringComparison.OrdinalIgnoreCase);

    private static string Extension(string path) => Path.GetExtension(path.AsSpan()).ToString();
}
