using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hearth.Acquisition.Import;

/// <summary>
/// How imported files are named (section "Acquisition:Naming"), in Radarr's and Sonarr's token language; the
/// defaults are theirs. Movie tokens: {Movie Title}, {Movie CleanTitle}, {Release Year}, {Movie TitleYear};
/// series: {Series Title}, {Series CleanTitle}, {Series Year}, {Series TitleYear}, {season:0}, {season:00},
/// {episode:00}, {Episode Title}, {Episode CleanTitle}; both: {Quality Full}, {Quality Title},
/// {Release Group}, {Original Title}. An empty token takes the spaces and separators around it with it.
/// </summary>
public sealed class NamingOptions
{
    public string MovieFolder { get; set; } = "{Movie Title} ({Release Year})";

    public string MovieFile { get; set; } = "{Movie Title} ({Release Year}) {Quality Full}";

    public string SeriesFolder { get; set; } = "{Series Title}";

    public string SeasonFolder { get; set; } = "Season {season}";

    public string EpisodeFile { get; set; } = "{Series Title} - S{season:00}E{episode:00} - {Episode Title} {Quality Full}";
}

/// <summary>Fills a naming format with a file's tokens and makes the result safe as one path segment.</summary>
public static partial class Naming
{
    /// <param name="tokens">Token names as written between braces, without a format ("Movie Title", "season", "episode").</param>
    public static string Format(string format, IReadOnlyDictionary<string, string?> tokens)
    {
        var filled = TokenPattern().Replace(format, m =>
        {
            var name = m.Groups["name"].Value.Trim();
            var spec = m.Groups["spec"].Success ? m.Groups["spec"].Value : null;
            var value = tokens.FirstOrDefault(t => t.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
            if (value is null)
            {
                return string.Empty;
            }
            // {season:00}: numbers padded as the format's zeros say
            return spec is not null && spec.All(c => c == '0') && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? number.ToString(spec, CultureInfo.InvariantCulture)
                : value;
        });
        // what an empty token left behind: "()", "[]", doubled separators, dangling dashes
        filled = EmptyBrackets().Replace(filled, string.Empty);
        filled = DanglingSeparator().Replace(filled, " - ");
        filled = Spaces().Replace(filled, " ").Trim(' ', '-', '.', '_');
        return Clean(filled);
    }

    /// <summary>
    /// A name safe on every file system people keep media on: no path separators or characters Windows and SMB
    /// refuse (a colon becomes " -", as Radarr does), no control characters, no trailing dots or spaces, at most 200 bytes.
    /// </summary>
    public static string Clean(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            switch (c)
            {
                case ':':
                    text.Append(" -");
                    break;
                case '/' or '\\' or '|':
                    text.Append('+');
                    break;
                case '?' or '*' or '"' or '<' or '>':
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        text.Append(c);
                    }
                    break;
            }
        }
        var clean = Spaces().Replace(text.ToString(), " ").Trim().TrimEnd('.', ' ');
        while (Encoding.UTF8.GetByteCount(clean) > 200)
        {
            clean = clean[..^1].TrimEnd('.', ' ');
        }
        return clean.Length == 0 || clean is "." or ".." ? "_" : clean;
    }

    /// <summary>A title as Radarr's CleanTitle token writes it: an ampersand as "and", nothing but letters, digits and spaces.</summary>
    public static string CleanTitle(string title) =>
        Spaces().Replace(NotWord().Replace(title.Replace("&", "and", StringComparison.Ordinal), " "), " ").Trim();

    [GeneratedRegex(@"[^\p{L}\p{Nd} ]")]
    private static partial Regex NotWord();

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z .\-]*?)(?::(?<spec>[0-9]+))?\}")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"\(\s*\)|\[\s*\]|\{\s*\}")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"\s+-(\s+-)+\s+")]
    private static partial Regex DanglingSeparator();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
