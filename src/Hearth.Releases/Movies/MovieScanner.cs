using Hearth.Releases.Text;

namespace Hearth.Releases.Movies;

/// <summary>
/// Movies are named "Title Year tags": the title ends at the year (the last year before the tags, so
/// "1917 2019" and "Class of 1999 1990" read right), or where the tags start when there is no year.
/// </summary>
internal static class MovieScanner
{
    public static (int TitleEnd, int Year, int NextToken) Find(Scan scan, int first)
    {
        // a language or release flag (German, LIMITED) ends the title only when no year follows it:
        // "The.Good.German.2006" is a title, "Movie.German.DL.1080p" is not
        var firstTag = scan.Count;
        var firstWeak = scan.Count;
        for (var i = first; i < scan.Count; i++)
        {
            if (i == first && scan[i].Depth == 0)
            {
                continue;
            }
            var w = scan.Word(i);
            if (TagWords.IsStrongTag(w) || EditionScanner.StartsEdition(scan, i) || IsVersion(w) || IsLanguageList(scan, i))
            {
                firstTag = i;
                break;
            }
            if (firstWeak == scan.Count && TagWords.IsMovieTag(w))
            {
                firstWeak = i;
            }
        }
        var year = -1;
        for (var i = first; i < firstTag; i++)
        {
            if (Chars.IsYear(scan.Word(i), out _) && (i > first || scan[i].Depth > 0))
            {
                year = i;
            }
        }
        if (year < firstWeak && firstWeak < firstTag)
        {
            firstTag = firstWeak;
            year = -1;
            for (var i = first; i < firstTag; i++)
            {
                if (Chars.IsYear(scan.Word(i), out _) && (i > first || scan[i].Depth > 0))
                {
                    year = i;
                }
            }
        }
        if (year < 0)
        {
            for (var i = firstTag; i < scan.Count; i++)
            {
                if (Chars.IsYear(scan.Word(i), out _) && scan[i].Depth == 0)
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
        Chars.TryNumber(scan.Word(year), out var y);
        // "(1995) Movie Name": a folder that starts with its year
        if (year == first && scan[year].Depth > 0)
        {
            return (-1, y, year + 1);
        }
        return (scan[year].Start, y, year + 1);
    }

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

    private static bool IsVersion(ReadOnlySpan<char> w) => w.Length == 2 && w[0] is 'v' && char.IsAsciiDigit(w[1]);
}
