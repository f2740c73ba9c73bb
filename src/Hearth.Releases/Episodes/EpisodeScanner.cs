using Hearth.Releases.Text;

namespace Hearth.Releases.Episodes;

/// <summary>
/// Finds how a name numbers its episode, trying the conventions from the most explicit to the most
/// ambiguous: S01E02 and 1x02, season packs (S01, Season 1), air dates, scene numbers (101), and
/// last the anime conventions (an absolute number after " - " or in brackets) and mini-series parts.
/// Everything before the first match is the title.
/// </summary>
internal static partial class EpisodeScanner
{
    public static EpisodeMatch? Find(Scan scan, int first, bool anime)
    {
        // [Cap.101] is written among the tags, after the quality
        for (var i = first + 1; i < scan.Count - 1; i++)
        {
            if (scan[i].Length == 3 && TryCapitulo(scan, i) is { } cap)
            {
                return cap;
            }
        }
        for (var i = first; i < scan.Count; i++)
        {
            // the title needs at least one word, except for names that are only numbering (S01E01.mkv)
            var m = TrySeasonEpisode(scan, i)
                ?? TryDutch(scan, i)
                ?? TryCapitulo(scan, i)
                ?? TryCrossNumber(scan, i)
                ?? TrySeasonWord(scan, i, first)
                ?? TrySeasonPack(scan, i, first, anime)
                ?? DateScanner.TryDate(scan, i, first);
            if (m is { AirDate: not null } && i - 1 > first && TryEpisodeWord(scan.Word(i - 1), out _, out _))
            {
                // "Show E76 2024 08 08": the episode word before the date is numbering, not title
                m.TitleEnd = scan[i - 1].Start;
            }
            if (m is { AirDate: not null })
            {
                // "Show 2016 02 25 S20E142": the explicit numbering after the date wins
                for (var k = m.NextToken; k < scan.Count && !EndsNumbering(scan, k); k++)
                {
                    if (TrySeasonEpisode(scan, k) is { Failure: null } numbered)
                    {
                        numbered.TitleEnd = m.TitleEnd;
                        return numbered;
                    }
                }
            }
            if (m is not null)
            {
                if (m.Failure is null && anime)
                {
                    AbsoluteBeforeStandard(scan, i, first, m);
                    AbsoluteScanner.TryAfterStandard(scan, m);
                }
                else if (m.Failure is null && m.NextToken < scan.Count && EpisodeScanner.Gap(scan, m.NextToken - 1) is " (" && scan.Word(m.NextToken).Length == 3)
                {
                    // "S01E01-02 (001-002)": the absolute numbers in parentheses after the standard ones
                    AbsoluteScanner.TryAfterStandard(scan, m);
                }
                return m;
            }
            if (EndsNumbering(scan, i))
            {
                break;
            }
        }
        // a scene name (no [SubGroup] in front) writes season and episode together (101, 1013) before
        // it would ever use an absolute number
        return anime
            ? AbsoluteScanner.Find(scan, first, anime) ?? TrySceneNumber(scan, first) ?? MiniSeriesScanner.Find(scan, first)
            : TrySceneNumber(scan, first) ?? AbsoluteScanner.Find(scan, first, anime) ?? MiniSeriesScanner.Find(scan, first);
    }

