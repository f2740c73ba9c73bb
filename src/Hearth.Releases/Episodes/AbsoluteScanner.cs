using Hearth.Releases.Text;

namespace Hearth.Releases.Episodes;

/// <summary>
/// Anime numbering: one number counted from the show's first episode, written after " - ", in
/// brackets, or just before the tags; ranges for batches (01-25), and x.5 recap episodes.
/// </summary>
internal static class AbsoluteScanner
{
    public static EpisodeMatch? Find(Scan scan, int first, bool anime)
    {
        if (first < scan.Count && scan[first].Depth > 0 && scan.Text[scan[first].Start - 1] is '[' && BracketTitleScanner.Find(scan, first) is { } bracketed)
        {
            return bracketed;
        }
        var (chosen, special) = ChooseNumber(scan, first, anime);
        if (chosen < 0)
        {
            return special > first ? new EpisodeMatch { TitleEnd = scan[special].Start, Season = 0, Special = true, NextToken = special + 1 } : null;
        }
        chosen = RangeStart(scan, chosen, first);
        var m = new EpisodeMatch { TitleEnd = scan[chosen].Start, Season = 0, NextToken = chosen + 1 };
        if (!ReadNumber(scan, first, chosen, anime, m))
        {
            return null;
        }
        var after = m.NextToken;
        if (after < scan.Count && IsSpecialWord(scan, after))
        {
            m.Special = true;
        }
        return m;
    }

    /// <summary>
    /// The word that holds the absolute number (-1 when none), or the special word (OVA …) that ends an
    /// anime title without one: the last candidate before the tags, or the first strong one.
    /// </summary>
    private static (int Chosen, int Special) ChooseNumber(Scan scan, int first, bool anime)
    {
        var chosen = -1;
        for (var i = first; i < scan.Count; i++)
        {
            if (i > first && TagWords.IsStrongTag(scan.Word(i)))
            {
                break;
            }
            if (i > first && anime && IsSpecialWord(scan, i))
            {
                return (AfterTitleNumber(scan, chosen), i);
            }
            if (!IsCandidate(scan, i, first, anime, out var strong))
            {
                continue;
            }
            chosen = i;
            if (strong || NextIsTagOrBracket(scan, i))
            {
                break;
            }
        }
        return (AfterTitleNumber(scan, chosen), -1);
    }

    // "Title_2_[01]_[Group]": a bracketed number right after a bare one is the episode, the bare one is the title's
    private static int AfterTitleNumber(Scan scan, int chosen)
    {
        if (chosen >= 0 && chosen + 1 < scan.Count && scan[chosen].Depth == 0 && scan[chosen + 1].Before == '[' && scan[chosen + 1].After is ']' or '-'
            && Chars.IsAsciiDigits(scan.Word(chosen + 1)) && scan.Word(chosen + 1).Length <= 4)
        {
            return chosen + 1;
        }
        return chosen;
    }

    // a batch range: the first number of "01-25" / "01 - 119" starts the numbering
    // ("2 - 05" is a title's number and then the episode, not a range; nor is "Title 0 - Episode 5",
    // where the episode word names the number)
    private static int RangeStart(Scan scan, int chosen, int first)
    {
        while (char.IsAsciiDigit(scan.Word(chosen)[0]) && chosen - 1 > first && Chars.IsAsciiDigits(scan.Word(chosen - 1)) && scan.Word(chosen - 1).Length <= 4
            && (EpisodeScanner.Gap(scan, chosen - 1) is "-" or "~" or " ~ " || EpisodeScanner.Gap(scan, chosen - 1) is " - " && scan.Word(chosen - 1)[0] == '0'))
        {
            chosen--;
        }
        return chosen;
    }

