using Hearth.Releases.Text;

namespace Hearth.Releases.Episodes;

/// <summary>Numbering in other conventions: Dutch (Aflevering), Spanish (Capitulo), the 1x02 cross form and scene numbers (101).</summary>
internal static partial class EpisodeScanner
{
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

    // 101, 1013 in a dotted scene name: season and episode written together
    private static EpisodeMatch? TrySceneNumber(Scan scan, int first)
    {
        for (var i = first + 1; i < scan.Count; i++)
        {
            if (TagWords.IsStrongTag(scan.Word(i)))
            {
                return null;
            }
            if ((JoinedDoubleEpisode(scan, i) ?? SceneNumber(scan, i)) is { } m)
            {
                return m;
            }
        }
        return null;
    }

    // 10708, 010910: season and two consecutive episodes written together, right before the tags
    private static EpisodeMatch? JoinedDoubleEpisode(Scan scan, int i)
    {
        var w = scan.Word(i);
        if (!(w.Length is 5 or 6 && Chars.TryNumber(w, out var joined) && scan[i].Depth == 0 && (i + 1 >= scan.Count || TagWords.IsStrongTag(scan.Word(i + 1)) || scan.Word(i + 1).StartsWith("HDTV", StringComparison.OrdinalIgnoreCase))))
        {
            return null;
        }
        var e2 = joined % 100;
        var e1 = joined / 100 % 100;
        var s2 = joined / 10000;
        if (s2 <= 0 || e1 <= 0 || e2 != e1 + 1)
        {
            return null;
        }
        var multi = new EpisodeMatch { TitleEnd = scan[i].Start, Season = s2, NextToken = i + 1 };
        multi.Episodes.Add(e1);
        multi.Episodes.Add(e2);
        return multi;
    }

    // 101 or 1013 (not a year) before the tags, the group, or more scene numbers of the same season (101.102)
    private static EpisodeMatch? SceneNumber(Scan scan, int i)
    {
        var w = scan.Word(i);
        if (w.Length is not (3 or 4) || !Chars.TryNumber(w, out var n) || scan[i].Depth > 0 || (w.Length == 4 && Chars.IsYear(w, out _)))
        {
            return null;
        }
        var season = n / 100;
        var episode = n % 100;
        var groupNext = i + 2 == scan.Count && scan[i].After == '-';
        if (season == 0 || episode == 0 || !(i + 1 >= scan.Count || groupNext || TagWords.IsStrongTag(scan.Word(i + 1)) || IsSceneNumber(scan.Word(i + 1))))
        {
            return null;
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

    private static bool IsSceneNumber(ReadOnlySpan<char> w) => w.Length is 3 or 4 && Chars.IsAsciiDigits(w) && !Chars.IsYear(w, out _);
}
