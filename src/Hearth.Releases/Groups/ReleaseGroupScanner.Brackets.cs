using Hearth.Releases.Languages;
using Hearth.Releases.Text;

namespace Hearth.Releases.Groups;

/// <summary>Groups in trailing brackets: [GROUP], [-ZR-], [YTS.MX], or signed last inside a bracket of tags.</summary>
internal static partial class ReleaseGroupScanner
{
    /// <summary>
    /// Reads the trailing brackets from the last one back: a site or tag bracket is skipped, a group-like
    /// one is the group. <paramref name="tail"/> moves to before the brackets read.
    /// </summary>
    private static string? TrailingBracketGroup(string s, int start, ref int tail, int titleEnd, bool anime, out int groupStart)
    {
        groupStart = tail;
        // a bracket of tags ([AC3 5.1 Castellano]) comes after the group, never before it
        var sawTags = false;
        for (var guard = 0; guard < 8 && tail > start && s[tail - 1] == ']'; guard++)
        {
            var open = s.LastIndexOf('[', tail - 1);
            if (open < start || open < titleEnd)
            {
                break;
            }
            if (BracketGroup(s, open, tail, titleEnd, plainGroup: !anime && !sawTags, out groupStart) is { } group)
            {
                return group;
            }
            var inner = s.AsSpan(open + 1, tail - open - 2).Trim();
            sawTags |= !IsSiteTag(inner) && !NameCleaner.IsSite(inner) && !(inner.Length == 8 && Chars.IsHex(inner));
            tail = open;
            while (tail > start && s[tail - 1] is ' ' or '.' or '_' || tail > start + 1 && s[tail - 1] == '-' && s[tail - 2] == ']')
            {
                tail--;
            }
        }
        return null;
    }

    /// <param name="plainGroup">
    /// A bracket holding only a name may be the group: not in anime (whose group is in front) and not
    /// before a bracket of tags.
    /// </param>
    private static string? BracketGroup(string s, int open, int tail, int titleEnd, bool plainGroup, out int groupStart)
    {
        groupStart = open;
        var inner = s.AsSpan(open + 1, tail - open - 2).Trim();
        if (plainGroup && open > titleEnd && IsSignedLast(inner, out var signature, out var signatureStart))
        {
            groupStart = open + 1 + (inner.Length == tail - open - 2 ? 0 : s.AsSpan(open + 1).IndexOf(inner)) + signatureStart;
            return signature.ToString();
        }
        if (plainGroup && IsGroupLike(inner) && (IsYts(inner) || !IsSiteTag(inner) && !NameCleaner.IsSite(inner)) && !inner.StartsWith("-"))
        {
            return inner.ToString();
        }
        if (inner.Length > 2 && inner[0] == '-' && inner[^1] == '-' && IsGroupLike(inner[1..^1]))
        {
            return inner.ToString();
        }
        if (inner.Length > 2 && inner[0] == '-' && IsYts(inner[1..]) || IsYts(inner))
        {
            return inner.TrimStart('-').ToString();
        }
        return null;
    }

    // "[2160p x265 10bit S82 Joy]": P2P encoders sign last inside the tag bracket, after a space
    private static bool IsSignedLast(ReadOnlySpan<char> inner, out ReadOnlySpan<char> signature, out int signatureStart)
    {
        signature = LastWord(inner, out signatureStart);
        return !signature.IsEmpty && signatureStart > 0 && inner[signatureStart - 1] == ' ' && HasTagBefore(inner[..signatureStart]) && IsGroupLike(signature)
            && !IsTag(signature) && !LanguageWords.IsLanguageName(signature) && LanguageWords.Find(signature, true) is null;
    }
}
