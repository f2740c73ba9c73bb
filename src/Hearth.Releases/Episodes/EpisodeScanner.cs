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
        if (CapituloAmongTags(scan, first) is { } capitulo)
        {
            return capitulo;
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
            if (m is not null)
            {
                return Settle(scan, i, first, anime, m);
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

    // [Cap.101] is written among the tags, after the quality
    private static EpisodeMatch? CapituloAmongTags(Scan scan, int first)
    {
        for (var i = first + 1; i < scan.Count - 1; i++)
        {
            if (scan[i].Length == 3 && TryCapitulo(scan, i) is { } capitulo)
            {
                return capitulo;
            }
        }
        return null;
    }

    /// <summary>
    /// What the words around a match add: an episode word before an air date, explicit numbering after
    /// one (which wins), absolute numbers beside the standard ones.
    /// </summary>
    private static EpisodeMatch Settle(Scan scan, int i, int first, bool anime, EpisodeMatch m)
    {
        if (m.AirDate is not null)
        {
            if (i - 1 > first && TryEpisodeWord(scan.Word(i - 1), out _, out _))
            {
                // "Show E76 2024 08 08": the episode word before the date is numbering, not title
                m.TitleEnd = scan[i - 1].Start;
            }
            if (NumberedAfterDate(scan, m) is { } numbered)
            {
                return numbered;
            }
        }
        if (m.Failure is null && anime)
        {
            AbsoluteBeforeStandard(scan, i, first, m);
            AbsoluteScanner.TryAfterStandard(scan, m);
        }
        else if (m.Failure is null && m.NextToken < scan.Count && Gap(scan, m.NextToken - 1) is " (" && scan.Word(m.NextToken).Length == 3)
        {
            // "S01E01-02 (001-002)": the absolute numbers in parentheses after the standard ones
            AbsoluteScanner.TryAfterStandard(scan, m);
        }
        return m;
    }

    // "Show 2016 02 25 S20E142": the explicit numbering after the date wins
    private static EpisodeMatch? NumberedAfterDate(Scan scan, EpisodeMatch dated)
    {
        for (var k = dated.NextToken; k < scan.Count && !EndsNumbering(scan, k); k++)
        {
            if (TrySeasonEpisode(scan, k) is { Failure: null } numbered)
            {
                numbered.TitleEnd = dated.TitleEnd;
                return numbered;
            }
        }
        return null;
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
            j = EpisodeAfterSeason(scan, i, m.Episodes);
            if (j < 0)
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
        ReadWholeSeason(scan, j, m, season);
        if (m.Episodes.Count == 1 && m.Episodes[0] == 0)
        {
            m.PossibleSpecial = true;
        }
        return m;
    }

    /// <summary>S01.E02, S01 E01, S42 Ep10688: the episode as the word after the season. Returns the last word read, or -1.</summary>
    private static int EpisodeAfterSeason(Scan scan, int i, List<int> episodes)
    {
        if (i + 2 < scan.Count && IsSmallGap(scan, i) && scan.IsAny(i + 1, "E", "Ep") && Gap(scan, i + 1).Length == 1 && scan.Word(i + 2).Length <= 3 && Chars.TryNumber(scan.Word(i + 2), out var spaced))
        {
            // S01.Ep.01, S01.E.01
            episodes.Add(spaced);
            return i + 2;
        }
        if (i + 1 < scan.Count && IsSmallGap(scan, i) && TryEpisodeWord(scan.Word(i + 1), out var e, out _)
            && !(Gap(scan, i).Length == 3 && scan.Word(i + 1).Length > 2 && scan.Word(i + 1)[1] is 'P' or 'p'))
        {
            episodes.Add(e);
            return i + 1;
        }
        if (i + 1 < scan.Count && Gap(scan, i) is "." && scan.Word(i + 1).Length == 2 && Chars.TryNumber(scan.Word(i + 1), out var dotted) && dotted > 0
            && (i + 2 >= scan.Count || !Chars.IsAsciiDigits(scan.Word(i + 2)) || Chars.IsYear(scan.Word(i + 2), out _)))
        {
            // s06.01: the episode as its own dotted number
            episodes.Add(dotted);
            return i + 1;
        }
        // S6.E1E2
        return i + 1 < scan.Count && Gap(scan, i).Length == 1 && ReadEpisodes(scan.Word(i + 1), 0, episodes) ? i + 1 : -1;
    }

    // S1E1-8 of 8: every episode of the season, a season pack
    private static void ReadWholeSeason(Scan scan, int j, EpisodeMatch m, int season)
    {
        if (m.Episodes.Count > 1 && m.Episodes[0] == 1 && scan.Is(j + 1, "of") && j + 2 < scan.Count && Chars.TryNumber(scan.Word(j + 2), out var total) && total == m.Episodes[^1])
        {
            m.Episodes.Clear();
            m.FullSeason = true;
            m.Seasons.Add(season);
            m.NextToken = j + 3;
        }
    }

    /// <summary>The separator text between word i and word i+1.</summary>
    internal static ReadOnlySpan<char> Gap(Scan scan, int i) =>
        i + 1 < scan.Count && i >= 0 ? scan.Text.AsSpan(scan[i].End, scan[i + 1].Start - scan[i].End) : default;

    internal static bool IsSmallGap(Scan scan, int i)
    {
        var gap = Gap(scan, i);
        return gap.Length == 1 || gap.SequenceEqual(" - ") || gap.Trim("!?_").SequenceEqual("_-_") || gap.Trim("!?").SequenceEqual("_-_") || gap.TrimStart("!?").SequenceEqual(" - ");
    }
}
