using Hearth.Releases.Episodes;
using Hearth.Releases.Languages;
using Hearth.Releases.Text;

namespace Hearth.Releases;

/// <summary>The title and its alternatives (slash and AKA titles, the Latin part of mixed-script names), database ids, obfuscated names.</summary>
public static partial class ReleaseParser
{
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

    private static void ReadTitle(ParsedRelease r, string name, int start, int end, EpisodeMatch? m, int maxYear)
    {
        var raw = name.AsSpan(start, Math.Max(0, end - start));
        var titles = new List<string>(1);
        var title = TitleCleaner.Clean(raw);
        if (raw.IndexOf('/') > 0)
        {
            title = ReadSlashTitles(title, r.Kind, titles);
        }
        var aka = ReadAkaTitles(ref title, titles);
        title = TrimTitle(title);
        if (m is { TitleSeasonSuffix: { } season })
        {
            title = $"{title} {season}";
        }
        r.Title = title;
        if (titles.Count == 0)
        {
            titles.Add(title);
        }
        r.Titles = aka > 0 && r.Kind == ReleaseKind.Episode ? titles.Skip(1).ToList() : titles;
        r.NormalizedTitle = TitleCleaner.Normalize(title);
        ReadTitleYear(r, title, maxYear);
    }

    // "Original / English": several titles of one show or film; the last Latin one is the title
    private static string ReadSlashTitles(string title, ReleaseKind kind, List<string> titles)
    {
        if (kind == ReleaseKind.Movie)
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
        return titles.Skip(kind == ReleaseKind.Movie ? 1 : 0).LastOrDefault(t => t.Any(char.IsAsciiLetter)) ?? titles.FirstOrDefault() ?? title;
    }

    /// <summary>"A AKA B", "A a.k.a. B", "A (aka B)": both titles and the whole; returns where AKA stands (not above 0 when absent).</summary>
    private static int ReadAkaTitles(ref string title, List<string> titles)
    {
        // the dotted spelling is written AKA
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
        return aka;
    }

    // what is written around a title but is not part of it
    private static string TrimTitle(string title)
    {
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
        if (DocumentaryAfterYear(title) is > 0 and var cut)
        {
            // "Tiny.Series.2020.DOC.S01": a documentary tag after the year is no title word
            title = title[..cut];
        }
        if (title.Length > 2 && title[0] == '[' && title[^1] == ']' && title.IndexOf(']') == title.Length - 1)
        {
            // "[名侦探柯南]": a title in its own brackets
            title = title[1..^1].Trim();
        }
        return title;
    }

    // where "Title 2020 DOC" ends without its documentary tag (the tag in capitals, after a year), or -1
    private static int DocumentaryAfterYear(string title)
    {
        foreach (var tag in (ReadOnlySpan<string>)[" DOC", " DOCU"])
        {
            if (title.EndsWith(tag, StringComparison.Ordinal) && title.Length >= tag.Length + 5)
            {
                var cut = title.Length - tag.Length;
                if (Chars.IsYear(title.AsSpan(cut - 4, 4), out _) && (cut == 4 || title[cut - 5] == ' '))
                {
                    return cut;
                }
            }
        }
        return -1;
    }

    // a show keeps the year it is named with ("Series (2010)"); it is also kept apart for matching
    private static void ReadTitleYear(ParsedRelease r, string title, int maxYear)
    {
        r.TitleWithoutYear = title;
        var t = title.AsSpan().TrimEnd(')');
        if (t.Length >= 4 && Chars.IsYear(t[^4..], out var year) && year <= maxYear && (t.Length == 4 || t[^5] is ' ' or '(' or '.' or '-'))
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
