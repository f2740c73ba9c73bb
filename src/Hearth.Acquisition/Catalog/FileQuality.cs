using Hearth.Releases;
using Hearth.Releases.Quality;

namespace Hearth.Acquisition.Catalog;

/// <summary>
/// The quality of a file on disk: from its name (and folders), as a release's; where the name states no resolution,
/// the height the library read from the picture gives it, as Radarr and Sonarr augment a name with media info.
/// </summary>
internal static class FileQuality
{
    public static ParsedQuality Of(ParsedRelease parsed, int? height)
    {
        var quality = parsed.Quality;
        if (height is not > 0 || quality.ResolutionDetection == DetectionSource.Name)
        {
            return quality;
        }
        var resolution = height switch
        {
            >= 1600 => 2160,
            >= 800 => 1080,
            >= 600 => 720,
            >= 540 => 576,
            _ => 480,
        };
        var better = Qualities.From(quality.Source, resolution, quality.Modifier);
        return quality with { Quality = better, ResolutionDetection = DetectionSource.Extension };
    }
}
