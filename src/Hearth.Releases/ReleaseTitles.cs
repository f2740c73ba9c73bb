using Hearth.Releases.Text;

namespace Hearth.Releases;

/// <summary>Title comparison as the parser does it, for code matching a release against a known title.</summary>
public static class ReleaseTitles
{
    /// <summary>
    /// The form <see cref="ParsedRelease.NormalizedTitle"/> holds: lower-case letters and digits, accents, articles
    /// and joining words dropped. Two titles that normalise alike name the same thing.
    /// </summary>
    public static string Normalize(string title) => TitleCleaner.Normalize(title);
}
