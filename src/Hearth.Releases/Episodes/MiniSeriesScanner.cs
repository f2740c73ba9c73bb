using Hearth.Releases.Text;

namespace Hearth.Releases.Episodes;

/// <summary>Mini-series have no seasons: "Part 2", "Pt.3", "E04". They are season 1 by convention.</summary>
internal static class MiniSeriesScanner
{
    public static EpisodeMatch? Find(Scan scan, int first)
    {
        for (var i = first + 1; i < scan.Count; i++)
        {
            var w = scan.Word(i);
            if (TagWords.IsStrongTag(w))
            {
                return null;
            }
            int episode;
            var next = i + 1;
            if (scan.IsAny(i, "Part", "Pt") && i + 1 < scan.Count && Chars.TryNumber(scan.Word(i + 1), out episode) && scan.Word(i + 1).Length <= 2)
            {
                if (scan[i].Depth > 0)
                {
                    // "(part 1)" after a title names a part of something else, not the release's numbering
                    return new EpisodeMatch { TitleEnd = scan[i].Start, Failure = "a part number in parentheses is not an episode" };
                }
                next = i + 2;
            }
            else if (Chars.StartsWith(w, "Part") && w.Length > 4 && Chars.TryNumber(w[4..], out episode))
            {
            }
            else if (scan.IsAny(i, "Part", "Pt") && i + 1 < scan.Count && scan[i].Depth == 0 && NumberWord(scan.Word(i + 1)) is > 0 and var spelled)
            {
                // Part.Two
                episode = spelled;
                next = i + 2;
            }
            else if (!EpisodeScanner.TryEpisodeWord(w, out episode, out _))
            {
                continue;
            }
            if (next == i + 2 && next < scan.Count && Chars.IsYear(scan.Word(next), out _))
            {
                // "Deathly.Hallows.Part.1.2010", "Dead.Reckoning.Part.One.2023": a year after the part names a
                // film in parts, and the part belongs to its title
                return null;
            }
            var m = new EpisodeMatch { TitleEnd = scan[i].Start, Season = 1, MiniSeries = true, NextToken = next };
            m.Episodes.Add(episode);
            if (next == i + 1)
            {
                // E07-E08: a double episode of a mini-series
                var j = i;
                EpisodeScanner.ReadContinuation(scan, ref j, m.Episodes, 1);
                m.NextToken = j + 1;
            }
            return m;
        }
        return null;
    }

    private static int NumberWord(ReadOnlySpan<char> w)
    {
        ReadOnlySpan<string> words = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"];
        for (var k = 0; k < words.Length; k++)
        {
            if (w.Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return k + 1;
            }
        }
        return 0;
    }
}
