namespace Hearth.Releases.Languages;

/// <summary>
/// The one table of languages: each with its ISO 639-2/B code (the form ffprobe reports from Matroska:
/// <c>eng</c>, <c>ger</c>, <c>fre</c>), its ISO 639-1 code, its 639-2/T code where that differs, and the
/// names people write it by. Release names are read with it (<see cref="LanguageWords"/> adds the
/// uploaders' own words and codes), and the library normalises stream and subtitle-file tags with it.
/// </summary>
public static class LanguageTable
{
    /// <summary>One language. <see cref="Language"/> is <see cref="Language.Unknown"/> for a language media is
    /// tagged with but release names never name as audio (Latin, Welsh …).</summary>
    public sealed record Row(Language Language, string Iso639B, string Iso6391, string? Iso639T, IReadOnlyList<string> Names);

    public static IReadOnlyList<Row> Rows { get; } =
    [
        new(Language.English, "eng", "en", null, ["english", "ingles", "inglés"]),
        new(Language.French, "fre", "fr", "fra", ["french", "francais", "français"]),
        new(Language.German, "ger", "de", "deu", ["german", "deutsch"]),
        new(Language.Spanish, "spa", "es", null, ["spanish", "espanol", "español", "castellano"]),
        new(Language.SpanishLatino, "spa", "es", null, ["latino"]),
        new(Language.Italian, "ita", "it", null, ["italian", "italiano"]),
        new(Language.Portuguese, "por", "pt", null, ["portuguese", "portugues", "português"]),
        new(Language.PortugueseBrazil, "por", "pt", null, ["brazilian"]),
        new(Language.Dutch, "dut", "nl", "nld", ["dutch", "nederlands"]),
        new(Language.Flemish, "dut", "nl", "nld", ["flemish"]),
        new(Language.Swedish, "swe", "sv", null, ["swedish", "svenska"]),
        new(Language.Norwegian, "nor", "no", null, ["norwegian", "norsk"]),
        new(Language.Unknown, "nob", "nb", null, ["bokmal", "bokmål"]),
        new(Language.Danish, "dan", "da", null, ["danish", "dansk"]),
        new(Language.Finnish, "fin", "fi", null, ["finnish", "suomi"]),
        new(Language.Icelandic, "ice", "is", "isl", ["icelandic"]),
        new(Language.Polish, "pol", "pl", null, ["polish", "polski"]),
        new(Language.Czech, "cze", "cs", "ces", ["czech"]),
        new(Language.Slovak, "slo", "sk", "slk", ["slovak"]),
        new(Language.Slovenian, "slv", "sl", null, ["slovenian", "slovene"]),
        new(Language.Hungarian, "hun", "hu", null, ["hungarian", "magyar"]),
        new(Language.Romanian, "rum", "ro", "ron", ["romanian"]),
        new(Language.Bulgarian, "bul", "bg", null, ["bulgarian"]),
        new(Language.Croatian, "hrv", "hr", null, ["croatian"]),
        new(Language.Serbian, "srp", "sr", null, ["serbian"]),
        new(Language.Bosnian, "bos", "bs", null, ["bosnian"]),
        new(Language.Macedonian, "mac", "mk", "mkd", ["macedonian"]),
        new(Language.Albanian, "alb", "sq", "sqi", ["albanian"]),
        new(Language.Greek, "gre", "el", "ell", ["greek"]),
        new(Language.Turkish, "tur", "tr", null, ["turkish"]),
        new(Language.Russian, "rus", "ru", null, ["russian"]),
        new(Language.Ukrainian, "ukr", "uk", null, ["ukrainian"]),
        new(Language.Unknown, "bel", "be", null, ["belarusian"]),
        new(Language.Estonian, "est", "et", null, ["estonian"]),
        new(Language.Latvian, "lav", "lv", null, ["latvian"]),
        new(Language.Lithuanian, "lit", "lt", null, ["lithuanian"]),
        new(Language.Arabic, "ara", "ar", null, ["arabic"]),
        new(Language.Hebrew, "heb", "he", null, ["hebrew"]),
        new(Language.Persian, "per", "fa", "fas", ["persian", "farsi"]),
        new(Language.Hindi, "hin", "hi", null, ["hindi"]),
        new(Language.Bengali, "ben", "bn", null, ["bengali"]),
        new(Language.Tamil, "tam", "ta", null, ["tamil"]),
        new(Language.Telugu, "tel", "te", null, ["telugu"]),
        new(Language.Malayalam, "mal", "ml", null, ["malayalam"]),
        new(Language.Kannada, "kan", "kn", null, ["kannada"]),
        new(Language.Marathi, "mar", "mr", null, ["marathi"]),
        new(Language.Urdu, "urd", "ur", null, ["urdu"]),
        new(Language.Thai, "tha", "th", null, ["thai"]),
        new(Language.Vietnamese, "vie", "vi", null, ["vietnamese"]),
        new(Language.Indonesian, "ind", "id", null, ["indonesian"]),
        new(Language.Malay, "may", "ms", "msa", ["malay"]),
        new(Language.Tagalog, "fil", "tl", "tgl", ["filipino", "tagalog"]),
        new(Language.Chinese, "chi", "zh", "zho", ["chinese", "mandarin", "cantonese"]),
        new(Language.Japanese, "jpn", "ja", null, ["japanese"]),
        new(Language.Korean, "kor", "ko", null, ["korean"]),
        new(Language.Catalan, "cat", "ca", null, ["catalan", "català", "catalán", "catala"]),
        new(Language.Unknown, "baq", "eu", "eus", ["basque"]),
        new(Language.Unknown, "glg", "gl", null, ["galician"]),
        new(Language.Unknown, "wel", "cy", "cym", ["welsh"]),
        new(Language.Unknown, "gle", "ga", null, ["irish"]),
        new(Language.Afrikaans, "afr", "af", null, ["afrikaans"]),
        new(Language.Unknown, "swa", "sw", null, ["swahili"]),
        new(Language.Unknown, "lat", "la", null, ["latin"]),
        new(Language.Romansh, "roh", "rm", null, ["romansh", "romansch", "rumantsch"]),
        new(Language.Mongolian, "mon", "mn", null, ["mongolian", "khalkha"]),
        new(Language.Georgian, "geo", "ka", "kat", ["georgian"]),
        new(Language.Azerbaijani, "aze", "az", null, ["azerbaijani"]),
        new(Language.Uzbek, "uzb", "uz", null, ["uzbek"]),
    ];
}
