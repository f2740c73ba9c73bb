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

    // Dutch "Se.3 afl.3", "Se.1 afl.2-3-4", "Se.3 afl.3 en 4": seizoen and aflevering
    private static EpisodeMatch? TryDutch(Scan scan, int i)
    {
        if (!scan.Is(i, "Se") || i + 3 >= scan.Count || !Chars.TryNumber(scan.Word(i + 1), out var season) || !scan.Is(i + 2, "afl") || !Chars.TryNumber(scan.Word(i + 3), out var episode))
        {
            return null;
        }
        var m = new EpisodeMatch { TitleEnd = scan[i].Start, Season = season };
        m.Episodes.Add(episode);
        var j = i + 3;
        while (j + 1 < scan.Count)
        {
            if (Gap(scan, j) is "-" && Chars.TryNumber(scan.Word(j + 1), out var more) && more > m.Episodes[^1])
            {
                AddEpisode(m.Episodes, more, range: false);
                j++;
            }
            else if (scan.Is(j + 1, "en") && j + 2 < scan.Count && Chars.TryNumber(scan.Word(j + 2), out var and) && and > m.Episodes[^1])
            {
                AddEpisode(m.Episodes, and, range: false);
                j += 2;
            }
            else
            {
                break;
            }
        }
        m.NextToken = j + 1;
        return m;
    }

    // [Cap.101], [Cap.1901], [Cap.111_120]: Spanish "capítulo", season and episode written together
    private static EpisodeMatch? TryCapitulo(Scan scan, int i)
    {
        if (!scan.Is(i, "Cap") || i + 1 >= scan.Count || scan.Word(i + 1).Length is not (3 or 4) || !Chars.TryNumber(scan.Word(i + 1), out var n) || n % 100 == 0)
        {
            return null;
        }
        var season = n / 100;
        var open = scan.Text.LastIndexOfAny(['[', '('], scan[i].Start);
        var m = new EpisodeMatch { TitleEnd = scan[i].Depth > 0 && open >= 0 ? open : scan[i].Start, Season = season, NextToken = i + 2 };
        m.Episodes.Add(n % 100);
        if (i + 2 < scan.Count && Gap(scan, i + 1) is "_" or "-" && scan.Word(i + 2).Length == scan.Word(i + 1).Length && Chars.TryNumber(scan.Word(i + 2), out var last) && last / 100 == season)
        {
            AddEpisode(m.Episodes, last % 100, range: true);
            m.NextToken = i + 3;
        }
        // "Temporada 2 [Cap.201]": the pack word before it named the same season
        // the title ends at the season word or the first tag before it: "Title [HDTV 720p][Cap.101]"
        for (var k = 1; k < i; k++)
        {
            if (IsSeasonWord(scan, k) || TagWords.IsStrongTag(scan.Word(k)))
            {
                var bracket = scan[k].Depth > 0 ? scan.Text.LastIndexOfAny(['[', '('], scan[k].Start) : -1;
                m.TitleEnd = Math.Min(m.TitleEnd, bracket >= 0 ? bracket : scan[k].Start);
                break;
            }
        }
        return m;
    }

    // 1x02, 10x11, 1x01x02, 1x01-02
    private static EpisodeMatch? TryCrossNumber(Scan scan, int i)
    {
        var w = scan.Word(i);
        var x = w.IndexOfAny('x', 'X');
        if (x is < 1 or > 2 and not 4 || !Chars.TryNumber(w[..x], out var season) || x == 4 && !Chars.IsYear(w[..x], out _))
        {
            return null;
        }
        var m = new EpisodeMatch { TitleEnd = scan[i].Start, Season = season };
        var rest = w[(x + 1)..];
        while (!rest.IsEmpty)
        {
            var n = Chars.ReadNumber(rest, 0, out var e);
            if (n is 0 or > 3 || (n == 1 && m.Episodes.Count == 0 && rest.Length == 1 && false))
            {
                return null;
            }
            AddEpisode(m.Episodes, e, false);
            rest = rest[n..];
            if (!rest.IsEmpty)
            {
                if (rest[0] is not ('x' or 'X' or 'E' or 'e') || rest.Length < 2)
                {
                    return null;
                }
                rest = rest[1..];
            }
        }
        if (m.Episodes.Count == 0 || (w.Length - x - 1 < 2 && !IsSmallGap(scan, i - 1) && scan.Count > 1))
        {
            return null;
        }
        var j = i;
        ReadContinuation(scan, ref j, m.Episodes, season);
        m.NextToken = j + 1;
        return m;
    }

    // Season 1, Season.01, Saison 2, Stagione 1, Temporada 11, Season 01-05, Seasons 1-3
    private static EpisodeMatch? TrySeasonWord(Scan scan, int i, int first)
    {
        int season, j;
        if (GluedSeasonWord(scan.Word(i), out var glued))
        {
            // Season4, Saison3: the word and its number written together
            season = glued;
            j = i;
        }
        else if (IsSeasonWord(scan, i) && i + 1 < scan.Count && Chars.TryNumber(scan.Word(i + 1), out season) && scan.Word(i + 1).Length <= 4 && season <= 1000
            && !Gap(scan, i).SequenceEqual(" - "))
        {
            j = i + 1;
        }
        else if (scan.Is(i, "Series") && i > first && i + 1 < scan.Count && Gap(scan, i - 1).SequenceEqual(" - ") && scan.Word(i + 1).Length <= 2 && Chars.TryNumber(scan.Word(i + 1), out season)
            && (i + 2 >= scan.Count || Chars.IsYear(scan.Word(i + 2), out _) || TagWords.IsStrongTag(scan.Word(i + 2))))
        {
            // British "Title - Series 1 (1970)": a series is a season
            j = i + 1;
        }
        else
        {
            return null;
        }
        var m = new EpisodeMatch { TitleEnd = TitleEndBeforeComplete(scan, i, first), Season = season, FullSeason = true };
        var lastWord = j + 1;
        if (j + 2 < scan.Count && Gap(scan, j).Trim().SequenceEqual("-") && IsSeasonWord(scan, j + 1))
        {
            // Season 01 - Season 07
            lastWord = j + 2;
        }
        if (lastWord < scan.Count && Gap(scan, lastWord - 1).Trim().Length <= 1 && (lastWord == j + 2 || Gap(scan, j).Trim().SequenceEqual("-"))
            && Chars.TryNumber(scan.Word(lastWord), out var last) && last > season && last - season < 100)
        {
            m.MultiSeason = true;
            for (var s = season; s <= last; s++)
            {
                m.Seasons.Add(s);
            }
            j = lastWord;
        }
        else
        {
            m.Seasons.Add(season);
        }
        // Season 1 Episode 2
        if (j + 1 < scan.Count && TryEpisodeWord(scan.Word(j + 1), out var glued2, out _))
        {
            // Season 39 ep11
            m.FullSeason = false;
            m.MultiSeason = false;
            m.Seasons.Clear();
            m.Episodes.Add(glued2);
            j += 1;
        }
        else if (j + 2 < scan.Count && scan.IsAny(j + 1, "Episode", "Ep", "Episodio", "Episodes") && Chars.TryNumber(scan.Word(j + 2), out var ep))
        {
            m.FullSeason = false;
            m.MultiSeason = false;
            m.Seasons.Clear();
            m.Episodes.Add(ep);
            j += 2;
            ReadContinuation(scan, ref j, m.Episodes, season);
        }
        m.NextToken = j + 1;
        ReadPackQualifiers(scan, m);
        if (i == first && scan[i].Depth == 0)
        {
            return null;
        }
        return m;
    }

    private static bool IsSeasonWord(Scan scan, int i) => scan.IsAny(i, "Season", "Seasons", "Saison", "Stagione", "Temporada", "Staffel", "Сезон");

    private static bool GluedSeasonWord(ReadOnlySpan<char> w, out int season)
    {
        season = 0;
        foreach (var word in (ReadOnlySpan<string>)["Season", "Saison", "Staffel", "Temporada"])
        {
            if (w.Length > word.Length && w.Length <= word.Length + 2 && w.StartsWith(word, StringComparison.OrdinalIgnoreCase) && Chars.TryNumber(w[word.Length..], out season))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Title Complete Series S01 S04": the words that announce a pack are not part of the title.</summary>
    private static int TitleEndBeforeComplete(Scan scan, int i, int first)
    {
        var k = i;
        if (k - 1 > first && scan.Is(k - 1, "Series") && scan.Is(k - 2, "Complete"))
        {
            k -= 2;
        }
        else if (k - 1 > first && scan.Is(k - 1, "Complete"))
        {
            k--;
        }
        return scan[k].Start;
    }

    // S01 (a season pack), S01-S03 / S01-03 (several), S02 Part 1, S01 EXTRAS, S02 Special, Anime S2 - 01
    private static EpisodeMatch? TrySeasonPack(Scan scan, int i, int first, bool anime)
    {
        var w = scan.Word(i);
        int season, j = i;
        if (w.Length is >= 2 and <= 5 && w[0] is 'S' or 's' && Chars.TryNumber(w[1..], out season) && (w.Length < 5 || Chars.IsYear(w[1..], out _)))
        {
            // S01, S2014 (a season named by its year)
        }
        else if (w is "S" or "s" && i > first && i + 1 < scan.Count && Gap(scan, i).SequenceEqual(" ") && scan.Word(i + 1).Length == 2 && Chars.TryNumber(scan.Word(i + 1), out season))
        {
            // S 01: a season written with a space
            j = i + 1;
        }
        else
        {
            return null;
        }
        var m = new EpisodeMatch { TitleEnd = TitleEndBeforeComplete(scan, i, first), Season = season, FullSeason = true };
        if (j + 1 < scan.Count && Gap(scan, j).SequenceEqual(" ") && !anime)
        {
            // S01 S04 / S01 04: first and last season of a multi-season pack
            var nw = scan.Word(j + 1);
            var digits = nw.Length is 3 && nw[0] is 'S' or 's' ? nw[1..] : nw;
            if (digits.Length == 2 && Chars.TryNumber(digits, out var last) && last > season && (j + 2 >= scan.Count || !Chars.IsAsciiDigits(scan.Word(j + 2))))
            {
                m.MultiSeason = true;
                for (var s2 = season; s2 <= last; s2++)
                {
                    m.Seasons.Add(s2);
                }
                m.NextToken = j + 2;
                ReadPackQualifiers(scan, m);
                return m;
            }
        }
        // Anime Title S2 - 01 / Title S02[07]: the season belongs to the title, the number is absolute
        if (j + 1 < scan.Count)
        {
            var gap = Gap(scan, j);
            var next = scan.Word(j + 1);
            var spacedDash = gap.Trim().SequenceEqual("-") && gap.Length >= 3;
            // "Title S21 999": a three- or four-digit number after the season is the absolute episode
            var spacedLong = gap.SequenceEqual(" ") && next.Length is 3 or 4 && !Chars.IsYear(next, out _) && j + 2 >= scan.Count;
            if ((spacedDash || spacedLong || gap is "[" or "][" or " [") && next.Length is >= 1 and <= 4 && Chars.TryNumber(next, out var absolute) && (anime || spacedDash || spacedLong))
            {
                var a = new EpisodeMatch { TitleEnd = scan[j].Start, TitleSeasonSuffix = season, Season = 0, NextToken = j + 2 };
                if (scan[j].Depth > 0 && gap is "][")
                {
                    // "[Group][Title S02][01]": the title is the bracket that holds the season
                    a.TitleStart = scan.Text.LastIndexOf('[', scan[j].Start) + 1;
                }
                a.Absolute.Add(absolute);
                AbsoluteScanner.ReadRange(scan, j + 1, a);
                return a;
            }
            // "Title S03 - EP14", "Title S2 - Episode 4": the season belongs to the title, the episode is absolute
            var word = TryEpisodeWord(next, out var ep1, out _) ? 1 : scan.IsAny(j + 1, "Episode", "Ep") && j + 2 < scan.Count && Chars.TryNumber(scan.Word(j + 2), out ep1) ? 2 : 0;
            if (spacedDash && word > 0)
            {
                var a = new EpisodeMatch { TitleEnd = scan[j].Start, TitleSeasonSuffix = season, Season = 0, NextToken = j + 1 + word };
                a.Absolute.Add(ep1);
                return a;
            }
            if (gap.Length <= 3 && gap.Contains('-'))
            {
                var nw = scan.Word(j + 1);
                var digits = nw.Length > 1 && nw[0] is 'S' or 's' ? nw[1..] : nw;
                if (digits.Length <= 3 && Chars.TryNumber(digits, out var last) && last > season && last - season < 100)
                {
                    m.MultiSeason = true;
                    for (var s = season; s <= last; s++)
                    {
                        m.Seasons.Add(s);
                    }
                    j++;
                }
            }
        }
        if (!m.MultiSeason)
        {
            m.Seasons.Add(season);
        }
        m.NextToken = j + 1;
        ReadPackQualifiers(scan, m);
        return m;
    }

    private static void ReadPackQualifiers(Scan scan, EpisodeMatch m)
    {
        var j = m.NextToken;
        if (j >= scan.Count)
        {
            return;
        }
        if (scan.IsAny(j, "Part", "Pt", "Vol", "Volume") && j + 1 < scan.Count && Chars.TryNumber(scan.Word(j + 1), out var part))
        {
            m.PartialSeason = true;
            m.SeasonPart = part;
            m.NextToken = j + 2;
        }
        else if (scan.Word(j).Length > 1 && scan.Word(j)[0] is 'P' or 'p' && Chars.TryNumber(scan.Word(j)[1..], out var p2) && p2 < 20)
        {
            m.PartialSeason = true;
            m.SeasonPart = p2;
            m.NextToken = j + 1;
        }
        else if (scan.IsAny(j, "Extras", "Extra", "Bonus", "Subpack", "Featurettes", "Specials") && !(scan[j].Depth > 0 && scan.Text[scan[j].Start - 2] == '+'))
        {
            m.SeasonExtra = scan.IsAny(j, "Extras", "Extra", "Bonus", "Subpack", "Featurettes");
        }
        else if (scan.Is(j, "Special"))
        {
            m.PossibleSpecial = true;
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
