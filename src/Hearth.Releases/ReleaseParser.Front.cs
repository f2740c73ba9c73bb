using Hearth.Releases.Text;

namespace Hearth.Releases;

/// <summary>What surrounds the release proper: site prefixes, the anime [SubGroup], a season marker, the trailing [CRC32].</summary>
public static partial class ReleaseParser
{
    /// <summary>Finds where the release proper starts and ends, and cuts it into words.</summary>
    private static NameParts ReadFront(string name, int end)
    {
        var start = NameCleaner.SkipPrefix(name, 0, end);
        var subGroup = ReadSubGroup(name, ref start, end);
        start = SkipSeasonMarker(name, start, end);
        var hashEnd = end;
        var hash = FindHash(name, start, ref hashEnd);
        return new NameParts
        {
            Name = name,
            Start = start,
            End = end,
            HashEnd = hashEnd,
            SubGroup = subGroup,
            Hash = hash,
            Scan = new Scan(name, start, hashEnd),
            TitleStart = start,
        };
    }

    // [SubGroup] in front: anime fansubs; a bracket of tags ([1080p]) is skipped, but names no group
    private static string? ReadSubGroup(string name, ref int start, int end)
    {
        if (start >= end || name[start] != '[')
        {
            return null;
        }
        var close = name.IndexOf(']', start);
        if (close <= start + 1 || close >= end - 1)
        {
            return null;
        }
        var inner = name.AsSpan(start + 1, close - start - 1).Trim();
        start = close + 1;
        return IsTagBracket(inner) ? null : inner.ToString();
    }

    /// <summary>"★10月新番★", "[10月新番]": Chinese fansubs mark the broadcast season ("new in October") before the title.</summary>
    private static int SkipSeasonMarker(string name, int start, int end)
    {
        var p = start;
        while (p < end && name[p] is ' ' or '★' or '☆')
        {
            p++;
        }
        var bracket = p < end && name[p] == '[';
        var q = bracket ? p + 1 : p;
        var digits = 0;
        while (q < end && char.IsAsciiDigit(name[q]))
        {
            q++;
            digits++;
        }
        if (digits is 0 or > 2 || !name.AsSpan(q, Math.Min(3, end - q)).SequenceEqual("月新番"))
        {
            return start;
        }
        q += 3;
        if (bracket && q < end && name[q] == ']')
        {
            q++;
        }
        while (q < end && name[q] is ' ' or '★' or '☆')
        {
            q++;
        }
        return q;
    }

    private static bool IsTagBracket(ReadOnlySpan<char> inner) =>
        inner.Equals("BD", StringComparison.OrdinalIgnoreCase) || inner.Contains("Dolby", StringComparison.OrdinalIgnoreCase) || TagWords.IsStrongTag(inner) || TagWords.IsResolution(inner);

    private static string? FindHash(string name, int start, ref int end)
    {
        for (var i = end - 1; i >= start + 9; i--)
        {
            if (name[i] is ']' or ')' && name[i - 9] is '[' or '(' && Chars.IsHex(name.AsSpan(i - 8, 8)))
            {
                var hash = name.Substring(i - 8, 8);
                if (i == end - 1 || name.AsSpan(i + 1, end - i - 1).Trim().IsEmpty)
                {
                    end = i - 9;
                }
                return hash;
            }
        }
        return null;
    }
}
