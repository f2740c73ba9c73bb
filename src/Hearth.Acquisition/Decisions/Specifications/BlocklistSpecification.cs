namespace Hearth.Acquisition.Decisions.Specifications;

/// <summary>blocklisted: this release (indexer and guid, or its info hash) was blocklisted after a failed or bad download.</summary>
internal sealed class BlocklistSpecification : ISpecification
{
    public Rejection? Check(Decision release, SearchTarget target, DecisionPolicy policy, DateTimeOffset now)
    {
        var r = release.Release;
        var blocked = (r.Guid is { } guid && policy.Blocklist.Contains(DecisionPolicy.BlocklistKey(r.IndexerId, guid)))
            || (r.InfoHash is { } hash && policy.Blocklist.Contains(hash.ToLowerInvariant()));
        return blocked ? new(RejectionCodes.Blocklisted, "It is on the blocklist.") : null;
    }
}
