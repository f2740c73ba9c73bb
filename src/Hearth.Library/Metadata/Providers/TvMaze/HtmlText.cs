using System.Net;
using System.Text.RegularExpressions;

namespace Hearth.Library.Metadata.Providers.TvMaze;

/// <summary>TVmaze's HTML summaries as plain text: paragraphs and line breaks kept as new lines, tags dropped, entities decoded (&amp;nbsp; as a plain space).</summary>
public static partial class HtmlText
{
    public static string? ToPlain(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var text = Breaks().Replace(html, "\n");
        text = Tags().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        text = Spaces().Replace(text, " ");
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        var plain = string.Join("\n\n", lines);
        return plain.Length == 0 ? null : plain;
    }

    [GeneratedRegex(@"<\s*(br\s*/?|/p|/li|/h[1-6])\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex Breaks();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\r\f\v\u00a0]+")]
    private static partial Regex Spaces();
}