    /// <summary>
    /// "[Group] Title - 05 - S01E05 - Name", "Title - 12 (S01E12)", "Title - 05.5 - S00E01": fansubs that
    /// write the absolute number first and the standard one after it. The standard numbering wins, the
    /// absolute number is kept, and the title ends before it.
    /// </summary>
    private static void AbsoluteBeforeStandard(Scan scan, int i, int first, EpisodeMatch m)
    {
        var k = i - 1;
        if (k <= first || m.Episodes.Count == 0)
        {
            return;
        }
        var gapAfter = Gap(scan, k);
        var paddedSpace = gapAfter is " " && scan.Word(k).Length is 3 && Chars.IsAsciiDigits(scan.Word(k));
        if (!(gapAfter.Trim(" ").SequenceEqual("-") || gapAfter.SequenceEqual(" (") || paddedSpace))
        {
            return;
        }
        if (paddedSpace && Gap(scan, k - 1) is " ")
        {
            // "Title 214 10x14": a padded absolute number before the standard one
            m.TitleEnd = scan[k].Start;
            Chars.TryNumber(scan.Word(k), out var padded);
            m.Absolute.Add(padded);
            return;
        }
        var fraction = k - 1 > first && Gap(scan, k - 1).SequenceEqual(".") && scan.Word(k).Length == 1 && Chars.IsAsciiDigits(scan.Word(k - 1));
        var number = fraction ? k - 1 : k;
        if (number <= first || !Chars.IsAsciiDigits(scan.Word(number)) || scan.Word(number).Length > 4 || !Gap(scan, number - 1).Trim(" ").SequenceEqual("-"))
        {
            return;
        }
        m.TitleEnd = scan[number].Start;
        if (!Chars.TryNumber(scan.Word(number), out var absolute))
        {
            return;
        }
        if (fraction)
        {
            // 05.5: a recap between episodes 5 and 6
            m.SpecialAbsolute.Add(absolute + ((scan.Word(k)[0] - '0') / 10m));
        }
        else if (absolute > 0)
        {
            m.Absolute.Add(absolute);
        }
    }

    /// <summary>A word after which no numbering is looked for: quality and codec tags end the title part.</summary>
    private static bool EndsNumbering(Scan scan, int i) => i > 0 && TagWords.IsStrongTag(scan.Word(i));

    // S01E02, S01E02E03, S01E02-E03, S01E02-03, S01.E02, S01 E01-E02, S42 Ep10688 - Ep10692, S05EO1
    private static EpisodeMatch? TrySeasonEpisode(Scan scan, int i)
    {
        var w = scan.Word(i);
        if (w.Length < 2 || w[0] is not ('S' or 's') || !char.IsAsciiDigit(w[1]))
        {
            return null;
        }
        var p = 1 + Chars.ReadNumber(w, 1, out var season);
        if (p - 1 > 4)
        {
            return null;
        }
        var m = new EpisodeMatch { TitleEnd = scan[i].Start, Season = season };
        var j = i;
        if (p == w.Length)
        {
            // S01.E02 / S01 E01 / S42 Ep10688
            if (i + 2 < scan.Count && IsSmallGap(scan, i) && scan.IsAny(i + 1, "E", "Ep") && Gap(scan, i + 1).Length == 1 && scan.Word(i + 2).Length <= 3 && Chars.TryNumber(scan.Word(i + 2), out var spaced))
            {
                // S01.Ep.01, S01.E.01
                m.Episodes.Add(spaced);
                j = i + 2;
            }
            else if (i + 1 < scan.Count && IsSmallGap(scan, i) && TryEpisodeWord(scan.Word(i + 1), out var e, out _)
                && !(Gap(scan, i).Length == 3 && scan.Word(i + 1).Length > 2 && scan.Word(i + 1)[1] is 'P' or 'p'))
            {
                m.Episodes.Add(e);
                j = i + 1;
            }
            else if (i + 1 < scan.Count && Gap(scan, i) is "." && scan.Word(i + 1).Length == 2 && Chars.TryNumber(scan.Word(i + 1), out var dotted) && dotted > 0
                && (i + 2 >= scan.Count || !Chars.IsAsciiDigits(scan.Word(i + 2)) || Chars.IsYear(scan.Word(i + 2), out _)))
            {
                // s06.01: the episode as its own dotted number
                m.Episodes.Add(dotted);
                j = i + 1;
            }
            else if (i + 1 < scan.Count && Gap(scan, i).Length == 1 && ReadEpisodes(scan.Word(i + 1), 0, m.Episodes))
            {
                // S6.E1E2
                j = i + 1;
            }
            else
            {
                return null;
            }
        }
        else
        {
            if (!ReadEpisodes(w, p, m.Episodes))
            {
                return null;
            }
            m.SplitEpisode = w[^1] is 'a' or 'b';
        }
        ReadContinuation(scan, ref j, m.Episodes, season);
        m.NextToken = j + 1;
        if (m.Episodes.Count > 1 && m.Episodes[0] == 1 && scan.Is(j + 1, "of") && j + 2 < scan.Count && Chars.TryNumber(scan.Word(j + 2), out var total) && total == m.Episodes[^1])
        {
            // S1E1-8 of 8: every episode of the season, a season pack
            m.Episodes.Clear();
            m.FullSeason = true;
            m.Seasons.Add(season);
            m.NextToken = j + 3;
        }
        if (m.Episodes.Count == 1 && m.Episodes[0] == 0)
        {
            m.PossibleSpecial = true;
        }
        return m;
    }

