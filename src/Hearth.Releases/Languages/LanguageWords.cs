using Hearth.Releases.Text;

namespace Hearth.Releases.Languages;

/// <summary>
/// The words and codes uploaders use for languages. Full names are read in any case; short codes
/// only in capitals (or all lower case), because "It", "De" and "En" are ordinary title words.
/// </summary>
internal static class LanguageWords
{
    // the languages' own names come from the one table; these are the uploaders' words beside them
    private static readonly (string Word, Language Language)[] ReleaseWords =
    [
        ("truefrench", Language.French), ("vostfr", Language.French), ("swissgerman", Language.German),
        ("dublado", Language.PortugueseBrazil), ("azerbaijan", Language.Azerbaijani), ("uzbekistan", Language.Uzbek),
        ("original", Language.Original), ("orig", Language.Original),
    ];

    private static readonly IEnumerable<(string Word, Language Language)> Names =
        LanguageTable.Rows.Where(r => r.Language != Language.Unknown).SelectMany(r => r.Names.Select(n => (n, r.Language))).Concat(ReleaseWords);

    // three-letter codes, read in capitals or title case (Eng, Fre, Ger)
    private static readonly (string Code, Language Language)[] Codes3 =
    [
        ("ENG", Language.English), ("ING", Language.English), ("FRE", Language.French), ("FRA", Language.French), ("VFF", Language.French),
        ("VFQ", Language.French), ("VF2", Language.French), ("VFI", Language.French), ("ITA", Language.Italian), ("GER", Language.German),
        ("DEU", Language.German), ("SPA", Language.Spanish), ("ESP", Language.Spanish), ("LAT", Language.Latvian), ("LAV", Language.Latvian),
        ("RUS", Language.Russian), ("UKR", Language.Ukrainian), ("JAP", Language.Japanese), ("JPN", Language.Japanese),
        ("KOR", Language.Korean), ("CHS", Language.Chinese), ("CHT", Language.Chinese), ("POL", Language.Polish), ("HUN", Language.Hungarian),
        ("CZE", Language.Czech), ("CES", Language.Czech), ("HIN", Language.Hindi), ("TEL", Language.Telugu), ("TAM", Language.Tamil),
        ("VIE", Language.Vietnamese), ("GEO", Language.Georgian), ("HEB", Language.Hebrew), ("DAN", Language.Danish), ("SWE", Language.Swedish),
        ("NOR", Language.Norwegian), ("FIN", Language.Finnish), ("TUR", Language.Turkish), ("POR", Language.Portuguese), ("ARA", Language.Arabic),
        ("CAT", Language.Catalan), ("NLD", Language.Dutch), ("DUT", Language.Dutch), ("GRE", Language.Greek), ("ROU", Language.Romanian),
        ("RUM", Language.Romanian), ("BUL", Language.Bulgarian), ("SLO", Language.Slovak), ("LIT", Language.Lithuanian), ("EST", Language.Estonian),
        ("BIG5", Language.Chinese), ("KAN", Language.Kannada), ("MAL", Language.Malayalam), ("ALB", Language.Albanian),
    ];

    // two-letter codes: capitals or all lower case only
    private static readonly (string Code, Language Language)[] Codes2 =
    [
        ("EN", Language.English), ("FR", Language.French), ("VF", Language.French), ("IT", Language.Italian), ("DE", Language.German),
        ("ES", Language.Spanish), ("LV", Language.Latvian), ("LT", Language.Lithuanian), ("RU", Language.Russian), ("UA", Language.Ukrainian),
        ("JA", Language.Japanese), ("PL", Language.Polish), ("HU", Language.Hungarian), ("CZ", Language.Czech), ("SK", Language.Slovak),
        ("KA", Language.Georgian), ("NL", Language.Dutch), ("VI", Language.Vietnamese), ("BG", Language.Bulgarian), ("GB", Language.Chinese),
        ("TH", Language.Thai), ("KO", Language.Korean), ("PT", Language.Portuguese), ("TR", Language.Turkish), ("HE", Language.Hebrew),
        ("RO", Language.Romanian), ("SV", Language.Swedish), ("DA", Language.Danish), ("FI", Language.Finnish), ("NO", Language.Norwegian),
    ];

    private static readonly WordMap<Language> NameMap = new(Names.Select(n => KeyValuePair.Create(n.Word, n.Language)));
    private static readonly WordMap<Language> Code3Map = new(Codes3.Select(n => KeyValuePair.Create(n.Code, n.Language)));
    private static readonly WordMap<Language> Code2Map = new(Codes2.Select(n => KeyValuePair.Create(n.Code, n.Language)));

    public static bool IsLanguageName(ReadOnlySpan<char> w) => w.Length >= 4 && NameMap.TryGet(w, out _);

    /// <summary>The language a word names, or null. <paramref name="inBrackets"/> allows a few codes that are words elsewhere.</summary>
    public static Language? Find(ReadOnlySpan<char> w, bool inBrackets)
    {
        if (w.Length >= 4)
        {
            if (NameMap.TryGet(w, out var named))
            {
                return named;
            }
            return w.Equals("BIG5", StringComparison.OrdinalIgnoreCase) ? Language.Chinese : null;
        }
        if (w.Length == 3)
        {
            var titleCase = char.IsUpper(w[0]) && char.IsLower(w[1]) && char.IsLower(w[2]);
            var upper = IsAll(w, char.IsUpper) || char.IsAsciiDigit(w[2]) && char.IsUpper(w[0]);
            var lower = IsAll(w, char.IsLower);
            if ((upper || titleCase || lower) && Code3Map.TryGet(w, out var coded))
            {
                return coded;
            }
            return null;
        }
        if (w.Length == 2 && (IsAll(w, char.IsUpper) || IsAll(w, char.IsLower)))
        {
            if (Code2Map.TryGet(w, out var language))
            {
                Span<char> buffer = stackalloc char[2];
                w.ToUpperInvariant(buffer);
                ReadOnlySpan<char> code = buffer;
                // GB and TH are words or tags outside brackets; NO, IT, DE, HE are English words in lower case
                if ((code is "GB" or "TH" || IsAll(w, char.IsLower) && code is "NO" or "IT" or "DE" or "HE" or "DA" or "TH" or "KO" or "TR" or "PT" or "SV" or "FI" or "RO" or "ES" or "EN" or "JA") && !inBrackets)
                {
                    return null;
                }
                return language;
            }
        }
        return null;
    }

    private static bool IsAll(ReadOnlySpan<char> w, Func<char, bool> test)
    {
        foreach (var c in w)
        {
            if (!test(c))
            {
                return false;
            }
        }
        return true;
    }
}
