using Hearth.Releases.Text;

namespace Hearth.Releases.Groups;

/// <summary>
/// The group that made a release. Scene names end with "-GROUP"; P2P encoders put the group last
/// inside the tag parentheses or in a trailing bracket; anime puts it in front ([SubsPlease]).
/// Indexers and reposters append their own tags (-Rakuv, -postbot, [rartv]), which are not groups.
/// </summary>
internal static class ReleaseGroupScanner
{
    // tags indexers, reposters and obfuscating uploaders add after the real group
    private static readonly WordSet RepostSuffixes = new(
        "RP", "1", "4P", "4Planet", "Obfuscated", "Obfuscation", "Scrambled", "postbot", "xpost", "AsRequested",
        "AlternativeToRequested", "BUYMORE", "Chamele0n", "GEROV", "NZBgeek", "WhiteRev", "Z0iDS3N", "AlteZachen",
        "RePACKPOST", "sample", "Pre", "RakuvUS", "Rakuv", "Rakuv02", "Rakuvfinhel", "AZAni", "Vanilla");

    // site tags in trailing brackets that are not groups
    private static readonly WordSet SiteTags = new("rartv", "eztv", "ettv", "PublicHD", "rarbg", "TGx", "EZTVx.to", "Batch", "v2", "v3", "v4");

    private static readonly WordSet Tags = new(
        "DL", "HD", "MA", "ES", "X", "RIP", "AUDIO", "SUB", "SUBS", "HDR", "HDR10", "SDR", "DV", "10BIT", "8BIT", "BIT", "EAC3", "DDP", "DD", "ATMOS",
        "TRUEHD", "H", "MKV", "MP4", "AVI", "WEBDL", "HDTV", "DTS", "AC3", "AAC", "OPUS", "FLAC", "5", "1", "0", "ENGLISH", "MULTI", "DUAL",
        "HEVC", "AVC", "H264", "H265", "X264", "X265", "10BITS", "HYBRID", "MPEG2", "MPEG", "DVD5", "DVD9", "VC1", "REMUX", "PROPER", "REPACK", "INTERNAL",
        "DDP5", "DD5", "AAC2", "MSUBS", "SOFTSUBS", "DOVI");

    /// <param name="titleEnd">Text position where the title ended; a group is never inside the title.</param>
    /// <param name="anime">The name starts with a [SubGroup]: trailing brackets then hold tags, not a group.</param>
    public static string? Find(string s, int start, int end, int titleEnd, bool anime, out int groupStart)
    {
        var group = FindGroup(s, start, end, titleEnd, anime, out groupStart);
        if (group is null)
        {
            // no group: every tag up to the end describes the file
            groupStart = end;
        }
        return group;
    }

