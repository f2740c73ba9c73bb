using Hearth.Core.Metadata;

namespace Hearth.Library.Metadata.Apply;

/// <summary>
/// Picks the picture of a role a household sees: in its language first, then English, then one with no text
/// (no language), then any; among those, the best voted, then the most votes, then the largest.
/// </summary>
public static class ArtworkChooser
{
    public static RemoteImage? Best(IEnumerable<RemoteImage> images, ImageRole role, string language) =>
        images.Where(i => i.Role == role && !string.IsNullOrWhiteSpace(i.Url))
            .OrderBy(i => Rank(i.Language, language))
            .ThenByDescending(i => i.VoteAverage ?? 0)
            .ThenByDescending(i => i.VoteCount ?? 0)
            .ThenByDescending(i => (long)(i.Width ?? 0) * (i.Height ?? 0))
            .FirstOrDefault();

    /// <summary>The two-letter part of a tag: "en-US" is "en".</summary>
    public static string Primary(string? tag) =>
        string.IsNullOrWhiteSpace(tag) ? string.Empty : tag.Split('-', '_')[0].Trim().ToLowerInvariant();

    private static int Rank(string? imageLanguage, string language)
    {
        var image = Primary(imageLanguage);
        if (image.Length > 0 && image == Primary(language))
        {
            return 0;
        }

        if (image == "en")
        {
            return 1;
        }

        return image.Length == 0 ? 2 : 3;
    }
}
