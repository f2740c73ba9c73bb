namespace Hearth.Releases.Text;

/// <summary>
/// Latin letters with diacritics folded to their base letters ("é" to "e", "ß" to "ss", "Œ" to "oe"). Hearth runs
/// with invariant globalization, where <see cref="string.Normalize()"/> decomposes nothing, so titles are folded
/// with this table (Latin-1 Supplement and Latin Extended-A, the letters of Western and Central European titles).
/// </summary>
internal static class Accents
{
    private const int First = 0xC0;

    // one entry per code point from U+00C0 to U+017F, lower-case; "" where the character is no letter (× ÷)
    private static readonly string[] Folded = Build();

    private static string[] Build()
    {
        var map = new string[0x180 - First];
        void Set(int from, int to, string letter)
        {
            for (var c = from; c <= to; c++)
            {
                map[c - First] = letter;
            }
        }
        foreach (var offset in new[] { 0x00, 0x20 })
        {
            Set(0xC0 + offset, 0xC5 + offset, "a");
            Set(0xC6 + offset, 0xC6 + offset, "ae");
            Set(0xC7 + offset, 0xC7 + offset, "c");
            Set(0xC8 + offset, 0xCB + offset, "e");
            Set(0xCC + offset, 0xCF + offset, "i");
            Set(0xD0 + offset, 0xD0 + offset, "d");
            Set(0xD1 + offset, 0xD1 + offset, "n");
            Set(0xD2 + offset, 0xD6 + offset, "o");
            Set(0xD7 + offset, 0xD7 + offset, "");
            Set(0xD8 + offset, 0xD8 + offset, "o");
            Set(0xD9 + offset, 0xDC + offset, "u");
            Set(0xDD + offset, 0xDD + offset, "y");
            Set(0xDE + offset, 0xDE + offset, "th");
        }
        Set(0xDF, 0xDF, "ss");
        Set(0xFF, 0xFF, "y");
        Set(0x100, 0x105, "a");
        Set(0x106, 0x10D, "c");
        Set(0x10E, 0x111, "d");
        Set(0x112, 0x11B, "e");
        Set(0x11C, 0x123, "g");
        Set(0x124, 0x127, "h");
        Set(0x128, 0x131, "i");
        Set(0x132, 0x133, "ij");
        Set(0x134, 0x135, "j");
        Set(0x136, 0x138, "k");
        Set(0x139, 0x142, "l");
        Set(0x143, 0x14B, "n");
        Set(0x14C, 0x151, "o");
        Set(0x152, 0x153, "oe");
        Set(0x154, 0x159, "r");
        Set(0x15A, 0x161, "s");
        Set(0x162, 0x167, "t");
        Set(0x168, 0x173, "u");
        Set(0x174, 0x175, "w");
        Set(0x176, 0x178, "y");
        Set(0x179, 0x17E, "z");
        Set(0x17F, 0x17F, "s");
        return map;
    }

    /// <summary>The base letters of <paramref name="c"/>, lower-case; null when it has no diacritic to fold.</summary>
    public static string? Fold(char c) => c is >= (char)First and < (char)0x180 ? Folded[c - First] : null;
}
