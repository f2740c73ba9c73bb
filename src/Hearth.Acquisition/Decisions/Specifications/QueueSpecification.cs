namespace Hearth.Acquisition.Decisions.Specifications;

/// <summary>already-queued: an equal or better release of the same movie or episodes is already downloading.</summary>
internal sealed class QueueSpecification : ISpecification
{
    public Rejection? Check(Decision release, SearchTarget target, DecisionPolicy policy, DateTimeOffset now)
    {
        foreach (var queued in target.HeldFor(target.Queued, release))
        {
            if (Upgrades.WhyNot(policy.Profile, queued, release, cutoffApplies: false) is not null)
            {
                return new(RejectionCodes.AlreadyQueued, $"{queued} (score {queued.FormatScore}) is already queued, as good or better.");
            }
        }
        return null;
    }
}