    private static string? FindGroup(string s, int start, int end, int titleEnd, bool anime, out int groupStart)
    {
        groupStart = end;
        var tail = end;
        while (tail > start && s[tail - 1] is ' ' or '.' or '_')
        {
            tail--;
        }
        // "[Softsubs (DHD)]": the encoder names itself in the subtitle credit
        var softsubs = s.AsSpan(start, end - start).LastIndexOf("Softsubs (", StringComparison.OrdinalIgnoreCase);
        if (softsubs >= 0)
        {
            var from = start + softsubs + 10;
            var creditEnd = s.IndexOf(')', from, end - from);
            var credited = creditEnd > from ? s.AsSpan(from, creditEnd - from) : s.AsSpan(from, end - from).TrimEnd("]) ");
            if (IsGroupLike(credited) || credited.Length > 2 && credited[0] == '-' && credited[^1] == '-')
            {
                groupStart = end;
                return credited.ToString();
            }
        }
        var sawTags = false;
        // trailing brackets: a site or tag bracket is skipped, a group-like one is the group
        for (var guard = 0; guard < 8 && tail > start && s[tail - 1] == ']'; guard++)
        {
            var open = s.LastIndexOf('[', tail - 1);
            if (open < start || open < titleEnd)
            {
                break;
            }
            var inner = s.AsSpan(open + 1, tail - open - 2).Trim();
            if (!anime && !sawTags && open > titleEnd)
            {
                // "[2160p x265 10bit S82 Joy]": P2P encoders sign last inside the tag bracket
                var last = LastWord(inner, out var lastStart);
                if (!last.IsEmpty && lastStart > 0 && inner[lastStart - 1] == ' ' && HasTagBefore(inner[..lastStart]) && IsGroupLike(last) && !IsTag(last) && !Languages.LanguageWords.IsLanguageName(last)
                    && Languages.LanguageWords.Find(last, true) is null)
                {
                    groupStart = open + 1 + (inner.Length == tail - open - 2 ? 0 : s.AsSpan(open + 1).IndexOf(inner)) + lastStart;
                    return last.ToString();
                }
            }
            if (!anime && !sawTags && IsGroupLike(inner) && (IsYts(inner) || !IsSiteTag(inner) && !NameCleaner.IsSite(inner)) && !inner.StartsWith("-"))
            {
                groupStart = open;
                return inner.ToString();
            }
            if (inner.Length > 2 && inner[0] == '-' && inner[^1] == '-' && IsGroupLike(inner[1..^1]))
            {
                groupStart = open;
                return inner.ToString();
            }
            // a bracket of tags ([AC3 5.1 Castellano]) comes after the group, never before it
            if (inner.Length > 2 && inner[0] == '-' && IsYts(inner[1..]) || IsYts(inner))
            {
                groupStart = open;
                return inner.TrimStart('-').ToString();
            }
            sawTags |= !IsSiteTag(inner) && !NameCleaner.IsSite(inner) && !(inner.Length == 8 && Chars.IsHex(inner));
            tail = open;
            while (tail > start && s[tail - 1] is ' ' or '.' or '_' || tail > start + 1 && s[tail - 1] == '-' && s[tail - 2] == ']')
            {
                tail--;
            }
        }
        if (tail <= start)
        {
            return null;
        }

        // "(... x265 - Frys)" / "(... 10bit AAC 5.1 Tigole)" / "... x265 10bit.Tigole)"
        var parenOpen = s[tail - 1] == ')' ? s.LastIndexOf('(', tail - 1) : -1;
        var parenStart = parenOpen >= titleEnd ? parenOpen + 1 : Math.Max(start, titleEnd);
        // "-VARYG (Blue Lock, Multi-Subs)": a trailing note in parentheses after the group
        if (s[tail - 1] == ')' && parenOpen > titleEnd && s.AsSpan(parenOpen, tail - parenOpen).Contains(',') && parenOpen > start)
        {
            return FindGroup(s, start, parenOpen, titleEnd, anime, out groupStart);
        }
        if (s[tail - 1] == ')' && parenStart <= tail - 1)
        {
            var innerStart = parenStart;
            var inner = s.AsSpan(innerStart, tail - 1 - innerStart);
            if (inner.EndsWith("]"))
            {
                var bracket = inner.LastIndexOf('[');
                if (bracket >= 0 && IsGroupLike(inner[(bracket + 1)..^1]))
                {
                    groupStart = innerStart + bracket;
                    return inner[(bracket + 1)..^1].ToString();
                }
            }
            var last = LastWord(inner, out var lastStart);
            if (!last.IsEmpty && HasTagBefore(inner[..lastStart]) && IsGroupLike(last) && !IsTag(last) && !last.EndsWith("FAKE", StringComparison.OrdinalIgnoreCase))
            {
                groupStart = innerStart + lastStart;
                return last.ToString();
            }
            var dash = DashGroup(s, innerStart, innerStart + inner.Length, titleEnd, out groupStart);
            return dash;
        }

        // "(...) QxR": one word after the last parenthesis
        var close = s.LastIndexOf(')', tail - 1);
        if (close > titleEnd && close < tail - 1)
        {
            var after = s.AsSpan(close + 1, tail - close - 1).Trim();
            if (!after.IsEmpty && !after.Contains(' ') && IsGroupLike(after) && !IsTag(after) && !after.Contains('-'))
            {
                groupStart = close + 1;
                return after.ToString();
            }
        }
        var dashed = DashGroup(s, start, tail, titleEnd, out groupStart);
        return dashed ?? SignedAfterTags(s, start, tail, titleEnd, out groupStart);
    }

    /// <summary>
    /// "… DTS-HD.MA.5.1.KRaLiMaRKo", "… AVC LMain", "… H.264.KCRT": P2P encoders that sign without a
    /// dash put their name last, right after the codec or audio tags.
    /// </summary>
    private static string? SignedAfterTags(string s, int start, int tail, int titleEnd, out int groupStart)
    {
        groupStart = tail;
        var text = s.AsSpan(start, tail - start);
        var last = LastWord(text, out var lastStart);
        // only after a dot: "XviD LOL" with a space is a word of the name, not a signature
        if (last.IsEmpty || lastStart == 0 || start + lastStart <= titleEnd || text[lastStart - 1] != '.')
        {
            return null;
        }
        var before = LastWord(text[..(lastStart - 1)], out _);
        if (!(IsCodec(before) || before is "1" or "0" or "MA" or "AVC") || IsTag(last) || last.EndsWith("DUB", StringComparison.OrdinalIgnoreCase) || last.EndsWith("DUBBED", StringComparison.OrdinalIgnoreCase) || char.IsAsciiDigit(last[0]) || !IsGroupLike(last) || Chars.IsAsciiDigits(last)
            || Languages.LanguageWords.IsLanguageName(last) || Languages.LanguageWords.Find(last, false) is not null || TagWords.IsMovieTag(last) || last.Length < 2
            || Text.NameCleaner.IsSite(last) || IsRepostSuffix(last) || !HasUpper(last))
        {
            return null;
        }
        groupStart = start + lastStart;
        return last.ToString();
    }

