using System.Globalization;
using Hearth.Releases.Text;

namespace Hearth.Releases.Episodes;

/// <summary>Season words (Season 2, Saison 3, Staffel 1) and season packs, whole or partial, single or multi-season.</summary>
internal static partial class EpisodeScanner
{
    // Season 1, Season.01, Saison 2, Stagione 1, Temporada 11, Season 01-05, Seasons 1-3
    private static EpisodeMatch? TrySeasonWord(Scan scan, int i, int first)
    {
        var j = SeasonWordNumber(scan, i, first, out var season);
        if (j < 0)
        {
            return null;
        }
        var m = new EpisodeMatch { TitleEnd = TitleEndBeforeComplete(scan, i, first), Season = season, FullSeason = true };
        j = ReadSeasonWordRange(scan, j, m, season);
        j = ReadSeasonWordEpisode(scan, j, m, season);
        m.NextToken = j + 1;
        ReadPackQualifiers(scan, m);
        if (i == first && scan[i].Depth == 0)
        {
            return null;
        }
        return m;
    }

    /// <summary>The season a season word names, and the word that holds its number (-1 when there is none).</summary>
    private static int SeasonWordNumber(Scan scan, int i, int first, out int season)
    {
        if (GluedSeasonWord(scan.Word(i), out season))
        {
            // Season4, Saison3: the word and its number written together
            return i;
        }
        if (IsSeasonWord(scan, i) && i + 1 < scan.Count && Chars.TryNumber(scan.Word(i + 1), out season) && scan.Word(i + 1).Length <= 4 && season <= 1000
            && !Gap(scan, i).SequenceEqual(" - "))
        {
            return i + 1;
        }
        if (scan.Is(i, "Series") && i > first && i + 1 < scan.Count && Gap(scan, i - 1).SequenceEqual(" - ") && scan.Word(i + 1).Length <= 2 && Chars.TryNumber(scan.Word(i + 1), out season)
            && (i + 2 >= scan.Count || Chars.IsYear(scan.Word(i + 2), out _) || TagWords.IsStrongTag(scan.Word(i + 2))))
        {
            // British "Title - Series 1 (1970)": a series is a season
            return i + 1;
        }
        return -1;
    }

    // Season 01-05, Season 01 - Season 07: the seasons of a multi-season pack; returns the last word read
    private static int ReadSeasonWordRange(Scan scan, int j, EpisodeMatch m, int season)
    {
        var lastWord = j + 1;
        if (j + 2 < scan.Count && Gap(scan, j).Trim().SequenceEqual("-") && IsSeasonWord(scan, j + 1))
        {
            lastWord = j + 2;
        }
        if (lastWord < scan.Count && Gap(scan, lastWord - 1).Trim().Length <= 1 && (lastWord == j + 2 || Gap(scan, j).Trim().SequenceEqual("-"))
            && Chars.TryNumber(scan.Word(lastWord), out var last) && last > season && last - season < 100)
        {
            AddSeasons(m, season, last);
            return lastWord;
        }
        m.Seasons.Add(season);
        return j;
    }

    // Season 1 Episode 2, Season 39 ep11: an episode of the season, not a pack; returns the last word read
    private static int ReadSeasonWordEpisode(Scan scan, int j, EpisodeMatch m, int season)
    {
        if (j + 1 < scan.Count && TryEpisodeWord(scan.Word(j + 1), out var glued, out _))
        {
            ClearPack(m);
            m.Episodes.Add(glued);
            return j + 1;
        }
        if (j + 2 < scan.Count && scan.IsAny(j + 1, "Episode", "Ep", "Episodio", "Episodes") && Chars.TryNumber(scan.Word(j + 2), out var ep))
        {
            ClearPack(m);
            m.Episodes.Add(ep);
            j += 2;
            ReadContinuation(scan, ref j, m.Episodes, season);
        }
        return j;
    }

    private static void ClearPack(EpisodeMatch m)
    {
        m.FullSeason = false;
        m.MultiSeason = false;
        m.Seasons.Clear();
    }

    private static void AddSeasons(EpisodeMatch m, int first, int last)
    {
        m.MultiSeason = true;
        for (var s = first; s <= last; s++)
        {
            m.Seasons.Add(s);
        }
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
        var j = PackSeason(scan, i, first, out var season);
        if (j < 0)
        {
            return null;
        }
        var m = new EpisodeMatch { TitleEnd = TitleEndBeforeComplete(scan, i, first), Season = season, FullSeason = true };
        var spacedLast = anime ? -1 : SpacedLastSeason(scan, j, season);
        if (spacedLast > 0)
        {
            AddSeasons(m, season, spacedLast);
            m.NextToken = j + 2;
            ReadPackQualifiers(scan, m);
            return m;
        }
        if (TitleSeasonEpisode(scan, j, season, anime) is { } inTitle)
        {
            return inTitle;
        }
        var dashedLast = DashedLastSeason(scan, j, season);
        if (dashedLast > 0)
        {
            AddSeasons(m, season, dashedLast);
            j++;
        }
        else
        {
            m.Seasons.Add(season);
        }
        m.NextToken = j + 1;
        ReadPackQualifiers(scan, m);
        return m;
    }

