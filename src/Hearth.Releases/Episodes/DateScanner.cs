using Hearth.Releases.Text;

namespace Hearth.Releases.Episodes;

/// <summary>Daily shows: an air date in one of the ways uploaders write it.</summary>
internal static class DateScanner
{
    // Television air dates before this are not daily shows but titles or years of production.
    private const int FirstYear = 1951;

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static EpisodeMatch? TryDate(Scan scan, int i, int first)
    {
        var w = scan.Word(i);
        int year, month, day, last;
        if (Chars.IsYear(w, out year) && Following(scan, i, 2, out month, out day))
        {
            last = i + 2;
        }
        else if (w.Length <= 2 && Chars.TryNumber(w, out day) && i + 2 < scan.Count && scan[i].Depth == 0 && Chars.IsYear(scan.Word(i + 2), out year)
            && SameSeparators(scan, i) && Chars.TryNumber(scan.Word(i + 1), out month) && scan.Word(i + 1).Length <= 2)
        {
            if (month > 12 && day <= 12)
            {
                // 04.28.2014: the American order, month first
                (month, day) = (day, month);
            }
            if (day <= 12 && month <= 12 && day != month)
            {
                return new EpisodeMatch { TitleEnd = scan[i].Start, Failure = "the air date is ambiguous (day and month could be swapped)" };
            }
            last = i + 2;
        }
        else if (w.Length == 6 && Chars.TryNumber(w, out var yymmdd) && i > first && scan[i].Depth == 0
            && !EpisodeScanner.TryEpisodeWord(scan.Word(i - 1), out _, out _))
        {
            year = 2000 + (yymmdd / 10000);
            month = yymmdd / 100 % 100;
            day = yymmdd % 100;
            last = i;
        }
        else if (OrdinalDay(w, out day) && i + 2 < scan.Count && MonthOf(scan.Word(i + 1), out month) && Chars.IsYear(scan.Word(i + 2), out year))
        {
            last = i + 2;
        }
        else
        {
            return null;
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month))
        {
            return null;
        }
        if (year < FirstYear)
        {
            return new EpisodeMatch { TitleEnd = scan[i].Start, Failure = $"an air date in {year} is before daily television" };
        }
        var m = new EpisodeMatch { TitleEnd = scan[i].Start, AirDate = new DateOnly(year, month, day), NextToken = last + 1 };
        var j = last + 1;
        if (j < scan.Count && Chars.StartsWith(scan.Word(j), "Part"))
        {
            var rest = scan.Word(j)[4..];
            if (rest.IsEmpty && j + 1 < scan.Count && Chars.TryNumber(scan.Word(j + 1), out var part))
            {
                m.DailyPart = part;
                m.NextToken = j + 2;
            }
            else if (Chars.TryNumber(rest, out part))
            {
                m.DailyPart = part;
                m.NextToken = j + 1;
            }
        }
        return m;
    }

    // 2011.04.12, 2011-04-12, 2011 04 12: one separator kind throughout
    private static bool Following(Scan scan, int i, int count, out int month, out int day)
    {
        month = day = 0;
        if (i + count >= scan.Count || !SameSeparators(scan, i))
        {
            return false;
        }
        var m = scan.Word(i + 1);
        var d = scan.Word(i + 2);
        if (!(m.Length == 2 && d.Length == 2 && Chars.TryNumber(m, out month) && Chars.TryNumber(d, out day)))
        {
            return false;
        }
        if (month > 12 && day <= 12)
        {
            // 2012.16.02: year, day, month, read the one way a date allows
            (month, day) = (day, month);
        }
        return true;
    }

    private static bool SameSeparators(Scan scan, int i)
    {
        var a = EpisodeScanner.Gap(scan, i);
        var b = EpisodeScanner.Gap(scan, i + 1);
        return a.Length == 1 && a.SequenceEqual(b) && a[0] is '.' or '-' or ' ' or '_';
    }

    private static bool OrdinalDay(ReadOnlySpan<char> w, out int day)
    {
        day = 0;
        var n = Chars.ReadNumber(w, 0, out day);
        if (n is 0 or > 2 || w.Length != n + 2)
        {
            return false;
        }
        var suffix = w[n..];
        return suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);
    }

    private static bool MonthOf(ReadOnlySpan<char> w, out int month)
    {
        month = 0;
        if (w.Length < 3)
        {
            return false;
        }
        for (var m = 0; m < Months.Length; m++)
        {
            if (w[..3].Equals(Months[m], StringComparison.OrdinalIgnoreCase))
            {
                month = m + 1;
                return true;
            }
        }
        return false;
    }
}
