using Hearth.Releases.Text;

namespace Hearth.Releases.Movies;

/// <summary>
/// Movies are named "Title Year tags": the title ends at the year (the last year before the tags, so
/// "1917 2019" and "Class of 1999 1990" read right), or where the tags start when there is no year.
/// </summary>
internal static class MovieScanner
{
    /// <param name="maxYear">The latest year a release year may be; a later one is a number in the title.</param>
    public static (int TitleEnd, int Year, int NextToken) Find(Scan scan, int first, int maxYear = int.MaxValue)
    {
        // a language or release flag (German, LIMITED) ends the title only when no year follows it:
        // "The.Good.German.2006" is a title, "Movie.German.DL.1080p" is not
        var (firstTag, firstWeak) = FirstTags(scan, first);
        var year = LastYear(scan, first, firstTag, maxYear);
        if (year < firstWeak && firstWeak < firstTag)
        {
            firstTag = firstWeak;
            year = LastYear(scan, first, firstTag, maxYear);
        }
        if (year < 0)
        {
            return WithoutYear(scan, firstTag, maxYear);
        }
        Chars.TryNumber(scan.Word(year), out var y);
        // "(1995) Movie Name": a folder that starts with its year
        if (year == first && scan[year].Depth > 0)
        {
            return (-1, y, year + 1);
        }
        return (scan[year].Start, y, year + 1);
    }

    /// <summary>The first strong tag (an edition, a version, a language list too) and the first weak one (a language or release flag).</summary>
    private static (int FirstTag, int FirstWeak) FirstTags(Scan scan, int first)
    {
        var firstWeak = scan.Count;
        for (var i = first; i < scan.Count; i++)
        {
            if (i == first && scan[i].Depth == 0)
            {
                continue;
            }
            var w = scan.Word(i);
            // "Charlottes.Web.1973", "Bright.Harbour.Bd.1943": "Web" or "Bd" not in capitals is a title word when a
            // year follows it, as a language is (the tags are written WEB and BD)
            var plainWord = (w.Equals("WEB", StringComparison.OrdinalIgnoreCase) && !w.SequenceEqual("WEB"))
                || (w.Equals("BD", StringComparison.OrdinalIgnoreCase) && !w.SequenceEqual("BD"));
            if (!plainWord && (TagWords.IsStrongTag(w) || EditionScanner.StartsEdition(scan, i) || IsVersion(w) || IsLanguageList(scan, i) || IsDualAudio(scan, i)))
            {
                return (i, firstWeak);
            }
            if (firstWeak == scan.Count && (TagWords.IsMovieTag(w) || IsRealProper(scan, i) || IsLanguageInCapitals(w)))
            {
                firstWeak = i;
            }
        }
        return (scan.Count, firstWeak);
    }

    // the last year before the tags ("Class of 1999 1990"); a first word is a year only in brackets
    private static int LastYear(Scan scan, int first, int end, int maxYear)
    {
        var year = -1;
        for (var i = first; i < end; i++)
        {
            if (Chars.IsYear(scan.Word(i), out var y) && y <= maxYear && (i > first || scan[i].Depth > 0))
            {
                year = i;
                // "Show (2010) - S01E03 - The 2010 Election": a year alone in parentheses is the one a
                // library name gives its title, and what follows it is not the title
                if (i > first && AloneInParentheses(scan[i]))
                {
                    break;
                }
            }
        }
        return year;
    }

    // no year before the tags: the title runs to the tags, the year may still stand among them
    private static (int TitleEnd, int Year, int NextToken) WithoutYear(Scan scan, int firstTag, int maxYear)
    {
        var year = -1;
        for (var i = firstTag; i < scan.Count; i++)
        {
            // a year standing alone or alone in round brackets ("Movie Director's Cut (1968)"), as Radarr reads it
            if (Chars.IsYear(scan.Word(i), out var y) && y <= maxYear && (scan[i].Depth == 0 || AloneInParentheses(scan[i])))
            {
                year = i;
                break;
            }
        }
        var end = firstTag < scan.Count ? TagStart(scan, firstTag) : scan.Count > 0 ? scan[scan.Count - 1].End : 0;
        if (year >= 0 && year < firstTag)
        {
            end = scan[year].Start;
        }
        Chars.TryNumber(year >= 0 ? scan.Word(year) : default, out var y0);
        return (end, year >= 0 ? y0 : 0, firstTag);
    }

    private static bool AloneInParentheses(Token token) => token is { Depth: 1, Before: '(', After: ')' };

    // the title ends before the bracket that holds the first tag: "Title [BD 1080p]"
    private static int TagStart(Scan scan, int i)
    {
        var start = scan[i].Start;
        if (scan[i].Depth > 0)
        {
            var open = scan.Text.LastIndexOfAny(['[', '('], start);
            if (open >= 0)
            {
                return open;
            }
        }
        return start;
    }

    // ENG-FRE-ITA, Hun/Ger/Ita: language codes joined by dashes or slashes are tags, never title words
    private static bool IsLanguageList(Scan scan, int i) =>
        i + 1 < scan.Count && scan[i].After is '-' or '/' && scan[i + 1].Start == scan[i].End + 1 && scan.Word(i).Length == 3 && scan.Word(i + 1).Length == 3
        && Languages.LanguageWords.Find(scan.Word(i), false) is not null && Languages.LanguageWords.Find(scan.Word(i + 1), false) is not null;

    // "Movie.Title.ITA.720p": a language written in capitals (ITA, ENGLISH) is a tag, as GERMAN is
    private static bool IsLanguageInCapitals(ReadOnlySpan<char> w)
    {
        if (w.Length < 3)
        {
            return false;
        }
        foreach (var c in w)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }
        return Languages.LanguageWords.Find(w, false) is not null;
    }

    // "[Dual-Audio]" in brackets is a release flag, never part of the title
    private static bool IsDualAudio(Scan scan, int i) =>
        scan[i].Depth > 0 && i + 1 < scan.Count && scan.Word(i).Equals("DUAL", StringComparison.OrdinalIgnoreCase)
        && scan.Word(i + 1).Equals("AUDIO", StringComparison.OrdinalIgnoreCase);

    // "REAL.PROPER", "real.repack": REAL marks the second proper of a release, in any case, when one follows
    private static bool IsRealProper(Scan scan, int i) =>
        i + 1 < scan.Count && scan.Word(i).Equals("REAL", StringComparison.OrdinalIgnoreCase)
        && (scan.Word(i + 1).Equals("PROPER", StringComparison.OrdinalIgnoreCase) || scan.Word(i + 1).Equals("REPACK", StringComparison.OrdinalIgnoreCase)
            || scan.Word(i + 1).Equals("REAL", StringComparison.OrdinalIgnoreCase));

    private static bool IsVersion(ReadOnlySpan<char> w) => w.Length == 2 && w[0] is 'v' && char.IsAsciiDigit(w[1]);
}