    /// <summary>S01, S2014 (a season named by its year), S 01: the season, and the word that holds it (-1 when none).</summary>
    private static int PackSeason(Scan scan, int i, int first, out int season)
    {
        season = 0;
        var w = scan.Word(i);
        if (w.Length is >= 2 and <= 5 && w[0] is 'S' or 's' && Chars.TryNumber(w[1..], out season) && (w.Length < 5 || Chars.IsYear(w[1..], out _)))
        {
            return i;
        }
        if (w is "S" or "s" && i > first && i + 1 < scan.Count && Gap(scan, i).SequenceEqual(" ") && scan.Word(i + 1).Length == 2 && Chars.TryNumber(scan.Word(i + 1), out season))
        {
            // S 01: a season written with a space
            return i + 1;
        }
        return -1;
    }

    // S01 S04 / S01 04: first and last season of a multi-season pack; the last season, or -1
    private static int SpacedLastSeason(Scan scan, int j, int season)
    {
        if (j + 1 >= scan.Count || !Gap(scan, j).SequenceEqual(" "))
        {
            return -1;
        }
        var nw = scan.Word(j + 1);
        var digits = nw.Length is 3 && nw[0] is 'S' or 's' ? nw[1..] : nw;
        var lone = j + 2 >= scan.Count || !Chars.IsAsciiDigits(scan.Word(j + 2));
        return digits.Length == 2 && Chars.TryNumber(digits, out var last) && last > season && lone ? last : -1;
    }

    // S01-S03 / S01-03: the last season of a range, or -1
    private static int DashedLastSeason(Scan scan, int j, int season)
    {
        if (j + 1 >= scan.Count)
        {
            return -1;
        }
        var gap = Gap(scan, j);
        var nw = scan.Word(j + 1);
        var digits = nw.Length > 1 && nw[0] is 'S' or 's' ? nw[1..] : nw;
        return gap.Length <= 3 && gap.Contains('-') && digits.Length <= 3 && Chars.TryNumber(digits, out var last) && last > season && last - season < 100 ? last : -1;
    }

    /// <summary>
    /// "Anime Title S2 - 01", "Title S02[07]", "Title S03 - EP14", "Title S2 - Episode 4": the season belongs
    /// to the title, the number after it is absolute.
    /// </summary>
    private static EpisodeMatch? TitleSeasonEpisode(Scan scan, int j, int season, bool anime)
    {
        if (j + 1 >= scan.Count)
        {
            return null;
        }
        var gap = Gap(scan, j);
        var next = scan.Word(j + 1);
        var spacedDash = gap.Trim().SequenceEqual("-") && gap.Length >= 3;
        // "Title S21 999": a three- or four-digit number after the season is the absolute episode
        var spacedLong = gap.SequenceEqual(" ") && next.Length is 3 or 4 && !Chars.IsYear(next, out _) && j + 2 >= scan.Count;
        if ((spacedDash || spacedLong || gap is "[" or "][" or " [") && next.Length is >= 1 and <= 4 && Chars.TryNumber(next, out var absolute) && (anime || spacedDash || spacedLong))
        {
            var a = new EpisodeMatch { TitleEnd = scan[j].Start, TitleSeasonSuffix = "S" + season.ToString(CultureInfo.InvariantCulture), Season = 0, NextToken = j + 2 };
            if (scan[j].Depth > 0 && gap is "][")
            {
                // "[Group][Title S02][01]": the title is the bracket that holds the season
                a.TitleStart = scan.Text.LastIndexOf('[', scan[j].Start) + 1;
            }
            a.Absolute.Add(absolute);
            AbsoluteScanner.ReadRange(scan, j + 1, a);
            return a;
        }
        var word = TryEpisodeWord(next, out var ep1, out _) ? 1 : scan.IsAny(j + 1, "Episode", "Ep") && j + 2 < scan.Count && Chars.TryNumber(scan.Word(j + 2), out ep1) ? 2 : 0;
        if (spacedDash && word > 0)
        {
            var a = new EpisodeMatch { TitleEnd = scan[j].Start, TitleSeasonSuffix = WrittenSeason(scan, j, season), Season = 0, NextToken = j + 1 + word };
            a.Absolute.Add(ep1);
            return a;
        }
        return null;
    }

    // before an episode word the season stays as the name writes it ("Title S03 - EP14" is "Title S03");
    // before a bare absolute number it reads as Sonarr reads it ("Title S02 - 11" is "Title S2")
    private static string WrittenSeason(Scan scan, int j, int season)
    {
        var word = scan.Word(j);
        return word.Length > 1 && word[0] is 'S' or 's' && Chars.TryNumber(word[1..], out var n) && n == season
            ? "S" + word[1..].ToString()
            : "S" + season.ToString(CultureInfo.InvariantCulture);
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
}