    // reads E02E03 / EP02 / E02v2 / EO1 from position p of a word
    private static bool ReadEpisodes(ReadOnlySpan<char> w, int p, List<int> episodes)
    {
        while (p < w.Length)
        {
            if (w[p] is not ('E' or 'e'))
            {
                // 01v2: a version, read by the quality scanner; 01a/01b: one half of a split episode
                return episodes.Count > 0 && (w[p] is 'v' or 'V' && p + 1 < w.Length && char.IsAsciiDigit(w[p + 1]) && p + 2 == w.Length || w[p] is 'a' or 'b' && p + 1 == w.Length);
            }
            p++;
            if (p < w.Length && w[p] is 'P' or 'p')
            {
                p++;
            }
            if (p < w.Length && w[p] is 'O' or 'o' && p + 1 < w.Length && char.IsAsciiDigit(w[p + 1]))
            {
                // S05EO1: a letter O typed for a zero
                p++;
            }
            var n = Chars.ReadNumber(w, p, out var e);
            if (n == 0 || n > 4)
            {
                return false;
            }
            AddEpisode(episodes, e, range: false);
            p += n;
        }
        return episodes.Count > 0;
    }

    // E02 / EP02 / Ep10688 as a whole word
    internal static bool TryEpisodeWord(ReadOnlySpan<char> w, out int episode, out int digits)
    {
        episode = 0;
        digits = 0;
        if (w.Length < 2 || w[0] is not ('E' or 'e'))
        {
            return false;
        }
        var p = w[1] is 'P' or 'p' ? 2 : 1;
        digits = Chars.ReadNumber(w, p, out episode);
        var end = p + digits;
        if (digits == 0 || digits > 5)
        {
            return false;
        }
        return end == w.Length || (end + 2 == w.Length && w[end] is 'v' or 'V' && char.IsAsciiDigit(w[end + 1]));
    }

    // -E03, -03, E03, .E03, -S01E03, x03 after a first episode
    internal static void ReadContinuation(Scan scan, ref int j, List<int> episodes, int season)
    {
        while (j + 1 < scan.Count)
        {
            var gap = Gap(scan, j);
            var dash = gap.Contains('-') || gap.Contains('~');
            if (gap.Length > 3 || (gap.Length == 3 && !gap.SequenceEqual(" - ")))
            {
                return;
            }
            var next = scan.Word(j + 1);
            if (TryEpisodeWord(next, out var e, out _))
            {
                AddEpisode(episodes, e, dash);
            }
            else if (next.Length > 3 && next[0] is 'S' or 's' && char.IsAsciiDigit(next[1]))
            {
                var p = 1 + Chars.ReadNumber(next, 1, out var s2);
                var more = new List<int>();
                if (s2 != season || p >= next.Length || !ReadEpisodes(next, p, more))
                {
                    return;
                }
                foreach (var x in more)
                {
                    AddEpisode(episodes, x, dash);
                }
            }
            else if (dash && gap.Length == 1 && next.Length is >= 1 and <= 3 && Chars.TryNumber(next, out var n) && n > episodes[^1])
            {
                AddEpisode(episodes, n, true);
            }
            else if (next.Length >= 2 && next[0] is 'x' or 'X' && Chars.TryNumber(next[1..], out var x2))
            {
                AddEpisode(episodes, x2, dash);
            }
            else if (next.IndexOfAny('x', 'X') is var cx and > 0 && Chars.TryNumber(next[..cx], out var s3) && s3 == season && cx + 1 < next.Length && Chars.TryNumber(next[(cx + 1)..], out var x3) && x3 > episodes[^1])
            {
                // 2x04.2x05, 2x09-2x10: the season written again
                AddEpisode(episodes, x3, dash);
            }
            else if (gap.SequenceEqual("_") && next.Length == 2 && Chars.TryNumber(next, out var u) && u == episodes[^1] + 1)
            {
                // 8x01_02
                AddEpisode(episodes, u, false);
            }
            else
            {
                return;
            }
            j++;
        }
    }

