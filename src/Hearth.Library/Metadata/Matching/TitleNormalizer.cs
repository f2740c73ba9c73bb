using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hearth.Library.Metadata.Matching;

/// <summary>
/// A title reduced to what matters when two names of a film are compared: lower case, accents folded, punctuation
/// gone, "&amp;" as "and", roman numerals and number words as digits; <see cref="WithoutArticle"/> also drops a
/// leading article, <see cref="Main"/> also drops a subtitle ("Star Wars: Episode IV - A New Hope" → "star wars").
/// </summary>
internal sealed record NormalizedTitle(string Full, string WithoutArticle, string Main)
{
    public bool HasSubtitle => Main != WithoutArticle;
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
        var withoutArticle = DropArticle(full);
        var separator = SubtitleRegex().Match(title);
        var main = separator.Success && separator.Index > 0 ? DropArticle(Tokens(title[..separator.Index])) : withoutArticle;
        if (main.Count == 0)
        {
            main = withoutArticle;
        }

        return new NormalizedTitle(string.Join(' ', full), string.Join(' ', withoutArticle), string.Join(' ', main));
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

    /// <summary>Folds accents and the letters that do not decompose ("æ", "ø", "ß") to plain Latin letters.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            switch (c)
            {
                case 'æ': builder.Append("ae"); break;
                case 'œ': builder.Append("oe"); break;
                case 'ø': builder.Append('o'); break;
                case 'ß': builder.Append("ss"); break;
                case 'ł': builder.Append('l'); break;
                case 'đ': builder.Append('d'); break;
                case 'þ': builder.Append("th"); break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
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