    private static bool HasUpper(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }

    private static string? DashGroup(string s, int start, int tail, int titleEnd, out int groupStart)
    {
        groupStart = tail;
        // a group sits at the end: looking further back only costs time on hostile input
        start = Math.Max(start, tail - 96);
        var text = s.AsSpan(start, tail - start);
        // a language written after the group by some reposters: -SKGTV English / -SKGTV.English
        var lastSep = text.LastIndexOfAny(' ', '.', '_');
        if (lastSep > 0 && Languages.LanguageWords.IsLanguageName(text[(lastSep + 1)..]) && text[..lastSep].LastIndexOf('-') > text[..lastSep].LastIndexOfAny(' ', '.'))
        {
            text = text[..lastSep];
        }
        // strip repost tags from the end: -NTb-Rakuv -> -NTb
        for (var guard = 0; guard < 4; guard++)
        {
            var d = text.LastIndexOf('-');
            if (d <= 0 || !IsRepostSuffix(text[(d + 1)..]) || text[..d].LastIndexOf('-') < 0)
            {
                break;
            }
            text = text[..d];
        }
        // -ZR- : a group in dashes
        if (text.EndsWith("-") && text.Length > 2)
        {
            var d0 = text[..^1].LastIndexOf('-');
            if (d0 >= 0 && IsGroupLike(text[(d0 + 1)..^1]))
            {
                groupStart = start + d0;
                return text[(d0 + 1)..^1].ToString();
            }
        }
        var dash = text.LastIndexOf('-');
        if (dash < 0 || start + dash < titleEnd)
        {
            return null;
        }
        // extend over hyphenated names: x264-Erai-raws, x264.-D-Z0N3, -Blu-bits
        var first = dash;
        for (var guard = 0; guard < 3; guard++)
        {
            var prev = text[..first].LastIndexOf('-');
            if (prev < 0)
            {
                break;
            }
            var between = text[(prev + 1)..first];
            if (between.IsEmpty || between.ContainsAny(" ._") || IsTag(between) || start + prev < titleEnd)
            {
                break;
            }
            var beforePrev = LastWord(text[..prev], out _);
            if (!IsTag(beforePrev) && !(prev > 0 && text[prev - 1] == '.'))
            {
                break;
            }
            first = prev;
        }
        if (first >= 2 && char.IsLetter(text[first - 1]) && text[first - 2] == '.' && first - 2 > 0 && start + first - 2 >= titleEnd)
        {
            // a group never starts with a one-letter word: "x264.D-Z0N3" is the group D-Z0N3
            first -= 2;
        }
        else if (first > 0)
        {
            // "H264.Fight-BB": a hyphenated group right after the codec
            var word = LastWord(text[..first], out var wordStart);
            if (wordStart > 1 && text[wordStart - 1] == '.' && !word.IsEmpty && char.IsLetter(word[0]) && !IsTag(word) && Languages.LanguageWords.Find(word, true) is null && !word.EndsWith("DUB", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("DUBBED", StringComparison.OrdinalIgnoreCase) && IsCodec(LastWord(text[..(wordStart - 1)], out _)) && start + wordStart > titleEnd)
            {
                first = wordStart - 1;
            }
        }
        var candidate = text[(first + 1)..].Trim();
        var spacedDash = first > 0 && text[first - 1] == ' ';
        var before = LastWord(text[..first].TrimEnd(' '), out _);
        if (candidate.IsEmpty || candidate.EndsWith("FAKE", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (candidate.Contains(' '))
        {
            // "-BEN THE MEN", "-Eml HDTeam": only right after a tag, and short
            if (text[first + 1] == ' ' || candidate.Count(' ') > 2 || !(IsTag(before) || IsCodec(before) || text[first - 1] == ']' || Languages.LanguageWords.IsLanguageName(before)))
            {
                return null;
            }
        }
        else if (spacedDash && !IsTag(before) && !(first > 1 && text[first - 2] == ')'))
        {
            return null;
        }
        if (candidate.Contains('.'))
        {
            foreach (var part in candidate.ToString().Split('.'))
            {
                if (part.Length == 0 || IsTag(part) || Chars.IsAsciiDigits(part) || part.Length > 4 && candidate.Length > 12)
                {
                    return null;
                }
            }
        }
        if (IsCodec(before) && !spacedDash && !candidate.Contains(' ') && candidate.Length <= 4 && IsStrongSourceWord(candidate))
        {
            // x264-BD, H.264-DL: after the codec the scene puts only the group, even one named like a tag
            groupStart = start + first;
            return candidate.ToString();
        }
        if (IsTag(candidate) || TagWords.IsResolution(candidate) || !IsGroupLike(candidate.ToString().Replace(" ", string.Empty, StringComparison.Ordinal)))
        {
            return null;
        }
        groupStart = start + first;
        return candidate.ToString();
    }

    // YTS.MX, YTS.LT, YTS.AG: the YTS group signs with its site's domain
    private static bool IsYts(ReadOnlySpan<char> w) => w.Length is >= 6 and <= 7 && w.StartsWith("YTS.", StringComparison.OrdinalIgnoreCase);

    private static bool IsCodec(ReadOnlySpan<char> w) =>
        w.Equals("x264", StringComparison.OrdinalIgnoreCase) || w.Equals("x265", StringComparison.OrdinalIgnoreCase) || w.Equals("h264", StringComparison.OrdinalIgnoreCase)
        || w.Equals("h265", StringComparison.OrdinalIgnoreCase) || w is "264" or "265" || w.Equals("XviD", StringComparison.OrdinalIgnoreCase) || w.Equals("HEVC", StringComparison.OrdinalIgnoreCase);

    private static bool IsStrongSourceWord(ReadOnlySpan<char> w) => w.Equals("BD", StringComparison.OrdinalIgnoreCase) || w.Equals("DL", StringComparison.OrdinalIgnoreCase) || w.Equals("WEB", StringComparison.OrdinalIgnoreCase);

    private static bool IsRepostSuffix(ReadOnlySpan<char> w) => RepostSuffixes.Contains(w);

    private static bool IsSiteTag(ReadOnlySpan<char> w)
    {
        if (SiteTags.Contains(w))
        {
            return true;
        }
        return w.Contains(".com", StringComparison.OrdinalIgnoreCase) || w.Contains(".to", StringComparison.OrdinalIgnoreCase) && !w.StartsWith("YTS", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsGroupLike(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty || w.Length > 30 || w.ContainsAny(" []()") || Chars.IsHex(w) && w.Length == 8 || IsTag(w) || TagWords.IsResolution(w) || IsQualityName(w))
        {
            return false;
        }
        var letters = 0;
        foreach (var c in w)
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '&' or '@'))
            {
                return false;
            }
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters > 0 || w.Length >= 4 && !w.Contains('.');
    }

    /// <summary>
    /// A quality written as one word (Bluray720p, WEBDL-1080p, 1080p-FLAC): what Sonarr, Radarr and
    /// Hearth write into file names, never a group.
    /// </summary>
    private static bool IsQualityName(ReadOnlySpan<char> w)
    {
        foreach (var range in w.Split('-'))
        {
            var part = w[range];
            if (part.Length != w.Length && (IsTag(part) || TagWords.IsResolution(part) || IsQualityPrefix(part)))
            {
                return true;
            }
        }
        var p = w.Length;
        if (p > 4 && w[^1] is 'p' or 'P')
        {
            p--;
            while (p > 0 && char.IsAsciiDigit(w[p - 1]))
            {
                p--;
            }
            return w.Length - 1 - p >= 3 && p > 0 && IsQualityPrefix(w[..p]);
        }
        return false;
    }

    private static bool IsQualityPrefix(ReadOnlySpan<char> w) =>
        w.Equals("Bluray", StringComparison.OrdinalIgnoreCase) || w.Equals("BD", StringComparison.OrdinalIgnoreCase) || w.Equals("WEBDL", StringComparison.OrdinalIgnoreCase)
        || w.Equals("WEBRip", StringComparison.OrdinalIgnoreCase) || w.Equals("HDTV", StringComparison.OrdinalIgnoreCase) || w.Equals("SDTV", StringComparison.OrdinalIgnoreCase)
        || w.Equals("Raw", StringComparison.OrdinalIgnoreCase) || w.Equals("DVD", StringComparison.OrdinalIgnoreCase);

    private static bool HasTagBefore(ReadOnlySpan<char> s)
    {
        foreach (var range in s.SplitAny(" .-_"))
        {
            if (IsTag(s[range]))
            {
                return true;
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> s, out int start)
    {
        s = s.TrimEnd(" -.");
        var sep = s.LastIndexOfAny(" .-_([");
        start = sep + 1;
        return s[(sep + 1)..];
    }

    /// <summary>Words that describe the file: never a group name.</summary>
    private static bool IsTag(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty)
        {
            return false;
        }
        if (TagWords.IsStrongTag(w) || Chars.IsAsciiDigits(w) && w.Length <= 2)
        {
            return true;
        }
        return Tags.Contains(w);
    }
}
