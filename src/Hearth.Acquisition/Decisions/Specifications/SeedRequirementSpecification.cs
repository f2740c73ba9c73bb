using System.Globalization;
using Hearth.Core.Indexers;

namespace Hearth.Acquisition.Decisions.Specifications;

/// <summary>seed-requirement: the indexer demands a ratio or seeding time the download client stops short of.</summary>
internal sealed class SeedRequirementSpecification : ISpecification
{
    public Rejection? Check(Decision release, SearchTarget target, DecisionPolicy policy, DateTimeOffset now)
    {
        var r = release.Release;
        if (r.Protocol != ReleaseProtocol.Torrent || policy.ClientSeedLimits is not { } limits)
        {
            return null;
        }
        if (r.MinimumRatio is { } ratio && limits.Ratio is { } stopAt && ratio > stopAt)
        {
            return new(RejectionCodes.SeedRequirement,
                string.Create(CultureInfo.InvariantCulture, $"The indexer asks for a ratio of {ratio:0.##}; the download client stops seeding at {stopAt:0.##}."));
        }
        if (r.MinimumSeedTime is { } seconds && limits.SeedTime is { } stopAfter && TimeSpan.FromSeconds(seconds) > stopAfter)
        {
            return new(RejectionCodes.SeedRequirement,
                string.Create(CultureInfo.InvariantCulture, $"The indexer asks for {TimeSpan.FromSeconds(seconds).TotalHours:0.#} hours of seeding; the download client stops after {stopAfter.TotalHours:0.#}."));
        }
        return null;
    }
}
