using System.Globalization;
using System.Text.RegularExpressions;

namespace Hearth.Library.Naming;

/// <summary>
/// Parses a movie path relative to the library root, following the layouts Plex, Jellyfin, Kodi and
/// Radarr write: one folder per movie ("Alien (1979)/Alien (1979).mkv"), loose files with a year, extras
/// folders and suffixes, stacked parts, disc folders, editions and provider ids in names.
/// </summary>
public static partial class MovieNaming
{
    public static MoviePath Parse(string relativePath)
    {
        var segments = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            throw new ArgumentException("The path is empty.", nameof(relativePath));
        }

        var fileName = StripExtension(segments[^1]);
        var folders = segments[..^1].ToList();
        int? part = null;
        var discLayout = false;

        // VIDEO_TS / BDMV / CD1 folders belong to the movie folder above them
        while (folders.Count > 0 && DiscFolderRegex().Match(folders[^1]) is { Success: true } disc)
        {
            part ??= disc.Groups["part"].Success ? int.Parse(disc.Groups["part"].Value, CultureInfo.InvariantCulture) : null;
            discLayout = true;
            folders.RemoveAt(folders.Count - 1);
        }

        ExtraKind? extra = null;
        string? extraTitle = null;
        // an extras folder counts only below a movie folder, never at the library root
        var extrasFolderAt = folders.Count > 1 ? folders.FindIndex(1, f => Extras.FromFolderName(f) is not null) : -1;
        var inFolderExtra = extrasFolderAt > 0;
        if (inFolderExtra)
        {
            extra = Extras.FromFolderName(folders[^1]) ?? Extras.FromFolderName(folders[extrasFolderAt]);
            extraTitle = DisplayName(fileName);
            folders.RemoveRange(extrasFolderAt, folders.Count - extrasFolderAt);
        }

        var baseName = fileName;
        if (extra is null && Extras.FromFileSuffix(fileName, out var withoutSuffix) is { } suffixKind)
        {
            extra = suffixKind;
            extraTitle = DisplayName(fileName);
            baseName = withoutSuffix;
        }

        if (StripPart(baseName, out var partNumber) is { } stripped)
        {
            baseName = stripped;
            part ??= partNumber;
        }

        var fromFile = TitleCleaner.Parse(baseName);
        var folder = folders.Count > 0 ? TitleCleaner.Parse(folders[^1]) : null;
        var ownFolder = folder is not null
            && (folder.Year is not null || discLayout || inFolderExtra || fromFile.Year is null
                || SameTitle(folder.Title, fromFile.Title));

        string key;
        CleanName titleSource;
        if (ownFolder)
        {
            key = string.Join('/', folders);
            var useFolder = folder!.Year is not null || discLayout || inFolderExtra || fromFile.Title.Length == 0;
            titleSource = useFolder ? folder : fromFile;
        }
        else
        {
            var loose = baseName.Length > 0 ? baseName : fileName;
            key = folders.Count > 0 ? string.Join('/', folders) + "/" + loose : loose;
            titleSource = fromFile;
        }

        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        CleanName[] sources = ownFolder ? [fromFile, folder!] : [fromFile];
        foreach (var source in sources)
        {
            foreach (var (name, value) in source.ProviderIds)
            {
                ids.TryAdd(name, value);
            }
        }

        var edition = fromFile.Edition ?? (ownFolder ? folder!.Edition : null);
        var year = titleSource.Year ?? (titleSource == folder ? fromFile.Year : null);
        return new MoviePath(key, titleSource.Title, year, extra, extraTitle, edition, ids, part);
    }

    /// <summary>The edition a movie file's own name and its folder's give ("Blade Runner (1982)/…Final.Cut…" → "Final Cut").</summary>
    public static string? EditionOfFile(string path)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(path));
        return Parse(string.IsNullOrEmpty(folder) ? Path.GetFileName(path) : $"{folder}/{Path.GetFileName(path)}").Edition;
    }

    /// <summary>The file name as a person would read it: separators as spaces, id tags removed.</summary>
    internal static string DisplayName(string nameWithoutExtension)
    {
        var text = ProviderIdTags.Extract(nameWithoutExtension, new Dictionary<string, string>());
        return TitleCleaner.Normalize(text).Trim(' ', '-');
    }

    internal static string StripExtension(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        // "Movie.2010" has no extension; real extensions are short and not all digits
        if (dot <= 0 || fileName.Length - dot > 6 || fileName[(dot + 1)..].All(char.IsDigit))
        {
            return fileName;
        }

        return fileName[..dot];
    }

    /// <summary>The name without a stacking suffix ("-cd1", ".part2", " - disc 1"), or null when it has none.</summary>
    internal static string? StripPart(string name, out int part)
    {
        part = 0;
        var match = PartSuffixRegex().Match(name);
        // " Part 2" after a plain space is a title ("Deathly Hallows Part 2"), not a stack suffix
        if (!match.Success || match.Index == 0 || (match.Groups["sep"].Value.Trim().Length == 0 && match.Groups["gap"].Length > 0))
        {
            return null;
        }

        part = int.Parse(match.Groups["part"].Value, CultureInfo.InvariantCulture);
        return name[..match.Index];
    }

    private static bool SameTitle(string a, string b) =>
        string.Equals(Comparable(a), Comparable(b), StringComparison.Ordinal);

    private static string Comparable(string text) =>
        new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    [GeneratedRegex(@"(?<sep>\s*[-._]\s*|\s+)(?:cd|dvd|part|pt|dis[ck])(?<gap>[ ._-]?)(?<part>\d{1,2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartSuffixRegex();

    [GeneratedRegex(@"^(?:video_ts|bdmv|stream|playlist|(?:cd|dvd|dis[ck])[ ._-]?(?<part>\d{1,2}))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DiscFolderRegex();
}
