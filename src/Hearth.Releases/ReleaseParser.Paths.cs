using Hearth.Releases.Quality;
using Hearth.Releases.Text;

namespace Hearth.Releases;

/// <summary>Paths: season folders, scene folders, and a file read together with its folder.</summary>
public static partial class ReleaseParser
{
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
        r.Failure is null && !r.IsObfuscated && r.Title.Length > 0 && (r.Kind == ReleaseKind.Episode ? r.EpisodeNumbers.Count + r.AbsoluteEpisodeNumbers.Count > 0 || r.AirDate is not null || r.IsFullSeason : r.Quality.Quality != Qualities.Unknown || r.Year is not null);

    private static ParsedRelease Merge(ParsedRelease folder, ParsedRelease file, string input)
    {
        folder.Input = input;
        if (file.Quality.SourceDetection == DetectionSource.Name && folder.Quality.SourceDetection != DetectionSource.Name)
        {
            folder.Quality = file.Quality;
        }
        if (folder.Kind == ReleaseKind.Episode && file.Kind == ReleaseKind.Episode && !folder.IsFullSeason && file.EpisodeNumbers.Count > 0 && folder.EpisodeNumbers.Count == 0)
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
}
