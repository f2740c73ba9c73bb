using Hearth.Releases.Text;

namespace Hearth.Releases.Episodes;

/// <summary>
/// Chinese fansub names put everything in brackets: [Group][原題/Latin Title][01][1080p]. The title is
/// the first bracket with Latin letters (its Latin part), the episode the bracket holding a number.
/// </summary>
internal static class BracketTitleScanner
{
    public static EpisodeMatch? Find(Scan scan, int first)
    {
        int titleStart = -1, titleEnd = -1, otherStart = -1, otherEnd = -1;
        var mixed = false;
        for (var i = first; i < scan.Count; i++)
        {
            if (scan[i].Depth == 0)
            {
                return null;
            }
            var open = scan.Text.LastIndexOf('[', scan[i].Start);
            var close = scan.Text.IndexOf(']', scan[i].Start);
            if (open < 0 || close < 0)
            {
                return null;
            }
            var inner = scan.Text.AsSpan(open + 1, close - open - 1);
            var number = NumberBracket(inner, out var firstNumber, out var lastNumber);
            if (number && (titleStart >= 0 || otherStart >= 0))
            {
                // a title written only in Chinese or Japanese is the title when there is no Latin one
                var m = new EpisodeMatch { TitleStart = titleStart >= 0 ? titleStart : otherStart, TitleEnd = titleStart >= 0 ? titleEnd : otherEnd, Season = 0, NextToken = scan.IndexAt(close) };
                m.Absolute.Add(firstNumber);
                EpisodeScanner.AddEpisode(m.Absolute, lastNumber, true);
                return m;
            }
            if (otherStart < 0 && !number && !TagWords.IsStrongTag(scan.Word(i)) && !Chars.IsYear(inner, out _) && !inner.Contains("月新番", StringComparison.Ordinal))
            {
                otherStart = open + 1;
                otherEnd = close;
            }
            // the first Latin title bracket, preferring one written only in Latin letters over a mixed one
            if ((titleStart < 0 || mixed) && HasLatin(inner) && !TagWords.IsStrongTag(scan.Word(i)) && !Chars.IsYear(inner, out _) && !(titleStart >= 0 && HasCjk(inner)))
            {
                // "原題/Latin Title", "原題 _ Latin Title": the part after the separator
                var spaced = inner.LastIndexOf(" _ ", StringComparison.Ordinal);
                var slash = Math.Max(inner.LastIndexOf('/'), spaced < 0 ? -1 : spaced + 2);
                titleStart = open + 1 + (slash + 1);
                titleEnd = close;
                mixed = HasCjk(inner[(slash + 1)..]);
            }
            // skip the rest of this bracket
            while (i + 1 < scan.Count && scan[i + 1].Start < close)
            {
                i++;
            }
        }
        return null;
    }

    private static bool NumberBracket(ReadOnlySpan<char> inner, out int first, out int last)
    {
        first = last = 0;
        // 第05话, 第1008話, 857集, 第01-15集: "episode N" in Chinese and Japanese
        if (inner.Length > 1 && inner[0] == '第')
        {
            inner = inner[1..];
        }
        if (inner.Length > 1 && inner[^1] is '话' or '話' or '集' or '回')
        {
            inner = inner[..^1];
        }
        var n = Chars.ReadNumber(inner, 0, out first);
        if (n is 0 or > 4 || Chars.IsYear(inner, out _))
        {
            return false;
        }
        last = first;
        var rest = inner[n..].Trim();
        if (rest.Length > 0 && rest[0] == '-')
        {
            var m = Chars.ReadNumber(rest, 1, out last);
            if (m == 0)
            {
                return false;
            }
            rest = rest[(1 + m)..].Trim();
        }
        return rest.IsEmpty || rest.Equals("END", StringComparison.OrdinalIgnoreCase) || rest.Equals("Fin", StringComparison.OrdinalIgnoreCase)
            || rest.SequenceEqual("完") || rest.StartsWith("v", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasCjk(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF')
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasLatin(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsAsciiLetter(c))
            {
                return true;
            }
        }
        return false;
    }
}
