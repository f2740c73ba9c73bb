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
    public static CleanName Parse(string raw)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var text = ProviderIdTags.Extract(raw, ids);
        string? edition = null;
        // "{edition-Director's Cut}" is how Plex and Jellyfin name an edition in a path
        text = EditionTagRegex().Replace(text, m =>
        {
            edition ??= m.Groups["edition"].Value.Trim();
            return " ";
        });

        // the release reader finds the year, the edition and where the title ends. A release's title reads
        // as the reader cleans it; a name a person wrote ("Dr. Strangelove (1964)", "Series Title!") keeps
        // their punctuation
        var release = ReleaseParser.ParseMovie(text);
        edition ??= release.Edition.Length > 0 ? ReadableCase(release.Edition) : null;
        var written = Normalize(text);
        var title = release.Quality.SourceDetection == DetectionSource.Name ? release.Title
            : SaysOnlyTitle(release) ? null
            : AsWritten(written, release.Title) ?? release.Title;
        if (string.IsNullOrEmpty(title))
        {
            // a name with nothing but a title ("The Office (US)") is the title, as written
            title = Tidy(written);
        }

        return new CleanName(title, release.Year, string.IsNullOrEmpty(edition) ? null : edition, ids);
    }

    // the reader found no year, edition, quality, group or codec: all of the name is title
    private static bool SaysOnlyTitle(ParsedRelease release) =>
        release.Year is null && release.Edition.Length == 0
        && release.Quality.SourceDetection != DetectionSource.Name && release.Quality.ResolutionDetection != DetectionSource.Name
        && release.ReleaseGroup is null && release.SubGroup is null && release.ReleaseHash is null
        && release.VideoCodec is null && release.AudioCodec is null;

    /// <summary>
    /// The stretch of the written name that holds the read title's letters and digits in order, with the
    /// punctuation that ends its last word ("!", an acronym's dot); null when the name does not hold it.
    /// An episode title, which follows the show's, is looked for from the end.
    /// </summary>
    internal static string? AsWritten(string written, string title, bool lastOccurrence = false)
    {
        var wanted = title.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        if (wanted.Length == 0)
        {
            return null;
        }

        for (var n = 0; n < written.Length; n++)
        {
            var start = lastOccurrence ? written.Length - 1 - n : n;
            if (!char.IsLetterOrDigit(written[start]) || (start > 0 && char.IsLetterOrDigit(written[start - 1])))
            {
                continue;
            }

            var end = MatchFrom(written, start, wanted);
            if (end < 0)
            {
                continue;
            }

            while (end < written.Length && EndsWord(written[end]))
            {
                end++;
            }

            // a bracket the title opens or closes comes with it: "(500) Days of Summer", "Title (aka Other)"
            var opened = written.AsSpan(start, end - start).Count('(') - written.AsSpan(start, end - start).Count(')');
            if (opened < 0 && start > 0 && written[start - 1] == '(')
            {
                start--;
            }
            else if (opened > 0 && end < written.Length && written[end] == ')')
            {
                end++;
            }

            return TrimSeparators(written[start..UnmatchedSquareBracket(written, start, end)]);
        }

        return null;
    }

    // where the wanted letters end when they start here and stop at a word's end, or -1
    private static int MatchFrom(string written, int start, char[] wanted)
    {
        var i = start;
        foreach (var c in wanted)
        {
            while (i < written.Length && !char.IsLetterOrDigit(written[i]))
            {
                i++;
            }

            if (i == written.Length || char.ToLowerInvariant(written[i]) != c)
            {
                return -1;
            }

            i++;
        }

        return i < written.Length && char.IsLetterOrDigit(written[i]) ? -1 : i;
    }

    // a title never runs into or out of a square-bracketed group ("Title [English Dub][1080p]")
    private static int UnmatchedSquareBracket(string written, int start, int end)
    {
        var open = -1;
        for (var i = start; i < end; i++)
        {
            if (written[i] == '[' && open < 0)
            {
                open = i;
            }
            else if (written[i] == ']')
            {
                if (open < 0)
                {
                    return i;
                }

                open = -1;
            }
        }

        return open < 0 ? end : open;
    }

    private static bool EndsWord(char c) =>
        !char.IsWhiteSpace(c) && !char.IsLetterOrDigit(c) && c is not ('(' or ')' or '[' or ']' or '{' or '}' or '-' or '_' or ',' or '~' or '+' or '&' or '/');

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

    /// <summary>A name with its square and curly groups ("[Group]", "{tag}") removed and separators trimmed.</summary>
    public static string Tidy(string text)
    {
        var result = SquareGroupRegex().Replace(text, " ");
        return TrimSeparators(WhitespaceRegex().Replace(result, " "));
    }

    // "EXTENDED" or "directors cut" as written in a release reads "Extended", "Directors Cut" on screen
    // ("IMAX", a short word in capitals, is a name and stays as it is)
    private static string ReadableCase(string value) =>
        (value == value.ToLowerInvariant() || value == value.ToUpperInvariant()) && !(value.Length <= 4 && value.All(char.IsAsciiLetterUpper))
            ? TitleCase(value)
            : value;

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

    [GeneratedRegex(@"\[[^\]]*\]|\{[^}]*\}")]
    private static partial Regex SquareGroupRegex();
}