    /// <summary>Reads the number at <paramref name="chosen"/> into the match; false when it is no absolute number after all.</summary>
    private static bool ReadNumber(Scan scan, int first, int chosen, bool anime, EpisodeMatch m)
    {
        var word = scan.Word(chosen);
        int e;
        if (EpisodeScanner.TryEpisodeWord(word, out e, out var epDigits))
        {
            if (!IsAnimeWay(scan, first, chosen, anime, epDigits))
            {
                return false;
            }
            m.Absolute.Add(e);
            ReadRange(scan, chosen, m);
        }
        else if (scan.IsAny(chosen, "Episode", "Ep", "Episodio"))
        {
            Chars.TryNumber(scan.Word(chosen + 1), out e);
            m.Absolute.Add(e);
            m.NextToken = chosen + 2;
            ReadRange(scan, chosen + 1, m);
        }
        else
        {
            Chars.ReadNumber(word, 0, out e);
            if (IsDecimal(scan, chosen, out var fraction))
            {
                m.SpecialAbsolute.Add(e + (fraction / 10m));
                m.NextToken = chosen + 2;
            }
            else
            {
                m.Absolute.Add(e);
                ReadRange(scan, chosen, m);
            }
        }
        return true;
    }

    // an episode number without a season counts from the first episode when it is written the
    // anime way (EP06, Ep01-12, a four-digit E1135, an ANiME tag); a plain E07 is a mini-series part
    private static bool IsAnimeWay(Scan scan, int first, int chosen, bool anime, int epDigits)
    {
        var word = scan.Word(chosen);
        return anime || epDigits >= 4 || word.Length > 2 && word[1] is 'P' || word.StartsWith("Ep", StringComparison.Ordinal) && scan.Text[scan[chosen].End] == '-'
            || HasAnimeTag(scan) || scan.Text.AsSpan(scan[first].Start, scan[chosen].Start - scan[first].Start).IndexOf('_') >= 0;
    }

    private static bool IsCandidate(Scan scan, int i, int first, bool anime, out bool strong)
    {
        strong = false;
        if (i == first)
        {
            return false;
        }
        var w = scan.Word(i);
        var gap = EpisodeScanner.Gap(scan, i - 1);
        var dashBefore = gap.Contains('-') && gap.Length >= 2 || gap.SequenceEqual("_-_");
        if (EpisodeScanner.TryEpisodeWord(w, out _, out _))
        {
            strong = true;
            return true;
        }
        if (scan.IsAny(i, "Episode", "Ep", "Episodio") && i + 1 < scan.Count && Chars.TryNumber(scan.Word(i + 1), out _))
        {
            strong = true;
            return true;
        }
        var digits = Chars.ReadNumber(w, 0, out var n);
        if (digits == 0 || digits > 4 || (digits != w.Length && !IsVersionSuffix(w[digits..])) || !anime && scan.IsAny(i - 1, "Part", "Pt"))
        {
            // "Part 2" numbers a mini-series part
            return false;
        }
        if (digits == w.Length && scan.IsAny(i + 1, "Bolum", "Bölüm", "Blm"))
        {
            // Turkish "60. Bölüm": the 60th episode
            strong = true;
            return true;
        }
        if (digits == 4 && Chars.IsYear(w[..4], out _))
        {
            return false;
        }
        if (scan[i].Before is '(' && scan[i].After is ')' && !anime)
        {
            return false;
        }
        // "Title - 100 Years Quest - 01": a number that a plain word follows belongs to the title
        var wordAfter = i + 1 < scan.Count && EpisodeScanner.Gap(scan, i) is " " && !TagWords.IsStrongTag(scan.Word(i + 1)) && char.IsLetter(scan.Word(i + 1)[0])
            && !scan.IsAny(i + 1, "vostfr", "END", "Fin", "FHD", "v2", "v3");
        if (dashBefore && !wordAfter)
        {
            strong = true;
            return true;
        }
        if (dashBefore)
        {
            return false;
        }
        if (scan[i].Before == '[' && scan[i].After == ']')
        {
            return anime;
        }
        if (scan[i].Before is '(' or '[' && scan[i].After is '-' && anime)
        {
            strong = true;
            return true;
        }
        // Title 07 [720p], Title_07_(1280x720): a bare number just before the tags
        return (anime || NextIsTagOrBracket(scan, i)) && scan[i].Depth == 0 && n > 0 || (digits >= 2 && anime && scan[i].Depth == 0);
    }

