using System.Globalization;
using System.Text;

namespace Hearth.Access.Users;

/// <summary>
/// What a user name may hold. A name is shown to others (the "who's watching" tiles, the admin's list) and
/// typed at sign-in, so it must look like exactly one thing: no control or invisible characters (zero-width
/// spaces, joiners, direction overrides), no compatibility look-alikes (full-width letters, ligatures), no
/// runs of spaces, and letters from one writing system (a Cyrillic "а" inside a Latin "admin" is refused).
/// </summary>
public static class UserNames
{
    public static (string? Name, string? Problem) Check(string? raw, int maxLength)
    {
        var name = (raw ?? string.Empty).Trim();
        if (name.Length == 0 || name.Length > maxLength)
        {
            return (null, $"A user name is 1 to {maxLength} characters.");
        }

        foreach (var rune in name.EnumerateRunes())
        {
            if (IsInvisible(rune))
            {
                return (null, $"A user name cannot hold control or invisible characters (U+{rune.Value:X4}).");
            }
        }

        // the process runs without ICU (invariant globalization), so Unicode normalization is not at hand:
        // the compatibility blocks and decomposed accents are refused by range instead
        var runes = name.EnumerateRunes().ToList();
        for (var i = 0; i < runes.Count; i++)
        {
            if (IsCompatibilityForm(runes[i]))
            {
                return (null, $"A user name cannot hold look-alike forms of letters (full-width letters, ligatures, superscripts, U+{runes[i].Value:X4}); type plain letters.");
            }

            if (i > 0 && Rune.GetUnicodeCategory(runes[i]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark && Script(runes[i - 1]) is "Latin" or "Greek" or "Cyrillic")
            {
                return (null, "A user name cannot put an accent on a letter as a separate character (a look-alike of the accented letter); type the accented letter itself.");
            }
        }

        if (name.Contains("  ", StringComparison.Ordinal))
        {
            return (null, "A user name cannot hold two spaces in a row.");
        }

        var scripts = name.EnumerateRunes().Select(Script).Where(s => s is not null).Distinct().ToList();
        if (scripts.Count > 1 && !IsOneWritingSystem(scripts!))
        {
            return (null, $"A user name uses letters of one alphabet only (this one mixes {string.Join(" and ", scripts)}), so it cannot pass for another name.");
        }

        return (name, null);
    }

    // Halfwidth and Fullwidth Forms, Alphabetic Presentation Forms (ligatures), superscripts and subscripts,
    // Letterlike Symbols, Enclosed Alphanumerics, CJK Compatibility, Mathematical Alphanumeric Symbols,
    // modifier letters (ʰ ˢ), and Latin-1's ª º ¹ ² ³ µ
    private static bool IsCompatibilityForm(Rune rune) => rune.Value is
        (>= 0xFF01 and <= 0xFFEE) or (>= 0xFB00 and <= 0xFB4F) or (>= 0x2070 and <= 0x209F) or (>= 0x2100 and <= 0x214F)
        or (>= 0x2460 and <= 0x24FF) or (>= 0x3300 and <= 0x33FF) or (>= 0x1D400 and <= 0x1D7FF) or (>= 0x02B0 and <= 0x02FF)
        or (>= 0x1D2C and <= 0x1D6A) or 0xAA or 0xBA or 0xB9 or 0xB2 or 0xB3 or 0xB5 or 0x017F;

    private static bool IsInvisible(Rune rune)
    {
        if (rune.Value == ' ')
        {
            return false;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => true,
            // Hangul fillers and the braille blank draw nothing but are letters or symbols
            _ => rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800 or 0x034F,
        };
    }

    // Japanese writes Han with kana, Korean Han with Hangul: one writing system each
    private static bool IsOneWritingSystem(List<string> scripts) =>
        scripts.All(s => s is "Han" or "Hiragana" or "Katakana") || scripts.All(s => s is "Han" or "Hangul");

    /// <summary>The script of a letter, or null for what every script shares (digits, punctuation, marks, spaces).</summary>
    private static string? Script(Rune rune)
    {
        if (!Rune.IsLetter(rune))
        {
            return null;
        }

        var c = rune.Value;
        return c switch
        {
            <= 0x024F or (>= 0x1E00 and <= 0x1EFF) or (>= 0x2C60 and <= 0x2C7F) or (>= 0xA720 and <= 0xA7FF) or (>= 0xAB30 and <= 0xAB6F) => "Latin",
            (>= 0x0250 and <= 0x02AF) or (>= 0x1D00 and <= 0x1DBF) => "Latin",
            (>= 0x0370 and <= 0x03FF) or (>= 0x1F00 and <= 0x1FFF) => "Greek",
            (>= 0x0400 and <= 0x052F) or (>= 0x1C80 and <= 0x1C8F) or (>= 0x2DE0 and <= 0x2DFF) or (>= 0xA640 and <= 0xA69F) => "Cyrillic",
            >= 0x0530 and <= 0x058F => "Armenian",
            >= 0x0590 and <= 0x05FF => "Hebrew",
            (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) or (>= 0x08A0 and <= 0x08FF) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) => "Arabic",
            >= 0x0900 and <= 0x0DFF => "Indic " + (((c - 0x0900) / 0x80) + 1),
            >= 0x0E00 and <= 0x0E7F => "Thai",
            >= 0x10A0 and <= 0x10FF => "Georgian",
            (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F) or (>= 0xAC00 and <= 0xD7AF) => "Hangul",
            >= 0x3040 and <= 0x309F => "Hiragana",
            (>= 0x30A0 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) => "Katakana",
            (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF) => "Han",
            _ => "script block " + (c >> 7),
        };
    }
}
