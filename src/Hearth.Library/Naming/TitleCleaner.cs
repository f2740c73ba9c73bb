using System.Text;
using System.Text.RegularExpressions;
using Hearth.Releases;
using Hearth.Releases.Quality;

namespace Hearth.Library.Naming;

/// <summary>
/// Turns a folder or file name ("Alien (1979) [tmdbid-348]", "The.Matrix.1999.1080p.BluRay.x264-GRP")
/// into a clean title, year, edition and provider ids.
/// </summary>
internal static partial class TitleCleaner
{
    // a year past this is a title number ("Blade Runner 2049"), not a release year
    private static int MaxYear => Hearth.Releases.Movies.ReleaseYears.Latest;

    public static CleanName Parse(string raw)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var text = ProviderIdTags.Extract(raw, ids);
        string? edition = null;
        text = EditionTagRegex().Replace(text, m =>
        {
            edition ??= m.Groups["edition"].Value.Trim();
            return " ";
        });
        // a release-style name (its words name a source or resolution) is the release parser's to read;
        // what stays here reads the library's own conventions: "Title (Year)", "Title [Year]", plain names
        var release = ReleaseParser.ParseMovie(text);
        if (release.Title.Length > 0 && release.Quality.SourceDetection == DetectionSource.Name)
        {
            edition ??= release.Edition.Length > 0 ? ReadableCase(release.Edition) : null;
            return new CleanName(release.Title, release.Year, edition, ids);
        }

        text = Normalize(text);
        text = LeadingGroupRegex().Replace(text, "");

        var (title, year, rest, cutAtTag) = SplitYear(text);
        edition ??= FindEdition(rest);
        title = Tidy(title, cutAtTag);
        if (title.Length == 0)
        {
            title = Tidy(text, trimWeak: false);
        }

        return new CleanName(title, year, string.IsNullOrEmpty(edition) ? null : edition, ids);
    }

    /// <summary>
    /// Dots and underscores to spaces in release-style names (dots outnumber spaces), keeping the dots
    /// of acronyms such as "S.H.I.E.L.D."; runs of whitespace collapse to one space.
    /// </summary>
    public static string Normalize(string text)
    {
        text = text.Replace('_', ' ');
        var dots = text.Count(c => c == '.');
        var spaces = text.Count(c => c == ' ');
        if (dots > 0 && dots > spaces)
        {
            text = DottedRegex().Replace(text, m =>
            {
                if (!m.Groups["acronym"].Success)
                {
                    return " ";
                }

                var end = m.Index + m.Length;
                var atWordBoundary = !m.Value.EndsWith('.') || end >= text.Length || text[end] == ' ';
                return atWordBoundary ? m.Value : m.Value[..^1] + " ";
            });
        }

        return WhitespaceRegex().Replace(text, " ").Trim();
    }

    /// <summary>A title with bracketed junk removed and separators trimmed; empty when nothing is left.</summary>
    public static string Tidy(string text, bool trimWeak)
    {
        var result = SquareGroupRegex().Replace(text, " ");
        result = ParenGroupRegex().Replace(result, m => ReleaseTags.ContainsStrong(m.Value) ? " " : m.Value);
        result = WhitespaceRegex().Replace(result, " ");
        result = TrimSeparators(result);
        if (trimWeak)
        {
            result = TrimSeparators(ReleaseTags.TrimTrailingWeak(result));
        }

        return result;
    }

    /// <summary>The edition named in text that follows a title ("Directors.Cut", "Extended Edition").</summary>
    public static string? FindEdition(string text)
    {
        var match = EditionWordsRegex().Match(text);
        if (!match.Success)
        {
            return null;
        }

        return ReadableCase(WhitespaceRegex().Replace(match.Value, " "));
    }

    // "EXTENDED" or "directors cut" as written in a release reads "Extended", "Directors Cut" on screen
    private static string ReadableCase(string value) =>
        value == value.ToLowerInvariant() || value == value.ToUpperInvariant() ? TitleCase(value) : value;

    private static (string Title, int? Year, string After, bool CutAtTag) SplitYear(string text)
    {
        foreach (Match m in BracketYearRegex().Matches(text))
        {
            var year = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var before = text[..m.Index];
            if (year <= MaxYear && HasWordCharacter(before))
            {
                return (before, year, text[(m.Index + m.Length)..], false);
            }
        }

        var strong = ReleaseTags.FirstStrong(text);
        // a tag at the very start is not an end of title ("1080p" cannot follow nothing)
        if (strong == 0)
        {
            strong = ReleaseTags.FirstStrong(text, 1);
        }

        // weak tags are trimmed only where a tag, not a year, ended the title ("Charlottes Web 1973" keeps "Web")
        var limit = strong < 0 ? text.Length : strong;
        Match? chosen = null;
        foreach (Match m in BareYearRegex().Matches(text[..limit]))
        {
            var year = int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture);
            if (m.Index > 0 && year <= MaxYear && HasWordCharacter(text[..m.Index]))
            {
                chosen = m;
            }
        }

        if (chosen is not null)
        {
            var year = int.Parse(chosen.Value, System.Globalization.CultureInfo.InvariantCulture);
            return (text[..chosen.Index], year, text[(chosen.Index + chosen.Length)..], false);
        }

        return (text[..limit], null, text[limit..], strong >= 0);
    }

    private static bool HasWordCharacter(string text) => text.Any(char.IsLetterOrDigit);

    private static string TrimSeparators(string text)
    {
        var result = text.TrimStart(' ', '-', '_', ',', '~', '+', '&').TrimEnd(' ', '-', '_', ',', '~', '+', '&', '(', '[', '{');
        // keep the closing dot of an acronym ("S.W.A.T."), drop any other trailing dot
        while (result.EndsWith('.') && !(result.Length >= 3 && result[^3] == '.' && char.IsLetter(result[^2])))
        {
            result = result[..^1].TrimEnd(' ', '-', '_');
        }

        return result;
    }

    private static string TitleCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        var startOfWord = true;
        foreach (var c in text)
        {
            builder.Append(startOfWord ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            startOfWord = c == ' ';
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\{\s*edition\s*[-=]\s*(?<edition>[^}]*)\}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditionTagRegex();

    [GeneratedRegex(@"(?<acronym>(?<![\p{L}\p{N}])(?:\p{L}\.){2,}(?:\p{L}(?![\p{L}\p{N}]))?)|\.")]
    private static partial Regex DottedRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    // anime and P2P groups lead with "[Group]"; a bracketed year is kept for the year search
    [GeneratedRegex(@"^(?:\s*\[(?!\s*(?:1[89]|20)\d\d\s*\])[^\]]*\]\s*)+")]
    private static partial Regex LeadingGroupRegex();

    [GeneratedRegex(@"\[[^\]]*\]|\{[^}]*\}")]
    private static partial Regex SquareGroupRegex();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex ParenGroupRegex();

    [GeneratedRegex(@"[(\[]\s*(?<year>1[89]\d\d|20\d\d)\s*[)\]]")]
    private static partial Regex BracketYearRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:1[89]\d\d|20\d\d)(?![\p{L}\p{N}])")]
    private static partial Regex BareYearRegex();

    [GeneratedRegex(
        @"(?<!\p{L})(?:director'?s[ .]cut|extended[ .](?:cut|edition)|extended|unrated|uncut|theatrical(?:[ .](?:cut|edition))?|final[ .]cut|ultimate[ .](?:cut|edition)|special[ .]edition|collector'?s[ .]edition|anniversary[ .]edition|remastered|imax|criterion(?:[ .]collection)?)(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditionWordsRegex();
}
