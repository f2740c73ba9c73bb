using Hearth.Releases.Languages;

namespace Hearth.Library.Probing;

/// <summary>
/// Normalises language tags to ISO 639-2/B codes, the form ffprobe reports from Matroska (<c>eng</c>,
/// <c>ger</c>, <c>fre</c>), so embedded and external tracks compare equal and a user preference matches both.
/// </summary>
public static class LanguageCodes
{
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

    // the one language table is the release parser's: the same names read in release names and in tags
    private static Dictionary<string, string> BuildLookup()
    {
        var lookup = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in LanguageTable.Rows)
        {
            lookup.TryAdd(row.Iso639B, row.Iso639B);
            lookup.TryAdd(row.Iso6391, row.Iso639B);
            if (row.Iso639T is { } t)
            {
                lookup.TryAdd(t, row.Iso639B);
            }

            foreach (var name in row.Names)
            {
                lookup.TryAdd(name, row.Iso639B);
            }
        }

        return lookup;
    }
}
