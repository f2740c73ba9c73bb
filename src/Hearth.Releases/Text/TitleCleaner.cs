using System.Text;

namespace Hearth.Releases.Text;

/// <summary>Makes a readable title from the words before the numbering, and the normalized form used for matching.</summary>
internal static class TitleCleaner
{
    public static string Clean(ReadOnlySpan<char> raw)
    {
        var whole = raw.TrimEnd(" _-");
        // U.N.C.L.E., R.I.P.D.: the last dot of an acronym belongs to it
        var acronym = whole.Length >= 4 && whole[^1] == '.' && char.IsLetter(whole[^2]) && whole[^3] == '.' && char.IsLetter(whole[^4]) && (whole.Length == 4 || whole[^5] is '.' or ' ');
        raw = TrimEdges(raw);
        if (raw.IsEmpty)
        {
            return string.Empty;
        }
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '_')
            {
                c = ' ';
            }
            else if (c == '.' && !IsAcronymDot(raw, i))
            {
                if (EndsAcronym(raw, i) || IsAbbreviation(raw, i))
                {
                    // A.I.Artificial, Dr.Dolittle: the dot closes the acronym or abbreviation, then a space
                    sb.Append(". ");
                    continue;
                }
                c = ' ';
            }
            else if (c == '?')
            {
                continue;
            }
            else if (c is '<' or '>')
            {
                // "<나는 솔로>": angle quotes around an original title are not part of it
                c = ' ';
            }
            if (c == ' ' && (sb.Length == 0 || sb[^1] == ' '))
            {
                continue;
            }
            sb.Append(c);
        }
        var text = sb.ToString().Trim();
        var trimmed = TrimEdges(text).ToString();
        if (trimmed.Length > 6 && trimmed[^5] == '(' && Chars.IsYear(trimmed.AsSpan(trimmed.Length - 4), out _))
        {
            // "Title (2016/S01/WEB-DL)": the year opens the tag list but belongs to the title
            trimmed += ")";
        }
        return acronym && trimmed.Length > 0 && char.IsLetter(trimmed[^1]) ? trimmed + "." : trimmed;
    }

    // "A.I.Artificial": a dot after an acronym's last letter, before a longer word
    private static bool EndsAcronym(ReadOnlySpan<char> s, int i) =>
        i >= 3 && char.IsLetter(s[i - 1]) && s[i - 2] == '.' && char.IsLetter(s[i - 3]) && (i == 3 || s[i - 4] is '.' or ' ')
        && i + 2 < s.Length && (char.IsLetter(s[i + 1]) && char.IsLetter(s[i + 2]) || char.IsAsciiDigit(s[i + 1]));

    private static readonly string[] Abbreviations = ["Dr", "Mr", "Mrs", "Ms", "Jr", "Sr", "St"];

    // Dr.Dolittle, Mr.Smith: a title abbreviation keeps its dot
    private static bool IsAbbreviation(ReadOnlySpan<char> s, int i)
    {
        var start = i;
        while (start > 0 && char.IsLetter(s[start - 1]))
        {
            start--;
        }
        if (start > 0 && s[start - 1] is not ('.' or ' ' or '_') || i + 1 >= s.Length || !char.IsUpper(s[i + 1]))
        {
            return false;
        }
        var word = s[start..i];
        foreach (var a in Abbreviations)
        {
            if (word.SequenceEqual(a))
            {
                return true;
            }
        }
        return false;
    }

    // R.I.P.D.: dots between single letters belong to the acronym
    private static bool IsAcronymDot(ReadOnlySpan<char> s, int i)
    {
        var singleBefore = i >= 1 && char.IsLetter(s[i - 1]) && (i == 1 || s[i - 2] is '.' or ' ');
        if (!singleBefore)
        {
            return false;
        }
        var singleAfter = i + 1 < s.Length && char.IsLetter(s[i + 1]) && (i + 2 == s.Length || s[i + 2] is '.');
        var previousDot = i >= 2 && s[i - 2] == '.';
        return singleAfter || (previousDot && (i + 1 == s.Length || s[i + 1] is '.' or ' '));
    }

    private static ReadOnlySpan<char> TrimEdges(ReadOnlySpan<char> s)
    {
        while (!s.IsEmpty && s[^1] is ' ' or '.' or '_' or '-' or '[' or '(' or '{' or '/' or ',' or '~' or '|' or ':' or '+' or '#')
        {
            s = s[..^1];
        }
        while (!s.IsEmpty && s[0] is ' ' or '.' or '_' or '-' or ']' or ')' or '/' or ',' or '~' or '|' or '★')
        {
            s = s[1..];
        }
        // an unmatched opening bracket at the end: "Title (" or "Title [2020"
        var open = s.LastIndexOfAny('(', '[');
        if (open >= 0 && s[open..].IndexOfAny(')', ']') < 0 && !(s[open] == '(' && s.Length - open == 5 && Chars.IsYear(s[(open + 1)..], out _)))
        {
            s = s[..open].TrimEnd(" ._-");
        }
        return s;
    }

    private static readonly string[] DroppedWords = ["the", "a", "an", "and", "or", "of"];

    /// <summary>Lower-case letters and digits only, articles and joining words dropped after the first word: "The Series and Co." becomes "theseriesco".</summary>
    public static string Normalize(string title)
    {
        var sb = new StringBuilder(title.Length);
        var word = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (Accents.Fold(c) is { } folded)
            {
                if (folded.Length == 0)
                {
                    Flush(sb, word);
                }
                word.Append(folded);
            }
            else if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }
            else
            {
                Flush(sb, word);
            }
        }
        Flush(sb, word);
        return sb.Length == 0 ? title.ToLowerInvariant() : sb.ToString();
    }

    private static void Flush(StringBuilder sb, StringBuilder word)
    {
        if (word.Length == 0)
        {
            return;
        }
        var w = word.ToString();
        // the first word is kept even when it is an article ("The Office" is not "Office")
        if (sb.Length == 0 || Array.IndexOf(DroppedWords, w) < 0)
        {
            sb.Append(w);
        }
        word.Clear();
    }
}
