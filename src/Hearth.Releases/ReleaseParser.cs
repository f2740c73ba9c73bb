using Hearth.Releases.Episodes;
using Hearth.Releases.Groups;
using Hearth.Releases.Languages;
using Hearth.Releases.Movies;
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

    private static ParsedRelease ParseName(string input, string rawName)
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
        Fill(r, name, end, extension);
        if (r.Failure is not null && r.Kind == ReleaseKind.Unknown)
        {
            // a reversed name (mkv.esaeleR.dehsaH.emoS) is an obfuscation trick
            var reversed = Reverse(name.AsSpan(0, end));
            if (reversed.Contains("S0", StringComparison.Ordinal) || reversed.Contains("p027", StringComparison.Ordinal) == false && HasEpisodeMarker(reversed))
            {
                var again = new ParsedRelease { Input = input, ReleaseTitle = reversed };
                Fill(again, reversed, reversed.Length, extension);
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

    private static void Fill(ParsedRelease r, string name, int end, string? extension)
    {
        var start = NameCleaner.SkipPrefix(name, 0, end);
        string? subGroup = null;
        // [SubGroup] in front: anime fansubs
        if (start < end && name[start] == '[')
        {
            var close = name.IndexOf(']', start);
            if (close > start + 1 && close < end - 1)
            {
                var inner = name.AsSpan(start + 1, close - start - 1).Trim();
                if (!IsTagBracket(inner))
                {
                    subGroup = inner.ToString();
                }
                start = close + 1;
            }
        }
        start = SkipSeasonMarker(name, start, end);
        // the CRC32 anime releases end with
        var hashEnd = end;
        var hash = FindHash(name, start, ref hashEnd);
        var scan = new Scan(name, start, hashEnd);
        var first = 0;
        var anime = subGroup is not null;
        r.SubGroup = subGroup;
        r.ReleaseHash = hash;

        var episode = EpisodeScanner.Find(scan, first, anime);
        int titleStart = start, titleEnd, next;
        if (episode is not null && episode.Failure is not null)
        {
            r.Failure = episode.Failure;
            titleEnd = episode.TitleEnd;
            next = scan.IndexAt(titleEnd);
        }
        else if (episode is not null)
        {
            r.Kind = ReleaseKind.Episode;
            titleEnd = episode.TitleEnd;
            if (episode.TitleStart >= 0)
            {
                titleStart = episode.TitleStart;
            }
            next = episode.NextToken;
            ApplyEpisode(r, episode);
        }
        else
        {
            var (movieEnd, year, movieNext) = MovieScanner.Find(scan, first);
            if (movieEnd < 0)
            {
                titleStart = scan[movieNext - 1].End + 1;
                titleEnd = hashEnd;
                next = movieNext;
                for (var i = movieNext; i < scan.Count; i++)
                {
                    if (TagWords.IsMovieTag(scan.Word(i)))
                    {
                        titleEnd = scan[i].Start;
                        break;
                    }
                }
            }
            else
            {
                titleEnd = movieEnd;
                next = movieNext;
            }
            r.Year = year > 0 ? year : null;
            var hasTags = false;
            for (var i = 0; i < scan.Count && !hasTags; i++)
            {
                hasTags = TagWords.IsMovieTag(scan.Word(i)) || EditionScanner.StartsEdition(scan, i);
            }
            if (year > 0 || hasTags || anime)
            {
                r.Kind = ReleaseKind.Movie;
            }
            else
            {
                r.Failure = "no episode numbering, year or quality: not a release name";
            }
            // an edition word that starts the name is the title's ("Uncut.Movie.2019")
            r.Edition = EditionScanner.Read(scan, scan.IndexAt(titleStart) + 1, scan.Count);
            var yearIndex = scan.IndexAt(Math.Max(titleStart, titleEnd));
            if (r.Edition.Length == 0 && year > 0 && yearIndex < scan.Count && Chars.IsYear(scan.Word(yearIndex), out _))
            {
                r.Edition = EditionScanner.AfterYear(scan, yearIndex);
            }
        }

        if (r.Kind == ReleaseKind.Episode && titleEnd > 0 && titleEnd < name.Length && name[titleEnd - 1] == '(' || r.Kind == ReleaseKind.Episode && titleEnd < name.Length && name[titleEnd] == '(')
        {
            // "Original (S2E1) / English (S2E1) (2023)": the numbering repeated after each title
            var close = name.IndexOf(')', titleEnd);
            var after = close < 0 ? -1 : close + 1;
            while (after > 0 && after < hashEnd && name[after] == ' ')
            {
                after++;
            }
            if (after > 0 && after < hashEnd && name[after] == '/')
            {
                var nextOpen = name.IndexOf('(', after);
                if (nextOpen > after + 2)
                {
                    titleEnd = nextOpen;
                }
            }
        }
        if (r.Kind == ReleaseKind.Episode && scan.Count > 2 && scan[0].Start == titleStart && scan[0].Length == 6 && IsShortDate(scan.Word(0)) && scan[1].End < titleEnd)
        {
            // "221208 Show ep11": Japanese broadcasts put the air date (YYMMDD) in front of the title
            titleStart = scan[1].Start;
        }
        ReadTitle(r, name, titleStart, Math.Max(titleStart, titleEnd), episode);
        ReadIds(r, name, start, hashEnd);

        var group = ReleaseGroupScanner.Find(name, start, hashEnd, Math.Max(titleStart, titleEnd), subGroup is not null, out var groupStart);
        // a CRC32 at the end marks an anime file: its group is the bracket in front, never a scene suffix
        r.ReleaseGroup = subGroup ?? (hash is not null && hashEnd < end ? null : group);
        var qualityFrom = Math.Min(Math.Max(0, next - 1), scan.Count);
        qualityFrom = Math.Min(qualityFrom, scan.IndexAt(Math.Max(titleStart, titleEnd)));
        r.Quality = QualityScanner.Read(scan, 0, groupStart, extension, out var tags);
        r.VideoCodec = tags.VideoCodec;
        r.BitDepth = tags.BitDepth;
        r.HdrFormats = tags.Hdr is null ? [] : tags.Hdr;
        r.AudioCodec = tags.AudioCodec;
        r.AudioChannels = tags.AudioChannels;
        r.StreamingService = tags.StreamingService;

        // languages are read after the title (or after the first word of a name that is not a release),
        // everywhere but in the group itself ("-SbR Icelandic" has one after the group)
        var groupEnd = group is null ? groupStart : Math.Max(groupStart, name.IndexOf(group, Math.Min(groupStart, name.Length), StringComparison.Ordinal) + group.Length);
        var languageFrom = r.Kind == ReleaseKind.Unknown ? 1 : scan.IndexAt(Math.Max(titleStart, titleEnd));
        var languages = LanguageScanner.Read(scan, languageFrom, groupStart, groupEnd);
        if (subGroup is not null && (subGroup.Contains("字幕", StringComparison.Ordinal) || subGroup.Contains("字幕組", StringComparison.Ordinal)) && !languages.Audio.Contains(Language.Chinese))
        {
            // a Chinese subtitle group ("…字幕组") releases in Chinese
            languages.Audio.Add(Language.Chinese);
        }
        r.Languages = languages.Audio.Count == 0 ? [Language.Unknown] : languages.Audio;
        r.SubtitleLanguages = languages.Subtitles;
        r.IsMultiLanguage = languages.Multi;
        r.IsDubbed = languages.Dubbed;
        r.IsSubbed = languages.Subbed || languages.Subtitles.Count > 0;
        r.HardcodedSubs = HardcodedSubs.Find(scan);
    }

}
