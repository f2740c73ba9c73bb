using Hearth.Releases.Quality;
using Hearth.Releases.Text;

namespace Hearth.Releases;

/// <summary>
/// Reads release, file and folder names. Pure and thread-safe: no I/O, no shared state. The name is
/// cut into words once; each feature (numbering, title, quality, languages, group) reads those words.
/// </summary>
public static partial class ReleaseParser
{
    /// <summary>
    /// Names longer than this are cut (a path keeps its end, where the file name is): no real release
    /// name comes near it, and it bounds the work on hostile input.
    /// </summary>
    public const int MaxLength = 320;

    /// <summary>Parses a release name, a file name, or a path (folders are read when the file name says too little).</summary>
    public static ParsedRelease Parse(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return new ParsedRelease { Input = title ?? string.Empty, Failure = "the name is empty" };
        }
        var input = title;
        var text = title.Length <= MaxLength ? title : title.AsSpan().IndexOfAny('/', '\\') >= 0 ? title[^MaxLength..] : title[..MaxLength];
        var slash = LastSeparator(text);
        if (slash < 0)
        {
            return ParseName(input, text);
        }
        var fileName = text[(slash + 1)..];
        var file = ParseName(input, fileName);
        var inSeasonFolder = IsSeasonFolder(text[(LastSeparator(text[..slash]) + 1)..slash]);
        var renamedCopy = file.Quality.SourceDetection != DetectionSource.Name && IsSceneFolder(input, text[..slash], out _);
        if (IsGood(file) && !(inSeasonFolder && (file.SeasonNumber is not > 0 || file.IsMiniSeries)) && !renamedCopy)
        {
            return file;
        }
        if (FromSeasonFolder(input, text, slash, fileName, file) is { } numbered)
        {
            return numbered;
        }
        if (IsGood(file) && !renamedCopy)
        {
            return file;
        }
        // the file name is a hash or says too little: the nearest folder that reads as a release wins
        var folders = text[..slash];
        for (var guard = 0; guard < 4 && folders.Length > 0; guard++)
        {
            var cut = LastSeparator(folders);
            var folderName = folders[(cut + 1)..];
            var folder = ParseName(input, folderName);
            if (IsGood(folder))
            {
                return Merge(folder, file, input);
            }
            if (folder.Kind == ReleaseKind.Unknown && LooksLikeSeasonFolder(folderName) && file.Kind == ReleaseKind.Unknown)
            {
                // Show/Season 1/01.mkv: numbering from the file, show from the folder above
            }
            if (cut < 0)
            {
                break;
            }
            folders = folders[..cut];
        }
        return file;
    }

    /// <summary>
    /// Reads one name (no folders) known to be a movie's, as a movie library's folder or file name: the
    /// numbers in it are never episode numbering ("Apollo 13", "Kill Bill Vol 2"), and a year past the next
    /// few is a number in the title ("Blade Runner 2049"), since no file on disk was released in the future.
    /// </summary>
    public static ParsedRelease ParseMovie(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return new ParsedRelease { Input = name ?? string.Empty, Failure = "the name is empty" };
        }
        return ParseName(name, name.Length <= MaxLength ? name : name[..MaxLength], movie: true);
    }

    private static ParsedRelease ParseName(string input, string rawName, bool movie = false)
    {
        var name = NameCleaner.Normalize(rawName).Trim();
        var end = name.Length;
        while (end > 0 && name[end - 1] is '_' or '.' or ' ' or '-' && end > 1 && name[end - 2] != '-')
        {
            end--;
        }
        var extension = Extensions.Find(name, end);
        if (extension is not null)
        {
            end -= extension.Length;
        }
        var r = new ParsedRelease { Input = input, ReleaseTitle = name[..end] };
        if (end <= 0)
        {
            r.Failure = "the name is only an extension";
            return r;
        }
        if (IsObfuscated(name.AsSpan(0, end)))
        {
            r.IsObfuscated = true;
            r.Failure = "the name is a hash or obfuscated";
            r.Quality = extension is null ? ParsedQuality.Unknown : new ParsedQuality(Extensions.QualityOf(extension), Revision.Default, DetectionSource.Extension, DetectionSource.Extension);
            return r;
        }
        Fill(r, name, end, extension, movie);
        if (r.Failure is not null && r.Kind == ReleaseKind.Unknown)
        {
            // a reversed name (mkv.esaeleR.dehsaH.emoS) is an obfuscation trick
            var reversed = Reverse(name.AsSpan(0, end));
            if (reversed.Contains("S0", StringComparison.Ordinal) || reversed.Contains("p027", StringComparison.Ordinal) == false && HasEpisodeMarker(reversed))
            {
                var again = new ParsedRelease { Input = input, ReleaseTitle = reversed };
                Fill(again, reversed, reversed.Length, extension, movie);
                if (again.Failure is null && again.Kind == ReleaseKind.Episode)
                {
                    return again;
                }
            }
        }
        return r;
    }

    private static bool HasEpisodeMarker(string s) => s.Contains("E0", StringComparison.Ordinal) && s.Contains("S0", StringComparison.Ordinal);

    private static string Reverse(ReadOnlySpan<char> s)
    {
        var chars = s.ToArray();
        Array.Reverse(chars);
        return new string(chars);
    }
}
