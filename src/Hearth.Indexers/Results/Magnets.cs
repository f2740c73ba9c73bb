namespace Hearth.Indexers.Results;

internal static class Magnets
{
    /// <summary>The btih of a magnet link, lower-cased; null when there is none.</summary>
    public static string? InfoHash(string? magnet)
    {
        if (magnet is null)
        {
            return null;
        }

        const string marker = "urn:btih:";
        var at = magnet.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var start = at + marker.Length;
        var end = magnet.IndexOf('&', start);
        var hash = (end < 0 ? magnet[start..] : magnet[start..end]).Trim();
        return hash.Length is 40 or 32 && hash.All(char.IsAsciiLetterOrDigit) ? hash.ToLowerInvariant() : null;
    }
}
