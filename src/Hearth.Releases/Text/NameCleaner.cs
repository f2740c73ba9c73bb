namespace Hearth.Releases.Text;

/// <summary>
/// Turns typographic variants into what the rules read (full-width brackets and digits, zero-width
/// spaces) and finds the part of a name that is the release: without a site's advert in front, a
/// request number, or the anime CRC at the end.
/// </summary>
internal static class NameCleaner
{
    /// <summary>One copy of the name with variants replaced; the same string when nothing needs it.</summary>
    public static string Normalize(string name)
    {
        var needs = false;
        foreach (var c in name)
        {
            if (c is '【' or '】' or '（' or '）' or '［' or '］' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' || c is >= '０' and <= '９' || char.IsControl(c))
            {
                needs = true;
                break;
            }
        }
        if (!needs)
        {
            return name;
        }
        return string.Create(name.Length, name, static (dest, src) =>
        {
            var n = 0;
            foreach (var c in src)
            {
                var d = c switch
                {
                    '【' or '［' => '[',
                    '】' or '］' => ']',
                    '（' => '(',
                    '）' => ')',
                    >= '０' and <= '９' => (char)('0' + (c - '０')),
                    '\u200B' or '\u200C' or '\u200D' or '\uFEFF' => '\0',
                    _ when char.IsControl(c) => ' ',
                    _ => c,
                };
                if (d != '\0')
                {
                    dest[n++] = d;
                }
            }
            dest[n..].Fill(' ');
        }).TrimEnd();
    }

    /// <summary>Skips "www.site.com - ", "[www.site.org] - ", "[site.net]" and "[req][12345]" at the start.</summary>
    public static int SkipPrefix(string s, int start, int end)
    {
        while (start < end)
        {
            var before = start;
            while (start < end && (s[start] is ' ' or '_' or '.' or '-' || char.IsWhiteSpace(s[start])))
            {
                start++;
            }
            if (start < end && s[start] is '[' or '(')
            {
                var close = s.IndexOf(s[start] == '[' ? ']' : ')', start);
                if (close > start && close < end)
                {
                    var inner = s.AsSpan(start + 1, close - start - 1).Trim();
                    var isRequest = close + 1 < end && s[close + 1] == '[' && IsDigitsBracket(s, close + 1, end);
                    if (IsSite(inner) || (s[start] == '[' && (Chars.IsAsciiDigits(inner) || isRequest)))
                    {
                        start = close + 1;
                        continue;
                    }
                    // a site inside a group bracket: 【高清剧集网发布 www.DDHDTV.com】
                    if (s[start] == '[' && inner.Contains("www.", StringComparison.OrdinalIgnoreCase))
                    {
                        start = close + 1;
                        continue;
                    }
                }
            }
            else
            {
                var sep = s.IndexOf(" - ", start, end - start, StringComparison.Ordinal);
                if (sep > start && IsSite(s.AsSpan(start, sep - start)))
                {
                    start = sep + 3;
                    continue;
                }
            }
            if (start == before)
            {
                break;
            }
        }
        return start;
    }

    private static bool IsDigitsBracket(string s, int open, int end)
    {
        var close = s.IndexOf(']', open);
        return close > open + 1 && close < end && Chars.IsAsciiDigits(s.AsSpan(open + 1, close - open - 1));
    }

    private static readonly string[] TopLevel =
    [
        "com", "org", "net", "info", "biz", "tv", "to", "me", "io", "cc", "ws", "ca", "de", "uk", "au", "za", "nl", "fr",
        "ru", "tc", "gov", "edu", "co", "ag", "mx", "lt", "se", "pl", "ch", "in", "xyz", "club", "site", "ms", "is", "st",
    ];

    /// <summary>A web address: "www." in front, or dotted labels ending in a known top-level domain, with no spaces.</summary>
    public static bool IsSite(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Contains(' '))
        {
            return false;
        }
        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var dot = s.LastIndexOf('.');
        if (dot <= 0)
        {
            return false;
        }
        var tld = s[(dot + 1)..];
        foreach (var known in TopLevel)
        {
            if (tld.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                // every label must look like a host name, not a release (no resolution, no year-only label)
                return s.IndexOf("..", StringComparison.Ordinal) < 0 && !s[..dot].Contains('.') || s.Count('.') <= 2 && s[..dot].ToString().Split('.').All(l => l.Length > 1);
            }
        }
        return false;
    }
}
