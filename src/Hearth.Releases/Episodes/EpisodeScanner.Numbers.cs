using Hearth.Releases.Text;

namespace Hearth.Releases.Episodes;

/// <summary>Episode numbers inside and after a numbering word: E02E03, EP02, -E03, -03, x03, 2x04.2x05.</summary>
internal static partial class EpisodeScanner
{
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
}
