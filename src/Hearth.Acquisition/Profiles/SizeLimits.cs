using Hearth.Releases.Quality;

namespace Hearth.Acquisition.Profiles;

/// <summary>
/// How big a release of each quality may be, in megabytes a minute of runtime, as the *arr apps' quality
/// definitions say. Starts from <see cref="QualitySizes.Defaults"/>; a household can change any row.
/// </summary>
public sealed class SizeLimits
{
    private readonly Dictionary<int, QualitySize> _byQuality;

    public SizeLimits(IEnumerable<QualitySize> sizes)
    {
        _byQuality = QualitySizes.Defaults.ToDictionary(s => s.Quality.Id);
        foreach (var size in sizes)
        {
            _byQuality[size.Quality.Id] = size;
        }
    }

    public static SizeLimits Default { get; } = new([]);

    public QualitySize For(QualityDefinition quality) =>
        _byQuality.TryGetValue(quality.Id, out var size) ? size : QualitySizes.For(quality);

    public IEnumerable<QualitySize> All => Qualities.All.Select(For);
}
