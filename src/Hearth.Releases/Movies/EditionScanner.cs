using Hearth.Releases.Text;

namespace Hearth.Releases.Movies;

/// <summary>Movie editions: Director's Cut, Extended, Unrated, IMAX, Remastered, Criterion …</summary>
internal static class EditionScanner
{
    private static readonly WordSet Single = new(
        "Extended", "Uncut", "Unrated", "Uncensored", "Theatrical", "IMAX", "Remastered", "Criterion", "Despecialized", "2in1",
        "Restored", "Ultimate", "Collectors", "Collector's", "Anniversary", "Special", "Diamond", "Final", "Directors", "Director's",
        "Redux", "Rogue", "Fan", "Open", "Limited", "Dubbed", "Alternate", "Alternative", "Hybrid", "Noir", "Black", "Recut", "FanEdit",
        "Assembly");

    private static readonly WordSet Followers = new("Cut", "Edition", "Version", "Matte", "Luxe", "Chrome", "Extended", "Fan", "Edit", "FanEdit");

    private static readonly WordSet Starters = new("Extended", "Uncut", "Unrated", "Uncensored", "Theatrical", "IMAX", "Remastered", "Criterion", "Despecialized", "2in1", "Restored", "Recut", "FanEdit");

    private static readonly WordSet Qualifiers = new("Directors", "Director's", "Collectors", "Collector's", "Final", "Special", "Ultimate", "Anniversary", "Diamond", "Open", "Redux", "Rogue", "Fan", "Alternate", "Alternative", "Noir", "Assembly");

    public static bool StartsEdition(Scan scan, int i)
    {
        var w = scan.Word(i);
        if (Starters.Contains(w))
        {
            return !(scan.Is(i + 1, "Edition") && false);
        }
        if (Qualifiers.Contains(w))
        {
            var next = i + 1 < scan.Count ? scan.Word(i + 1) : default;
            return Followers.Contains(next) || (IsAny(w, "Anniversary") && next.IsEmpty);
        }
        if (w.Length is >= 3 and <= 5 && char.IsAsciiDigit(w[0]) && IsAny(w[^2..], "th", "st", "nd", "rd") && Chars.TryNumber(w[..^2], out _) && scan.Is(i + 1, "Anniversary"))
        {
            // 50th Anniversary
            return true;
        }
        if (Chars.TryNumber(w, out _) && w.Length <= 3 && i + 1 < scan.Count && IsAny(scan.Word(i + 1), "th", "Anniversary"))
        {
            return scan.IsAny(i + 1, "Anniversary") || (i + 2 < scan.Count && scan.IsAny(i + 2, "Anniversary"));
        }
        return false;
    }

    /// <summary>
    /// "Year Signature Edition", "Year The Imperial Edition": one or two plain words right after the year
    /// and before "Edition" name an edition even when the words are not known ones.
    /// </summary>
    public static string AfterYear(Scan scan, int year)
    {
        var i = year + 1;
        if (scan.Is(i, "The"))
        {
            i++;
        }
        for (var k = i; k < Math.Min(scan.Count, i + 3); k++)
        {
            if (scan.Is(k, "Edition") && k > i)
            {
                return scan.Text.AsSpan(scan[i].Start, scan[k].End - scan[i].Start).ToString().Replace('.', ' ').Replace('_', ' ');
            }
            if (TagWords.IsMovieTag(scan.Word(k)) || scan[k].Depth > 0)
            {
                break;
            }
        }
        // "2012 Directors.mkv": a lone edition word ends the name
        if (i == scan.Count - 1 && scan.IsAny(i, "Directors", "Director's", "Extended", "Uncut", "Theatrical"))
        {
            return scan.Word(i).ToString();
        }
        return string.Empty;
    }

    /// <summary>The edition words from <paramref name="from"/> on, as written (spaces for separators).</summary>
    public static string Read(Scan scan, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!StartsEdition(scan, i))
            {
                continue;
            }
            var end = i;
            while (end + 1 < to && (Single.Contains(scan.Word(end + 1)) || Followers.Contains(scan.Word(end + 1))) && !IsAny(scan.Word(end + 1), "Limited", "Dubbed", "Hybrid"))
            {
                end++;
            }
            if (scan.IsAny(i, "2in1") || end > i || !IsAny(scan.Word(i), "Special", "Final", "Open", "Fan"))
            {
                var text = scan.Text.AsSpan(scan[i].Start, scan[end].End - scan[i].Start);
                return text.ToString().Replace('.', ' ').Replace('_', ' ');
            }
        }
        return string.Empty;
    }

    private static bool IsAny(ReadOnlySpan<char> w, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (w.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