    internal static void AddEpisode(List<int> episodes, int e, bool range)
    {
        if (range && episodes.Count > 0 && e > episodes[^1] && e - episodes[^1] < 500)
        {
            for (var x = episodes[^1] + 1; x <= e; x++)
            {
                episodes.Add(x);
            }
            return;
        }
        if (!episodes.Contains(e))
        {
            episodes.Add(e);
        }
    }

    // 101, 1013 in a dotted scene name: season and episode written together
    private static EpisodeMatch? TrySceneNumber(Scan scan, int first)
    {
        for (var i = first + 1; i < scan.Count; i++)
        {
            var w = scan.Word(i);
            if (TagWords.IsStrongTag(w))
            {
                return null;
            }
            if (w.Length is 5 or 6 && Chars.TryNumber(w, out var joined) && scan[i].Depth == 0 && (i + 1 >= scan.Count || TagWords.IsStrongTag(scan.Word(i + 1)) || scan.Word(i + 1).StartsWith("HDTV", StringComparison.OrdinalIgnoreCase)))
            {
                // 10708, 010910: season and two consecutive episodes written together
                var e2 = joined % 100;
                var e1 = joined / 100 % 100;
                var s2 = joined / 10000;
                if (s2 > 0 && e1 > 0 && e2 == e1 + 1)
                {
                    var multi = new EpisodeMatch { TitleEnd = scan[i].Start, Season = s2, NextToken = i + 1 };
                    multi.Episodes.Add(e1);
                    multi.Episodes.Add(e2);
                    return multi;
                }
            }
            if (w.Length is not (3 or 4) || !Chars.TryNumber(w, out var n) || scan[i].Depth > 0 || (w.Length == 4 && Chars.IsYear(w, out _)))
            {
                continue;
            }
            var season = n / 100;
            var episode = n % 100;
            var groupNext = i + 2 == scan.Count && scan[i].After == '-';
            if (season == 0 || episode == 0 || !(i + 1 >= scan.Count || groupNext || TagWords.IsStrongTag(scan.Word(i + 1)) || IsSceneNumber(scan.Word(i + 1))))
            {
                continue;
            }
            var m = new EpisodeMatch { TitleEnd = scan[i].Start, Season = season };
            m.Episodes.Add(episode);
            var j = i;
            while (j + 1 < scan.Count && IsSceneNumber(scan.Word(j + 1)) && Chars.TryNumber(scan.Word(j + 1), out var more) && more / 100 == season)
            {
                m.Episodes.Add(more % 100);
                j++;
            }
            m.NextToken = j + 1;
            return m;
        }
        return null;
    }

    private static bool IsSceneNumber(ReadOnlySpan<char> w) => w.Length is 3 or 4 && Chars.IsAsciiDigits(w) && !Chars.IsYear(w, out _);

    /// <summary>The separator text between word i and word i+1.</summary>
    internal static ReadOnlySpan<char> Gap(Scan scan, int i) =>
        i + 1 < scan.Count && i >= 0 ? scan.Text.AsSpan(scan[i].End, scan[i + 1].Start - scan[i].End) : default;

    internal static bool IsSmallGap(Scan scan, int i)
    {
        var gap = Gap(scan, i);
        return gap.Length == 1 || gap.SequenceEqual(" - ") || gap.Trim("!?_").SequenceEqual("_-_") || gap.Trim("!?").SequenceEqual("_-_") || gap.TrimStart("!?").SequenceEqual(" - ");
    }
}
