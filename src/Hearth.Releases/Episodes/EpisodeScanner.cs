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
        for (var i = first; i < scan.Count; i++)
        {
            // the title needs at least one word, except for names that are only numbering (S01E01.mkv)
            var m = TrySeasonEpisode(scan, i)
                ?? TryCrossNumber(scan, i)
                ?? TrySeasonWord(scan, i, first)
                ?? TrySeasonPack(scan, i, first, anime)
                ?? DateScanner.TryDate(scan, i, first);
            if (m is not null)
            {
                if (m.Failure is null && anime)
                {
                    AbsoluteScanner.TryAfterStandard(scan, m);
                }
                return m;
            }
            if (EndsNumbering(scan, i))
            {
                break;
            }
        }
        return AbsoluteScanner.Find(scan, first, anime) ?? TrySceneNumber(scan, first) ?? MiniSeriesScanner.Find(scan, first);
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
            if (i + 1 >= scan.Count || !IsSmallGap(scan, i) || !TryEpisodeWord(scan.Word(i + 1), out var e, out _))
            {
                return null;
            }
            m.Episodes.Add(e);
            j = i + 1;
        }
        else
        {
            if (!ReadEpisodes(w, p, m.Episodes))
            {
                return null;
            }
        }
        ReadContinuation(scan, ref j, m.Episodes, season);
        m.NextToken = j + 1;
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
                // 01v2: a version, read by the quality scanner
                return episodes.Count > 0 && w[p] is 'v' or 'V' && p + 1 < w.Length && char.IsAsciiDigit(w[p + 1]) && p + 2 == w.Length;
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
        if (digits == 0 || digits > 4)
        {
            return false;
        }
        return end == w.Length || (end + 2 == w.Length && w[end] is 'v' or 'V' && char.IsAsciiDigit(w[end + 1]));
    }

    // -E03, -03, E03, .E03, -S01E03, x03 after a first episode
    private static void ReadContinuation(Scan scan, ref int j, List<int> episodes, int season)
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

    // 1x02, 10x11, 1x01x02, 1x01-02
    private static EpisodeMatch? TryCrossNumber(Scan scan, int i)
    {
        var w = scan.Word(i);
        var x = w.IndexOfAny('x', 'X');
        if (x is < 1 or > 2 || !Chars.TryNumber(w[..x], out var season))
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
        if (m.Episodes.Count == 0 || (w.Length - x - 1 < 2 && !IsSmallGap(scan, i - 1)))
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
        if (!scan.IsAny(i, "Season", "Seasons", "Saison", "Stagione", "Temporada", "Staffel", "Сезон") || i + 1 >= scan.Count)
        {
            return null;
        }
        if (!Chars.TryNumber(scan.Word(i + 1), out var season) || scan.Word(i + 1).Length > 4 || season > 1000)
        {
            return null;
        }
        var m = new EpisodeMatch { TitleEnd = scan[i].Start, Season = season, FullSeason = true };
        var j = i + 1;
        if (j + 1 < scan.Count && Gap(scan, j).Trim().SequenceEqual("-") && Chars.TryNumber(scan.Word(j + 1), out var last) && last > season && last - season < 100)
        {
            m.MultiSeason = true;
            for (var s = season; s <= last; s++)
            {
                m.Seasons.Add(s);
            }
            j++;
        }
        else
        {
            m.Seasons.Add(season);
        }
        // Season 1 Episode 2
        if (j + 2 < scan.Count && scan.IsAny(j + 1, "Episode", "Ep", "Episodio", "Episodes") && Chars.TryNumber(scan.Word(j + 2), out var ep))
        {
            m.FullSeason = false;
            m.MultiSeason = false;
            m.Seasons.Clear();
            m.Episodes.Add(ep);
            j += 2;
        }
        m.NextToken = j + 1;
        ReadPackQualifiers(scan, m);
        if (i == first && scan[i].Depth == 0)
        {
            return null;
        }
        return m;
    }

    // S01 (a season pack), S01-S03 / S01-03 (several), S02 Part 1, S01 EXTRAS, S02 Special, Anime S2 - 01
    private static EpisodeMatch? TrySeasonPack(Scan scan, int i, int first, bool anime)
    {
        var w = scan.Word(i);
        if (w.Length is < 2 or > 4 || w[0] is not ('S' or 's') || !Chars.TryNumber(w[1..], out var season) || i == first && scan[i].Depth == 0 && i + 1 < scan.Count && false)
        {
            return null;
        }
        var m = new EpisodeMatch { TitleEnd = scan[i].Start, Season = season, FullSeason = true };
        var j = i;
        // Anime Title S2 - 01 / Title S02[07]: the season belongs to the title, the number is absolute
        if (j + 1 < scan.Count)
        {
            var gap = Gap(scan, j);
            var next = scan.Word(j + 1);
            if ((gap.SequenceEqual(" - ") || gap.SequenceEqual("[") || gap.SequenceEqual("][")) && next.Length is >= 1 and <= 4 && Chars.TryNumber(next, out var absolute) && (anime || gap.SequenceEqual(" - ")))
            {
                var a = new EpisodeMatch { TitleEnd = scan[j].Start, TitleSeasonSuffix = season, Season = 0, NextToken = j + 2 };
                a.Absolute.Add(absolute);
                AbsoluteScanner.ReadRange(scan, j + 1, a);
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
            if (w.Length is not (3 or 4) || !Chars.TryNumber(w, out var n) || scan[i].Depth > 0 || (w.Length == 4 && Chars.IsYear(w, out _)))
            {
                continue;
            }
            var season = n / 100;
            var episode = n % 100;
            if (season == 0 || episode == 0 || !(i + 1 >= scan.Count || TagWords.IsStrongTag(scan.Word(i + 1)) || IsSceneNumber(scan.Word(i + 1))))
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
        return gap.Length == 1 || gap.SequenceEqual(" - ");
    }
}
