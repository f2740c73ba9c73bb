namespace Hearth.Releases.Groups;

/// <summary>
/// The group that made a release. Scene names end with "-GROUP"; P2P encoders put the group last
/// inside the tag parentheses or in a trailing bracket; anime puts it in front ([SubsPlease]).
/// Indexers and reposters append their own tags (-Rakuv, -postbot, [rartv]), which are not groups.
/// </summary>
internal static partial class ReleaseGroupScanner
{
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

    /// <summary>
    /// The places a group signs, tried from the end of the name: a subtitle credit, trailing brackets, the
    /// tag parentheses, one word after them, a dash, a last word after the codec. Where no group is found
    /// <paramref name="groupStart"/> means nothing (<see cref="Find"/> sets it).
    /// </summary>
    private static string? FindGroup(string s, int start, int end, int titleEnd, bool anime, out int groupStart)
    {
        groupStart = end;
        if (SoftsubsCredit(s, start, end) is { } credited)
        {
            return credited;
        }
        var tail = end;
        while (tail > start && s[tail - 1] is ' ' or '.' or '_')
        {
            tail--;
        }
        if (TrailingBracketGroup(s, start, ref tail, titleEnd, anime, out groupStart) is { } bracketed)
        {
            return bracketed;
        }
        if (tail <= start)
        {
            return null;
        }
        if (s[tail - 1] == ')' && TryParenthesesGroup(s, start, tail, titleEnd, anime, out var inParentheses, out groupStart))
        {
            return inParentheses;
        }
        return WordAfterParentheses(s, tail, titleEnd, out groupStart)
            ?? DashGroup(s, start, tail, titleEnd, out groupStart)
            ?? SignedAfterTags(s, start, tail, titleEnd, out groupStart);
    }

    // "[Softsubs (DHD)]": the encoder names itself in the subtitle credit
    private static string? SoftsubsCredit(string s, int start, int end)
    {
        var softsubs = s.AsSpan(start, end - start).LastIndexOf("Softsubs (", StringComparison.OrdinalIgnoreCase);
        if (softsubs < 0)
        {
            return null;
        }
        var from = start + softsubs + 10;
        var creditEnd = s.IndexOf(')', from, end - from);
        var credited = creditEnd > from ? s.AsSpan(from, creditEnd - from) : s.AsSpan(from, end - from).TrimEnd("]) ");
        return IsGroupLike(credited) || credited.Length > 2 && credited[0] == '-' && credited[^1] == '-' ? credited.ToString() : null;
    }

    /// <summary>
    /// A name ending in parentheses: "(... x265 - Frys)", "(... 10bit AAC 5.1 Tigole)", "... x265 10bit.Tigole)"
    /// (P2P encoders sign last inside the tag parentheses). False when the parentheses hold no tags to read.
    /// </summary>
    private static bool TryParenthesesGroup(string s, int start, int tail, int titleEnd, bool anime, out string? group, out int groupStart)
    {
        var open = s.LastIndexOf('(', tail - 1);
        // "-VARYG (Blue Lock, Multi-Subs)": a trailing note in parentheses after the group
        if (open > titleEnd && s.AsSpan(open, tail - open).Contains(',') && open > start)
        {
            group = FindGroup(s, start, open, titleEnd, anime, out groupStart);
            return true;
        }
        var innerStart = open >= titleEnd ? open + 1 : Math.Max(start, titleEnd);
        if (innerStart > tail - 1)
        {
            group = null;
            groupStart = tail;
            return false;
        }
        group = SignedInParentheses(s, innerStart, tail - 1, out groupStart) ?? DashGroup(s, innerStart, tail - 1, titleEnd, out groupStart);
        return true;
    }

    // "(… [GROUP])" or "(… 10bit AAC 5.1 Tigole)": the group last, after the tags
    private static string? SignedInParentheses(string s, int innerStart, int innerEnd, out int groupStart)
    {
        groupStart = innerEnd;
        var inner = s.AsSpan(innerStart, innerEnd - innerStart);
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
        return null;
    }

    // "(...) QxR": one word after the last parenthesis
    private static string? WordAfterParentheses(string s, int tail, int titleEnd, out int groupStart)
    {
        groupStart = tail;
        var close = s.LastIndexOf(')', tail - 1);
        if (close <= titleEnd || close >= tail - 1)
        {
            return null;
        }
        var after = s.AsSpan(close + 1, tail - close - 1).Trim();
        if (after.IsEmpty || after.Contains(' ') || !IsGroupLike(after) || IsTag(after) || after.Contains('-'))
        {
            return null;
        }
        groupStart = close + 1;
        return after.ToString();
    }
}
