using System.Text.RegularExpressions;

namespace Hearth.Acquisition.Import;

/// <summary>What a file of a download is to an import.</summary>
public enum DownloadFileKind
{
    Video,
    Sample,
    Subtitle,
    Archive,
    Dangerous,
    Other,
}

public sealed record DownloadFile(string Path, long Size, DownloadFileKind Kind);

/// <summary>
/// The files of a completed download, each classed: videos to import, samples to skip (a name that says "sample",
/// much smaller than the download's main video), subtitles to carry along, archives (Hearth does not unpack them) and
/// what must never reach a library (executables and scripts, the usual payload of a fake release). Links are not
/// followed, so a download cannot point an import elsewhere.
/// </summary>
public static partial class DownloadFiles
{
    private static readonly HashSet<string> Videos = new(StringComparer.OrdinalIgnoreCase)
    {
        ".mkv", ".mp4", ".m4v", ".avi", ".mov", ".ts", ".m2ts", ".mts", ".wmv", ".webm", ".mpg", ".mpeg", ".vob", ".ogv", ".flv", ".divx", ".xvid", ".3gp",
    };

    private static readonly HashSet<string> Subtitles = new(StringComparer.OrdinalIgnoreCase) { ".srt", ".ass", ".ssa", ".sub", ".idx", ".vtt", ".sup", ".smi" };

    private static readonly HashSet<string> Archives = new(StringComparer.OrdinalIgnoreCase) { ".rar", ".zip", ".7z", ".tar", ".gz", ".bz2", ".xz", ".iso", ".img" };

    private static readonly HashSet<string> Dangerous = new(StringComparer.OrdinalIgnoreCase)
    {
        ".exe", ".com", ".bat", ".cmd", ".scr", ".pif", ".msi", ".msp", ".lnk", ".vbs", ".vbe", ".js", ".jse", ".wsf", ".wsh", ".ps1", ".psm1",
        ".hta", ".cpl", ".jar", ".dll", ".sh", ".apk", ".app", ".dmg", ".deb", ".rpm", ".reg", ".url",
    };

    /// <summary>Every regular file of <paramref name="path"/> (itself when it is a file), classed; at most 10,000, at most 8 folders deep.</summary>
    public static IReadOnlyList<DownloadFile> List(string path)
    {
        var found = new List<(string Path, long Size)>();
        if (File.Exists(path) && !IsLink(path))
        {
            found.Add((path, new FileInfo(path).Length));
        }
        else if (Directory.Exists(path) && !IsLink(path))
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 8, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
            foreach (var file in new DirectoryInfo(path).EnumerateFiles("*", options).Take(10_000))
            {
                found.Add((file.FullName, file.Length));
            }
        }
        var largest = found.Where(f => Videos.Contains(System.IO.Path.GetExtension(f.Path))).Select(f => f.Size).DefaultIfEmpty(0).Max();
        return [.. found.Select(f => new DownloadFile(f.Path, f.Size, Kind(f.Path, f.Size, largest)))];
    }

    private static DownloadFileKind Kind(string path, long size, long largestVideo)
    {
        var extension = System.IO.Path.GetExtension(path);
        if (Dangerous.Contains(extension))
        {
            return DownloadFileKind.Dangerous;
        }
        if (Videos.Contains(extension))
        {
            // Radarr's rule in spirit: "sample" in the name (or its folder) and well under the main video
            return SamplePattern().IsMatch(path) && size < largestVideo / 2 ? DownloadFileKind.Sample : DownloadFileKind.Video;
        }
        if (Subtitles.Contains(extension))
        {
            return DownloadFileKind.Subtitle;
        }
        return Archives.Contains(extension) || RarPart().IsMatch(extension) ? DownloadFileKind.Archive : DownloadFileKind.Other;
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    [GeneratedRegex(@"(^|[\\/ ._\-\[(])sample([\\/ ._\-\])]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SamplePattern();

    [GeneratedRegex(@"^\.r\d{2}$", RegexOptions.IgnoreCase)]
    private static partial Regex RarPart();
}
