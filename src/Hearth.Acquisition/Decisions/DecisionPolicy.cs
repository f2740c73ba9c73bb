using Hearth.Acquisition.CustomFormats;
using Hearth.Acquisition.Profiles;

namespace Hearth.Acquisition.Decisions;

/// <summary>How long the download client seeds: a release whose indexer demands more cannot be taken.</summary>
/// <param name="Ratio">The client's ratio limit; null when it seeds without one.</param>
/// <param name="SeedTime">The client's seeding-time limit; null when none.</param>
public sealed record SeedLimits(double? Ratio, TimeSpan? SeedTime);

/// <summary>The household's rules for one decision run: the profile, the formats it scores, sizes, delays, blocklist.</summary>
public sealed record DecisionPolicy
{
    public required QualityProfile Profile { get; init; }

    public FormatSet Formats { get; init; } = FormatSet.Empty;

    public SizeLimits Sizes { get; init; } = SizeLimits.Default;

    public DelayProfile Delay { get; init; } = DelayProfile.None;

    /// <summary>Blocked releases as <see cref="BlocklistKey"/> keys and lower-case info hashes.</summary>
    public IReadOnlySet<string> Blocklist { get; init; } = new HashSet<string>();

    /// <summary>Minimum seeders per indexer; <see cref="DefaultMinimumSeeders"/> for the others.</summary>
    public IReadOnlyDictionary<Guid, int> MinimumSeeders { get; init; } = new Dictionary<Guid, int>();

    public int DefaultMinimumSeeders { get; init; } = 1;

    /// <summary>The torrent client's seeding limits; null when unknown (no release is refused for its seed demands).</summary>
    public SeedLimits? ClientSeedLimits { get; init; }

    public static string BlocklistKey(Guid indexerId, string guid) => $"{indexerId:N}:{guid}";
}
