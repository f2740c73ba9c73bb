namespace Hearth.Releases.Text;

/// <summary>Small span helpers for reading numbers and shapes out of words without allocating.</summary>
internal static class Chars
{
    public static bool IsAsciiDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Reads leading ASCII digits (at most 9) into a number; returns how many digits were read.</summary>
    public static int ReadNumber(ReadOnlySpan<char> s, int from, out int value)
    {
        value = 0;
        var i = from;
        while (i < s.Length && i - from < 9 && char.IsAsciiDigit(s[i]))
        {
            value = (value * 10) + (s[i] - '0');
            i++;
        }
        return i - from;
    }

    public static bool TryNumber(ReadOnlySpan<char> s, out int value) =>
        ReadNumber(s, 0, out value) == s.Length && s.Length > 0;

    public static bool IsYear(ReadOnlySpan<char> s, out int year) =>
        s.Length == 4 && TryNumber(s, out year) && year is >= 1880 and <= 2099 || Fail(out year);

    public static bool StartsWith(ReadOnlySpan<char> s, string prefix) =>
        s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    public static bool EndsWith(ReadOnlySpan<char> s, string suffix) =>
        s.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    public static bool IsHex(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }
        return !s.IsEmpty;
    }

    private static bool Fail(out int value)
    {
        value = 0;
        return false;
    }
}
