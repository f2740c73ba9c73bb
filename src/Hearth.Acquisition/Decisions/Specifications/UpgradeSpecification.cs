namespace Hearth.Acquisition.Decisions.Specifications;

/// <summary>
/// not-an-upgrade: a file on disk (for a series, of an episode the release holds) is as good or better, upgrades
/// are off, or the file already meets the cutoff. A proper or repack of the file's own quality is an upgrade.
/// </summary>
internal sealed class UpgradeSpecification : ISpecification
{
    public Rejection? Check(Decision release, SearchTarget target, DecisionPolicy policy, DateTimeOffset now)
    {
        foreach (var held in target.HeldFor(target.OnDisk, release))
        {
            if (Upgrades.WhyNot(policy.Profile, held, release, cutoffApplies: true) is { } why)
            {
                return new(RejectionCodes.NotAnUpgrade, why + " on disk.");
            }
        }
        return null;
    }
}
