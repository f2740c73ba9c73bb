using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hearth.Library.Metadata.Matching;

/// <summary>
/// A title reduced to what matters when two names of a film are compared: lower case, accents folded, punctuation
/// gone, "&amp;" as "and", roman numerals and number words as digits; <see cref="WithoutArticle"/> also drops a
/// leading article, <see cref="Shortened"/> are the title cut before each of its subtitles ("Mission: Impossible –
/// Dead Reckoning" → "mission", "mission impossible"), without article; <see cref="Main"/> is the shortest of them.
/// </summary>
internal sealed record NormalizedTitle(string Full, string WithoutArticle, IReadOnlyList<string> Shortened)
{
    public string Main => Shortened.Count > 0 ? Shortened[0] : WithoutArticle;
}

/// <summary>Normalises titles for matching. Pure.</summary>
internal static partial class TitleNormalizer
{
    // leading articles of the languages a household library mostly holds; "die", "i", "o" and "de" are left out,
    // they start too many titles as plain words ("Die Hard", "I, Robot")
    private static readonly HashSet<string> Articles =
    [
        "the", "a", "an", // English
        "le", "la", "les", "l", "un", "une", // French
        "der", "das", "ein", "eine", // German
        "el", "los", "las", "una", // Spanish
        "il", "lo", "gli", // Italian
        "het", "een", // Dutch
        "os", "um", "uma", // Portuguese
        "den", "det", "ett", // Scandinavian
    ];

    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = "1",
        ["two"] = "2",
        ["three"] = "3",
        ["four"] = "4",
        ["five"] = "5",
        ["six"] = "6",
        ["seven"] = "7",
        ["eight"] = "8",
        ["nine"] = "9",
        ["ten"] = "10",
        ["eleven"] = "11",
        ["twelve"] = "12",
    };

    private static readonly Dictionary<string, string> Romans = BuildRomans();

    public static NormalizedTitle Normalize(string title)
    {
        var full = Tokens(title);
        var withoutArticle = string.Join(' ', DropArticle(full));
        var shortened = SubtitleRegex().Matches(title)
            .Where(m => m.Index > 0)
            .Select(m => string.Join(' ', DropArticle(Tokens(title[..m.Index]))))
            .Where(t => t.Length > 0 && t != withoutArticle)
            .Distinct()
            .ToList();
        return new NormalizedTitle(string.Join(' ', full), withoutArticle, shortened);
    }

    /// <summary>The digits a normalised title holds, in order: "rocky 2" and "rocky 3" are different films.</summary>
    public static IEnumerable<string> Numbers(string normalized) =>
        normalized.Split(' ').Where(t => t.Length > 0 && t.All(char.IsAsciiDigit));

    private static List<string> Tokens(string title)
    {
        var text = Fold(title.Replace('’', '\'').Replace('‘', '\'').Replace('`', '\'').ToLowerInvariant());
        text = text.Replace("&", " and ", StringComparison.Ordinal);
        // an elided article or preposition is a word of its own ("l'avventura", "d'amelie"); other apostrophes join ("ocean's")
        text = ElisionRegex().Replace(text, "$1 ");
        text = text.Replace("'", "", StringComparison.Ordinal);
        var tokens = new List<string>();
        foreach (var raw in NonWordRegex().Split(text))
        {
            if (raw.Length == 0)
            {
                continue;
            }

            // a roman numeral counts as one only after the first word ("Rocky II"), never as the title's first word
            if (tokens.Count > 0 && Romans.TryGetValue(raw, out var roman))
            {
                tokens.Add(roman);
            }
            else
            {
                tokens.Add(NumberWords.GetValueOrDefault(raw, raw));
            }
        }

        return tokens;
    }

    private static List<string> DropArticle(List<string> tokens) =>
        tokens.Count > 1 && Articles.Contains(tokens[0]) ? tokens[1..] : tokens;

    /// <summary>
    /// Folds accented Latin letters and the ones that do not decompose ("æ", "ø", "ß") to plain letters, "³" to a digit. A table, not
    /// Unicode decomposition: Hearth runs with invariant globalization, where <c>string.Normalize</c> leaves "é" whole.
    /// </summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!Folded.TryGetValue(c, out var plain))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    builder.Append(c);
                }
            }
            else
            {
                builder.Append(plain);
            }
        }

        return builder.ToString();
    }

    private static readonly Dictionary<char, string> Folded = BuildFolded();

    private static Dictionary<char, string> BuildFolded()
    {
        (string Letters, string Plain)[] groups =
        [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđð", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
            ("æ", "ae"), ("œ", "oe"), ("ß", "ss"), ("þ", "th"),
            ("²", " 2"), ("³", " 3"), // "Alien³"
        ];
        var folded = new Dictionary<char, string>();
        foreach (var (letters, plain) in groups)
        {
            foreach (var letter in letters)
            {
                folded[letter] = plain;
            }
        }

        return folded;
    }

    private static Dictionary<string, string> BuildRomans()
    {
        string[] ones = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
        var romans = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = 1; n <= 20; n++)
        {
            var tens = n >= 20 ? "xx" : n >= 10 ? "x" : "";
            romans[tens + ones[n % 10]] = n.ToString(CultureInfo.InvariantCulture);
        }

        return romans;
    }

    [GeneratedRegex(@"\s*:\s*|\s+[-–—]\s+")]
    private static partial Regex SubtitleRegex();

    [GeneratedRegex(@"\b([a-z])'(?=[a-z])")]
    private static partial Regex ElisionRegex();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWordRegex();
}