    private static bool HasAnimeTag(Scan scan)
    {
        for (var i = 0; i < scan.Count; i++)
        {
            if (scan.Word(i).SequenceEqual("ANiME"))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsVersionSuffix(ReadOnlySpan<char> s) => s.Length == 2 && s[0] is 'v' or 'V' && char.IsAsciiDigit(s[1]);

    private static bool NextIsTagOrBracket(Scan scan, int i)
    {
        if (i + 1 >= scan.Count)
        {
            return true;
        }
        var gap = EpisodeScanner.Gap(scan, i);
        return gap.IndexOfAny('[', '(') >= 0 || TagWords.IsStrongTag(scan.Word(i + 1)) || scan.IsAny(i + 1, "vostfr", "FHD", "END", "Fin");
    }

    private static bool IsDecimal(Scan scan, int i, out int fraction)
    {
        fraction = 0;
        return i + 1 < scan.Count && EpisodeScanner.Gap(scan, i).SequenceEqual(".") && scan.Word(i + 1).Length == 1
            && Chars.TryNumber(scan.Word(i + 1), out fraction) && fraction > 0;
    }

    private static bool IsSpecialWord(Scan scan, int i) =>
        scan.IsAny(i, "OVA", "OVD", "OAD", "NCOP", "NCED", "Special", "Specials") && scan[i].Depth == 0;

    /// <summary>01-25, 01 - 119, 0955 ~ 1005, 001-002-003 after an absolute number.</summary>
    internal static void ReadRange(Scan scan, int i, EpisodeMatch m)
    {
        var j = i;
        while (j + 1 < scan.Count)
        {
            var gap = EpisodeScanner.Gap(scan, j).Trim();
            if (!(gap.SequenceEqual("-") || gap.SequenceEqual("~")))
            {
                break;
            }
            var next = scan.Word(j + 1);
            if (next.Length is < 1 or > 4 || !Chars.TryNumber(next, out var n) || n <= m.Absolute[^1] || Chars.IsYear(next, out _))
            {
                break;
            }
            EpisodeScanner.AddEpisode(m.Absolute, n, true);
            j++;
        }
        m.NextToken = Math.Max(m.NextToken, j + 1);
    }

    /// <summary>"Title - S01E01 - 001 - Name": the absolute number anime namers add after the standard one.</summary>
    public static void TryAfterStandard(Scan scan, EpisodeMatch m)
    {
        var j = m.NextToken;
        if (j >= scan.Count || m.Episodes.Count == 0 || j == 0)
        {
            return;
        }
        var gap = EpisodeScanner.Gap(scan, j - 1);
        var w = scan.Word(j);
        var hyphenWord = scan[j].After == '-' && j + 1 < scan.Count && scan[j + 1].Start == scan[j].End + 1 && !Chars.IsAsciiDigits(scan.Word(j + 1));
        // " - 001", and a padded three-digit number after a space, a dot or in parentheses: "S10E14 214", "S01E01.001", "S01E01-02 (001-002)"
        var padded = w.Length is 3 or 4 && (gap is " " or "." or " (") && (gap is " (" ? scan[j].After is ')' or '-' : !Chars.IsYear(w, out _));
        if ((gap.SequenceEqual(" - ") || padded) && w.Length is 2 or 3 or 4 && Chars.TryNumber(w, out var n) && !Chars.IsYear(w, out _) && !hyphenWord)
        {
            m.Absolute.Add(n);
            ReadRange(scan, j, m);
        }
    }
}
