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
public static class ReleaseParser
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

    private static bool LooksLikeSeasonFolder(string name) => name.StartsWith("Season", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The folder is a complete scene name (numbering or year, and a quality read from its words):
    /// a file inside that names no quality of its own is a renamed or obfuscated copy of it.
    /// </summary>
    private static bool IsSceneFolder(string input, string folders, out ParsedRelease folder)
    {
        folder = ParseName(input, folders[(LastSeparator(folders) + 1)..]);
        return IsGood(folder) && folder.Quality.SourceDetection == DetectionSource.Name;
    }

    private static bool IsSeasonFolder(string name) =>
        name.Equals("Specials", StringComparison.OrdinalIgnoreCase)
        || name.Length > 7 && name.StartsWith("Season", StringComparison.OrdinalIgnoreCase) && name[6] is ' ' or '.' or '_' && char.IsAsciiDigit(name[7]);

    /// <summary>
    /// "Show/Season 2/S02E21.avi", "Show/Season 1/02 Pilot.mkv", "Season 2/E05-06 - Title": a file in a
    /// season folder numbers its episode alone (or with a leading number); the season comes from the
    /// folder and the show's title from the folder above it.
    /// </summary>
    private static ParsedRelease? FromSeasonFolder(string input, string text, int slash, string fileName, ParsedRelease file)
    {
        var folders = text[..slash];
        var cut = LastSeparator(folders);
        var seasonFolder = folders[(cut + 1)..];
        int? season = null;
        var sw = seasonFolder.AsSpan();
        if (sw.StartsWith("Season", StringComparison.OrdinalIgnoreCase))
        {
            var p = 6;
            while (p < sw.Length && sw[p] is ' ' or '.' or '_')
            {
                p++;
            }
            if (Chars.ReadNumber(sw, p, out var n) is > 0 and <= 4)
            {
                season = n;
            }
        }
        else if (sw.Equals("Specials", StringComparison.OrdinalIgnoreCase))
        {
            season = 0;
        }
        // a mini-series part ("Part 2") in a season folder is a word of the episode title, not its numbering
        var explicitNumbering = file.Kind == ReleaseKind.Episode && file.Failure is null && !file.IsMiniSeries && (file.EpisodeNumbers.Count > 0 || file.AbsoluteEpisodeNumbers.Count > 0);
        if (season is null && (!explicitNumbering || file.Title.Length > 0))
        {
            return null;
        }
        var show = season is null ? seasonFolder : cut < 0 ? string.Empty : folders[(LastSeparator(folders[..cut]) + 1)..cut];
        if (explicitNumbering && file.SeasonNumber is > 0 || explicitNumbering && season is null)
        {
            if (file.Title.Length > 0 || show.Length == 0)
            {
                return file;
            }
            SetTitle(file, show);
            return file;
        }
        // the file names only the episode: "02 Pilot", "01. Title", "E05-06 - Title", "S02E21"
        var name = NameCleaner.Normalize(fileName);
        var leading = LeadingEpisode(name);
        var r = explicitNumbering && (leading.Length == 0 || file.EpisodeNumbers.Count > 0) ? file : ParseName(input, "S" + season!.Value.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "E" + leading);
        explicitNumbering = ReferenceEquals(r, file);
        if (r.EpisodeNumbers.Count == 0 || r.Kind != ReleaseKind.Episode)
        {
            return null;
        }
        r.Input = input;
        r.SeasonNumber = season;
        r.Seasons = [season!.Value];
        if (!explicitNumbering)
        {
            r.Quality = file.Quality;
            r.ReleaseTitle = file.ReleaseTitle;
        }
        SetTitle(r, show);
        r.Failure = null;
        return r;
    }

    // the episode part of a file name that starts with it: "02 Pilot" -> "02", "E05-06 - Title" -> "05-E06"
    private static string LeadingEpisode(string name)
    {
        var s = name.AsSpan().TrimStart();
        var e = s.Length > 1 && s[0] is 'E' or 'e' && char.IsAsciiDigit(s[1]) ? 1 : 0;
        var n = Chars.ReadNumber(s, e, out var first);
        if (n is 0 or > 3)
        {
            return string.Empty;
        }
        var rest = s[(e + n)..];
        if (!rest.IsEmpty && rest[0] == '-' && rest.Length > 1)
        {
            var more = rest[1..];
            var e2 = more.Length > 1 && more[0] is 'E' or 'e' ? 1 : 0;
            if (Chars.ReadNumber(more, e2, out var last) is > 0 and <= 3 && last > first)
            {
                return $"{first:00}-E{last:00}";
            }
        }
        return !rest.IsEmpty && char.IsLetterOrDigit(rest[0]) ? string.Empty : first.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void SetTitle(ParsedRelease r, string folder)
    {
        var show = ParseName(r.Input, folder);
        var title = show.Title.Length > 0 ? show.Title : TitleCleaner.Clean(folder);
        if (show.Year is { } y && show.Kind != ReleaseKind.Episode)
        {
            title = $"{title} ({y})";
        }
        r.Title = title;
        r.Titles = [title];
        r.NormalizedTitle = TitleCleaner.Normalize(title);
        r.TitleWithoutYear = show.Title.Length > 0 ? show.Title : title;
    }

    private static bool IsGood(ParsedRelease r) =>
        r.Failure is null && !r.IsObfuscated && r.Title.Length > 0 && (r.Kind == ReleaseKind.Episode ? r.EpisodeNumbers.Count + r.AbsoluteEpisodeNumbers.Count > 0 || r.AirDate is not null || r.FullSeason : r.Quality.Quality != Qualities.Unknown || r.Year is not null);

    private static ParsedRelease Merge(ParsedRelease folder, ParsedRelease file, string input)
    {
        folder.Input = input;
        if (file.Quality.SourceDetection == DetectionSource.Name && folder.Quality.SourceDetection != DetectionSource.Name)
        {
            folder.Quality = file.Quality;
        }
        if (folder.Kind == ReleaseKind.Episode && file.Kind == ReleaseKind.Episode && !folder.FullSeason && file.EpisodeNumbers.Count > 0 && folder.EpisodeNumbers.Count == 0)
        {
            folder.EpisodeNumbers = file.EpisodeNumbers;
        }
        return folder;
    }

    /// <summary>
    /// The last path separator. A slash with a space beside it ("Original / English") or inside
    /// brackets ("(2024/S01E07/WEB-DL)") separates titles or tags, never folders; a name that has
    /// one such slash is not a path at all.
    /// </summary>
    private static int LastSeparator(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] is '/' or '\\')
        {
            end--;
        }
        var depth = 0;
        var last = -1;
        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c is '/' or '\\')
            {
                if (c == '/' && (depth > 0 || (i > 0 && text[i - 1] == ' ') || (i + 1 < end && text[i + 1] == ' ') || BetweenLanguageCodes(text, i)
                    || (i > 0 && IsCjk(text[i - 1])) || (i + 1 < end && IsCjk(text[i + 1]))))
                {
                    return -1;
                }
                last = i;
            }
        }
        return last;
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

    /// <summary>
    /// "天使降臨到我身邊！ Anime Series Title", "名侦探柯南·Series Title": Chinese and Japanese releases
    /// write the original title beside the romanized or English one; the Latin-script one is the title
    /// used for matching. A title written only in CJK is kept whole.
    /// </summary>
    private static string LatinPart(string title)
    {
        var hasCjk = false;
        foreach (var c in title)
        {
            if (IsCjk(c))
            {
                hasCjk = true;
                break;
            }
        }
        if (!hasCjk)
        {
            return title;
        }
        for (var i = 1; i < title.Length; i++)
        {
            if (IsCjk(title[i - 1]) && char.IsAsciiLetter(title[i]))
            {
                // "巴哈姆特之怒Anime Series Title": written as one word, the name keeps both scripts
                return title;
            }
        }
        ReadOnlySpan<char> best = default;
        var start = -1;
        for (var i = 0; i <= title.Length; i++)
        {
            var boundary = i == title.Length || IsCjk(title[i]) || title[i] is '/' or '|' or '·' or '_' or '[' or ']' or '【' or '】';
            if (boundary)
            {
                if (start >= 0)
                {
                    var part = title.AsSpan(start, i - start).Trim(" -_.:！!～");
                    if (CountLetters(part) >= 2 && part.Length > best.Length)
                    {
                        best = title.AsSpan(start, i - start).Trim(" -_.:");
                    }
                }
                start = -1;
            }
            else if (start < 0 && char.IsAsciiLetterOrDigit(title[i]))
            {
                start = i;
            }
        }
        return best.IsEmpty ? title : best.ToString();
    }

    private static int CountLetters(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s)
        {
            n += char.IsAsciiLetter(c) ? 1 : 0;
        }
        return n;
    }

    private static bool IsCjk(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF';

    // Hun/Ger/Ita, Ukr/Eng: a slash between language codes lists languages
    private static bool BetweenLanguageCodes(string text, int slash) =>
        slash >= 3 && slash + 3 < text.Length && char.IsLetter(text[slash - 3]) && !char.IsLetter(slash >= 4 ? text[slash - 4] : ' ')
        && !char.IsLetter(slash + 4 < text.Length ? text[slash + 4] : ' ')
        && LanguageWords.Find(text.AsSpan(slash - 3, 3), false) is not null && LanguageWords.Find(text.AsSpan(slash + 1, 3), false) is not null;

    /// <summary>"★10月新番★", "[10月新番]": Chinese fansubs mark the broadcast season ("new in October") before the title.</summary>
    private static int SkipSeasonMarker(string name, int start, int end)
    {
        var p = start;
        while (p < end && name[p] is ' ' or '★' or '☆')
        {
            p++;
        }
        var bracket = p < end && name[p] == '[';
        var q = bracket ? p + 1 : p;
        var digits = 0;
        while (q < end && char.IsAsciiDigit(name[q]))
        {
            q++;
            digits++;
        }
        if (digits is 0 or > 2 || !name.AsSpan(q, Math.Min(3, end - q)).SequenceEqual("月新番"))
        {
            return start;
        }
        q += 3;
        if (bracket && q < end && name[q] == ']')
        {
            q++;
        }
        while (q < end && name[q] is ' ' or '★' or '☆')
        {
            q++;
        }
        return q;
    }

    private static bool IsShortDate(ReadOnlySpan<char> w) =>
        Chars.TryNumber(w, out var n) && n / 100 % 100 is >= 1 and <= 12 && n % 100 is >= 1 and <= 31;

    private static bool IsTagBracket(ReadOnlySpan<char> inner) =>
        inner.Equals("BD", StringComparison.OrdinalIgnoreCase) || inner.Contains("Dolby", StringComparison.OrdinalIgnoreCase) || TagWords.IsStrongTag(inner) || TagWords.IsResolution(inner);

    private static string? FindHash(string name, int start, ref int end)
    {
        for (var i = end - 1; i >= start + 9; i--)
        {
            if (name[i] is ']' or ')' && name[i - 9] is '[' or '(' && Chars.IsHex(name.AsSpan(i - 8, 8)))
            {
                var hash = name.Substring(i - 8, 8);
                if (i == end - 1 || name.AsSpan(i + 1, end - i - 1).Trim().IsEmpty)
                {
                    end = i - 9;
                }
                return hash;
            }
        }
        return null;
    }

    private static void ApplyEpisode(ParsedRelease r, EpisodeMatch m)
    {
        r.SeasonNumber = m.Season ?? (m.AirDate is null ? null : 0);
        r.Seasons = m.Seasons.Count > 0 ? m.Seasons : m.Season is { } s && m.AirDate is null ? [s] : [];
        r.EpisodeNumbers = m.FullSeason ? [] : m.Episodes;
        r.AbsoluteEpisodeNumbers = m.Absolute;
        r.SpecialAbsoluteEpisodeNumbers = m.SpecialAbsolute;
        r.AirDate = m.AirDate;
        r.DailyPart = m.DailyPart;
        r.FullSeason = m.FullSeason && !m.PartialSeason;
        r.IsMultiSeason = m.MultiSeason;
        r.IsPartialSeason = m.PartialSeason;
        r.SeasonPart = m.SeasonPart;
        r.IsSeasonExtra = m.SeasonExtra;
        r.IsMiniSeries = m.MiniSeries;
        r.Special = m.Special || (m.Season == 0 && m.Absolute.Count == 0 && m.SpecialAbsolute.Count == 0 && m.Episodes.Count > 0);
        r.IsPossibleSpecialEpisode = m.PossibleSpecial || (m.Season == 0 && m.Episodes.Count > 0);
        r.IsSplitEpisode = m.SplitEpisode;
        if (m.Special && m.Absolute.Count > 0)
        {
            r.Special = true;
        }
    }

    private static void ReadTitle(ParsedRelease r, string name, int start, int end, EpisodeMatch? m)
    {
        var raw = name.AsSpan(start, Math.Max(0, end - start));
        var titles = new List<string>(1);
        // "Original / English" and "A AKA B": several titles of one show or film
        var slash = raw.IndexOf('/');
        var title = TitleCleaner.Clean(raw);
        if (slash > 0)
        {
            if (r.Kind == ReleaseKind.Movie)
            {
                titles.Add(title);
            }
            foreach (var part in title.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // "Original (S2E1)": the numbering written after a title is not part of it
                var p = part;
                var paren = p.LastIndexOf(" (", StringComparison.Ordinal);
                if (paren > 0 && p.EndsWith(')') && p.Length > paren + 3 && p[paren + 2] is 'S' or 's' && char.IsAsciiDigit(p[paren + 3]))
                {
                    p = p[..paren];
                }
                titles.Add(TitleCleaner.Clean(p));
            }
            title = titles.Skip(r.Kind == ReleaseKind.Movie ? 1 : 0).LastOrDefault(t => t.Any(char.IsAsciiLetter)) ?? titles.FirstOrDefault() ?? title;
        }
        // "A AKA B", "A a.k.a. B", "A (aka B)": the dotted spelling is written AKA
        title = title.Replace(" a.k.a. ", " AKA ", StringComparison.OrdinalIgnoreCase);
        var aka = title.IndexOf(" AKA ", StringComparison.OrdinalIgnoreCase);
        var bracketAka = aka < 0 ? title.IndexOf(" (aka ", StringComparison.OrdinalIgnoreCase) : -1;
        if (aka > 0)
        {
            titles.Add(title);
            titles.Add(title[..aka]);
            titles.Add(title[(aka + 5)..]);
        }
        else if (bracketAka > 0 && title.EndsWith(')'))
        {
            titles.Add(title);
            titles.Add(title[..bracketAka]);
            titles.Add(title[(bracketAka + 6)..^1]);
            aka = bracketAka;
        }
        title = LatinPart(title);
        if (title.Length > 3 && title[0] == '[' && title.IndexOf(']') is var shut and > 1 && shut < title.Length - 2)
        {
            // "[F-B] Series Title": a second group in front (a joint release) is not the title
            title = title[(shut + 1)..].Trim();
        }
        if (title.Length > 9 && title[^9] == ' ' && Chars.IsAsciiDigits(title.AsSpan(title.Length - 8)) && Chars.IsYear(title.AsSpan(title.Length - 8, 4), out _))
        {
            // "Series 20201013 Ep7432": the air date written before the episode is not title
            title = title[..^9];
        }
        if (title.Length > 2 && title[0] == '[' && title[^1] == ']' && title.IndexOf(']') == title.Length - 1)
        {
            // "[名侦探柯南]": a title in its own brackets
            title = title[1..^1].Trim();
        }
        if (m is { TitleSeasonSuffix: >= 0 })
        {
            title = $"{title} S{m.TitleSeasonSuffix}";
        }
        r.Title = title;
        if (titles.Count == 0)
        {
            titles.Add(title);
        }
        r.Titles = aka > 0 && r.Kind == ReleaseKind.Episode ? titles.Skip(1).ToList() : titles;
        r.NormalizedTitle = TitleCleaner.Normalize(title);
        r.TitleWithoutYear = title;
        // a show keeps the year it is named with ("Series (2010)"); it is also kept apart for matching
        var t = title.AsSpan().TrimEnd(')');
        if (t.Length >= 4 && Chars.IsYear(t[^4..], out var year) && (t.Length == 4 || t[^5] is ' ' or '(' or '.' or '-'))
        {
            var without = t[..^4].TrimEnd(" (._-");
            if (!without.IsEmpty)
            {
                r.TitleWithoutYear = without.ToString();
                r.Year ??= year;
            }
        }
    }

    private static void ReadIds(ParsedRelease r, string name, int start, int end)
    {
        var span = name.AsSpan(start, end - start);
        var tt = span.IndexOf("tt", StringComparison.Ordinal);
        while (tt >= 0)
        {
            var digits = Chars.ReadNumber(span, tt + 2, out _);
            if (digits is >= 7 and <= 8 && (tt == 0 || !char.IsLetterOrDigit(span[tt - 1])))
            {
                r.ImdbId = span.Slice(tt, digits + 2).ToString();
                break;
            }
            var nextTt = span[(tt + 2)..].IndexOf("tt", StringComparison.Ordinal);
            tt = nextTt < 0 ? -1 : tt + 2 + nextTt;
        }
        var tmdb = span.IndexOf("tmdb", StringComparison.OrdinalIgnoreCase);
        if (tmdb >= 0)
        {
            var p = tmdb + 4;
            if (p + 2 < span.Length && span.Slice(p, 2).Equals("id", StringComparison.OrdinalIgnoreCase))
            {
                p += 2;
            }
            if (p < span.Length && span[p] is '-' or '=' or ':')
            {
                p++;
            }
            if (Chars.ReadNumber(span, p, out var id) > 0)
            {
                r.TmdbId = id;
            }
        }
    }

    /// <summary>A hash (hex, 24+ characters) or a long run of mixed letters and digits with no separators.</summary>
    internal static bool IsObfuscated(ReadOnlySpan<char> name)
    {
        if (name.Length < 20)
        {
            return false;
        }
        int letters = 0, digits = 0, upper = 0;
        foreach (var c in name)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (char.IsAsciiLetter(c))
            {
                letters++;
                upper += char.IsAsciiLetterUpper(c) ? 1 : 0;
            }
            else
            {
                return false;
            }
        }
        return digits >= 3 && letters >= 3 || Chars.IsHex(name) && name.Length >= 24;
    }
}
