using System.Text.RegularExpressions;

namespace Hearth.Library.Naming;

/// <summary>
/// Provider ids written into folder and file names: Jellyfin's "[tmdbid-348]" / "[imdbid=tt…]" and
/// Plex's "{tmdb-348}" / "{imdb-tt…}" / "{tvdb-…}", plus a bare bracketed "[tt0078748]".
/// </summary>
internal static partial class ProviderIdTags
{
    /// <summary>Adds every id found to <paramref name="ids"/> and returns the text without the tags.</summary>
    public static string Extract(string text, IDictionary<string, string> ids)
    {
        var withoutTagged = TaggedRegex().Replace(text, m =>
        {
            ids.TryAdd(m.Groups["key"].Value.ToLowerInvariant(), m.Groups["value"].Value.Trim());
            return " ";
        });
        return BareImdbRegex().Replace(withoutTagged, m =>
        {
            ids.TryAdd("imdb", m.Groups["value"].Value.ToLowerInvariant());
            return " ";
        });
    }

    [GeneratedRegex(
        @"[\[{]\s*(?<key>imdb|tmdb|tvdb|anidb|tvmaze|anilist)(?:id)?\s*[-=:]\s*(?<value>[^\]}\s]+)\s*[\]}]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TaggedRegex();

    [GeneratedRegex(@"[\[{(]\s*(?<value>tt\d{6,9})\s*[\]})]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareImdbRegex();
}
