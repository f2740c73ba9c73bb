using Hearth.Library.Libraries;

namespace Hearth.Library.Probing;

/// <summary>
/// Finds subtitle files beside a video, named the way Plex and Jellyfin expect:
/// <c>Name[.language][.forced|.sdh|.cc|.hi|.default][.anything else].ext</c>, e.g. <c>Movie (2010).en.forced.srt</c>.
/// </summary>
public static class ExternalSubtitles
{
    /// <summary>External streams are numbered from here, far above any embedded stream index.</summary>
    public const int FirstIndex = 1000;

    // the codec names ffprobe reports for each kind of file, so external and embedded streams compare alike
    private static readonly Dictionary<string, string> Codecs = new(StringComparer.OrdinalIgnoreCase)
    {
        [".srt"] = "subrip",
        [".ass"] = "ass",
        [".ssa"] = "ass",
        [".vtt"] = "webvtt",
        [".sup"] = "hdmv_pgs_subtitle",
        [".idx"] = "dvd_subtitle",
        [".sub"] = "microdvd",
    };

    /// <param name="videoPath">The video the subtitles belong to.</param>
    /// <param name="roots">The library's folders: a subtitle whose real path is outside them is not taken.</param>
    /// <param name="folderFileNames">
    /// The names (or full paths) of the files in the video's folder when the caller has listed it already;
    /// null lists the folder.
    /// </param>
    public static IReadOnlyList<SubtitleStream> Find(string videoPath, LibraryRoots roots, IReadOnlyCollection<string>? folderFileNames = null)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(videoPath))!;
        var baseName = Path.GetFileNameWithoutExtension(videoPath);
        var names = (folderFileNames ?? ListFolder(folder)).Select(Path.GetFileName).OfType<string>().ToList();
        var present = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        var found = new List<SubtitleStream>();
        foreach (var name in names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(name);
            var stem = Path.GetFileNameWithoutExtension(name);
            if (!Codecs.TryGetValue(extension, out var codec)
                || !(stem.Equals(baseName, StringComparison.OrdinalIgnoreCase) || stem.StartsWith(baseName + ".", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // a VobSub pair is one stream: the .idx names the .sub it indexes
            if (extension.Equals(".sub", StringComparison.OrdinalIgnoreCase) && present.Contains(Path.ChangeExtension(name, ".idx")))
            {
                continue;
            }

            // ffmpeg reads a VobSub's .sub beside its .idx: both must be inside the library
            var path = Path.Combine(folder, name);
            var isVobSub = extension.Equals(".idx", StringComparison.OrdinalIgnoreCase);
            if (!roots.Contains(path) || (isVobSub && !roots.Contains(Path.ChangeExtension(path, ".sub"))))
            {
                continue;
            }

            var tokens = stem.Length > baseName.Length ? stem[(baseName.Length + 1)..] : string.Empty;
            found.Add(Parse(tokens, codec, FirstIndex + found.Count, path));
        }

        return found;
    }

    /// <summary>Reads the dot-separated words between the video's name and the extension.</summary>
    private static SubtitleStream Parse(string tokens, string codec, int index, string path)
    {
        string? language = null;
        bool isDefault = false, isForced = false, isHearingImpaired = false;
        var rest = new List<string>();
        foreach (var token in tokens.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (token.ToLowerInvariant())
            {
                case "default":
                    isDefault = true;
                    break;
                case "forced" or "foreign":
                    isForced = true;
                    break;
                // "hi" is also Hindi's two-letter code; in subtitle names it means hearing impaired far more often
                case "sdh" or "cc" or "hi":
                    isHearingImpaired = true;
                    break;
                default:
                    var code = language is null ? LanguageCodes.Normalize(token) : null;
                    if (code is not null)
                    {
                        language = code;
                    }
                    else
                    {
                        rest.Add(token);
                    }

                    break;
            }
        }

        return new SubtitleStream(
            index,
            codec,
            language,
            rest.Count == 0 ? null : string.Join(' ', rest),
            isDefault,
            isForced,
            isHearingImpaired,
            IsExternal: true,
            Path: path);
    }

    private static IEnumerable<string> ListFolder(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder) : [];
}
