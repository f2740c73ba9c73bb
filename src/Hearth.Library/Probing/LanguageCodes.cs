namespace Hearth.Library.Probing;

/// <summary>
/// Normalises language tags to ISO 639-2/B codes, the form ffprobe reports from Matroska (<c>eng</c>,
/// <c>ger</c>, <c>fre</c>), so embedded and external tracks compare equal and a user preference matches both.
/// </summary>
public static class LanguageCodes
{
    // (639-2/B, 639-1, 639-2/T when it differs, English names): the languages people actually tag media with.
    private static readonly (string B, string One, string? T, string[] Names)[] Table =
    [
        ("eng", "en", null, ["english"]),
        ("fre", "fr", "fra", ["french", "francais", "français"]),
        ("ger", "de", "deu", ["german", "deutsch"]),
        ("spa", "es", null, ["spanish", "espanol", "español", "castellano"]),
        ("ita", "it", null, ["italian", "italiano"]),
        ("por", "pt", null, ["portuguese", "portugues", "português", "brazilian"]),
        ("dut", "nl", "nld", ["dutch", "nederlands", "flemish"]),
        ("swe", "sv", null, ["swedish", "svenska"]),
        ("nor", "no", null, ["norwegian", "norsk"]),
        ("nob", "nb", null, ["bokmal", "bokmål"]),
        ("dan", "da", null, ["danish", "dansk"]),
        ("fin", "fi", null, ["finnish", "suomi"]),
        ("ice", "is", "isl", ["icelandic"]),
        ("pol", "pl", null, ["polish", "polski"]),
        ("cze", "cs", "ces", ["czech"]),
        ("slo", "sk", "slk", ["slovak"]),
        ("slv", "sl", null, ["slovenian", "slovene"]),
        ("hun", "hu", null, ["hungarian", "magyar"]),
        ("rum", "ro", "ron", ["romanian"]),
        ("bul", "bg", null, ["bulgarian"]),
        ("hrv", "hr", null, ["croatian"]),
        ("srp", "sr", null, ["serbian"]),
        ("bos", "bs", null, ["bosnian"]),
        ("mac", "mk", "mkd", ["macedonian"]),
        ("alb", "sq", "sqi", ["albanian"]),
        ("gre", "el", "ell", ["greek"]),
        ("tur", "tr", null, ["turkish"]),
        ("rus", "ru", null, ["russian"]),
        ("ukr", "uk", null, ["ukrainian"]),
        ("bel", "be", null, ["belarusian"]),
        ("est", "et", null, ["estonian"]),
        ("lav", "lv", null, ["latvian"]),
        ("lit", "lt", null, ["lithuanian"]),
        ("ara", "ar", null, ["arabic"]),
        ("heb", "he", null, ["hebrew"]),
        ("per", "fa", "fas", ["persian", "farsi"]),
        ("hin", "hi", null, ["hindi"]),
        ("ben", "bn", null, ["bengali"]),
        ("tam", "ta", null, ["tamil"]),
        ("tel", "te", null, ["telugu"]),
        ("urd", "ur", null, ["urdu"]),
        ("tha", "th", null, ["thai"]),
        ("vie", "vi", null, ["vietnamese"]),
        ("ind", "id", null, ["indonesian"]),
        ("may", "ms", "msa", ["malay"]),
        ("fil", "tl", "tgl", ["filipino", "tagalog"]),
        ("chi", "zh", "zho", ["chinese", "mandarin", "cantonese"]),
        ("jpn", "ja", null, ["japanese"]),
        ("kor", "ko", null, ["korean"]),
        ("cat", "ca", null, ["catalan"]),
        ("baq", "eu", "eus", ["basque"]),
        ("glg", "gl", null, ["galician"]),
        ("wel", "cy", "cym", ["welsh"]),
        ("gle", "ga", null, ["irish"]),
        ("afr", "af", null, ["afrikaans"]),
        ("swa", "sw", null, ["swahili"]),
        ("lat", "la", null, ["latin"]),
    ];

    private static readonly Dictionary<string, string> Lookup = BuildLookup();

    /// <summary>
    /// The ISO 639-2/B code for a tag such as <c>en</c>, <c>eng</c>, <c>English</c>, <c>deu</c> or
    /// <c>pt-BR</c>; null for empty or "undetermined"; null for anything not recognised.
    /// </summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var key = tag.Trim().ToLowerInvariant();
        if (Lookup.TryGetValue(key, out var code))
        {
            return code;
        }

        // a region or script subtag (pt-BR, zh-Hant, en_US) does not change the base language
        var cut = key.IndexOfAny(['-', '_']);
        return cut > 0 && Lookup.TryGetValue(key[..cut], out code) ? code : null;
    }

    /// <summary>
    /// Like <see cref="Normalize"/>, but keeps an unknown well-formed three-letter code as it is: ffprobe's
    /// tags are ISO codes already, and a rare language is better kept than dropped.
    /// </summary>
    public static string? NormalizeTag(string? tag)
    {
        var code = Normalize(tag);
        if (code is not null || string.IsNullOrWhiteSpace(tag))
        {
            return code;
        }

        var trimmed = tag.Trim().ToLowerInvariant();
        return trimmed.Length == 3 && trimmed.All(char.IsAsciiLetterLower) && trimmed is not ("und" or "zxx" or "mul" or "mis")
            ? trimmed
            : null;
    }

    private static Dictionary<string, string> BuildLookup()
    {
        var lookup = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (b, one, t, names) in Table)
        {
            lookup[b] = b;
            lookup[one] = b;
            if (t is not null)
            {
                lookup[t] = b;
            }

            foreach (var name in names)
            {
                lookup[name] = b;
            }
        }

        return lookup;
    }
}
