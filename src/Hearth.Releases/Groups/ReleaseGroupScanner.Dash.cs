using Hearth.Releases.Languages;
using Hearth.Releases.Text;

namespace Hearth.Releases.Groups;

/// <summary>Scene groups after the last dash (-NTb, -Erai-raws, x264.D-Z0N3), and P2P signatures after the codec.</summary>
internal static partial class ReleaseGroupScanner
{
    private static string? DashGroup(string s, int start, int tail, int titleEnd, out int groupStart)
    {
        groupStart = tail;
        // a group sits at the end: looking further back only costs time on hostile input
        start = Math.Max(start, tail - 96);
        var text = WithoutRepostTags(s.AsSpan(start, tail - start));
        // -ZR- : a group in dashes
        var dashed = DashedGroupStart(text);
        if (dashed >= 0)
        {
            groupStart = start + dashed;
            return text[(dashed + 1)..^1].ToString();
        }
        var first = GroupDash(text, start, titleEnd);
        if (first < 0)
        {
            return null;
        }
        var candidate = text[(first + 1)..].Trim();
        if (!IsDashCandidate(text, first, candidate))
        {
            return null;
        }
        groupStart = start + first;
        return candidate.ToString();
    }

    // what reposters write after the group: a language (-SKGTV English, -SKGTV.English) and their own tags (-NTb-Rakuv)
    private static ReadOnlySpan<char> WithoutRepostTags(ReadOnlySpan<char> text)
    {
        var lastSep = text.LastIndexOfAny(' ', '.', '_');
        if (lastSep > 0 && LanguageWords.IsLanguageName(text[(lastSep + 1)..]) && text[..lastSep].LastIndexOf('-') > text[..lastSep].LastIndexOfAny(' ', '.'))
        {
            text = text[..lastSep];
        }
        for (var guard = 0; guard < 4; guard++)
        {
            var d = text.LastIndexOf('-');
            if (d <= 0 || !IsRepostSuffix(text[(d + 1)..]) || text[..d].LastIndexOf('-') < 0)
            {
                break;
            }
            text = text[..d];
        }
        return text;
    }

    // the dash in front of a group written between dashes (-ZR-), or -1
    private static int DashedGroupStart(ReadOnlySpan<char> text)
    {
        if (!text.EndsWith("-") || text.Length <= 2)
        {
            return -1;
        }
        var open = text[..^1].LastIndexOf('-');
        return open >= 0 && IsGroupLike(text[(open + 1)..^1]) ? open : -1;
    }

    /// <summary>The dash the group follows (the last one, moved back over a hyphenated name or a one-letter first word), or -1.</summary>
    private static int GroupDash(ReadOnlySpan<char> text, int start, int titleEnd)
    {
        var dash = text.LastIndexOf('-');
        if (dash < 0 || start + dash < titleEnd)
        {
            return -1;
        }
        var first = OverHyphenatedName(text, dash, start, titleEnd);
        if (first >= 2 && char.IsLetter(text[first - 1]) && text[first - 2] == '.' && first - 2 > 0 && start + first - 2 >= titleEnd)
        {
            // a group never starts with a one-letter word: "x264.D-Z0N3" is the group D-Z0N3
            return first - 2;
        }
        return first > 0 ? AfterCodec(text, first, start, titleEnd) : first;
    }

    // x264-Erai-raws, x264.-D-Z0N3, -Blu-bits: a group whose name has dashes in it
    private static int OverHyphenatedName(ReadOnlySpan<char> text, int dash, int start, int titleEnd)
    {
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
        return first;
    }

    // "H264.Fight-BB": a hyphenated group right after the codec starts at the codec's dot
    private static int AfterCodec(ReadOnlySpan<char> text, int first, int start, int titleEnd)
    {
        var word = LastWord(text[..first], out var wordStart);
        var afterCodec = wordStart > 1 && text[wordStart - 1] == '.' && !word.IsEmpty && char.IsLetter(word[0]) && !IsTag(word) && LanguageWords.Find(word, true) is null
            && !IsDubbed(word) && IsCodec(LastWord(text[..(wordStart - 1)], out _)) && start + wordStart > titleEnd;
        return afterCodec ? wordStart - 1 : first;
    }

    /// <summary>Whether the words after the dash read as a group: short, no tag, and spaced only right after a tag.</summary>
    private static bool IsDashCandidate(ReadOnlySpan<char> text, int first, ReadOnlySpan<char> candidate)
    {
        var spacedDash = first > 0 && text[first - 1] == ' ';
        var before = LastWord(text[..first].TrimEnd(' '), out _);
        if (candidate.IsEmpty || candidate.EndsWith("FAKE", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (candidate.Contains(' '))
        {
            // "-BEN THE MEN", "-Eml HDTeam": only right after a tag, and short (a dash that opens the text follows nothing)
            if (text[first + 1] == ' ' || candidate.Count(' ') > 2 || !(IsTag(before) || IsCodec(before) || first > 0 && text[first - 1] == ']' || LanguageWords.IsLanguageName(before)))
            {
                return false;
            }
        }
        else if (spacedDash && !IsTag(before) && !(first > 1 && text[first - 2] == ')'))
        {
            return false;
        }
        if (candidate.Contains('.') && !HasNameParts(candidate))
        {
            return false;
        }
        if (IsCodec(before) && !spacedDash && !candidate.Contains(' ') && candidate.Length <= 4 && IsStrongSourceWord(candidate))
        {
            // x264-BD, H.264-DL: after the codec the scene puts only the group, even one named like a tag
            return true;
        }
        return !IsTag(candidate) && !TagWords.IsResolution(candidate) && IsGroupLike(candidate.ToString().Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    // "Grp.Name" may be a group; "x264.AAC", "1.0" or long dotted words are tags and titles
    private static bool HasNameParts(ReadOnlySpan<char> candidate)
    {
        foreach (var part in candidate.ToString().Split('.'))
        {
            if (part.Length == 0 || IsTag(part) || Chars.IsAsciiDigits(part) || part.Length > 4 && candidate.Length > 12)
            {
                return false;
            }
        }
        return true;
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
        if (!(IsCodec(before) || before is "1" or "0" or "MA" or "AVC") || !IsSignature(last))
        {
            return null;
        }
        groupStart = start + lastStart;
        return last.ToString();
    }

    // a name with a capital, not a tag, a language, a dub, a number, a site or a reposter's tag
    private static bool IsSignature(ReadOnlySpan<char> last) =>
        !IsTag(last) && !IsDubbed(last) && !char.IsAsciiDigit(last[0]) && IsGroupLike(last) && !Chars.IsAsciiDigits(last)
        && !LanguageWords.IsLanguageName(last) && LanguageWords.Find(last, false) is null && !TagWords.IsMovieTag(last) && last.Length >= 2
        && !NameCleaner.IsSite(last) && !IsRepostSuffix(last) && HasUpper(last);
}
