using Hearth.Core.Indexers;

namespace Hearth.Acquisition.Decisions.Specifications;

/// <summary>too-few-seeders: a torrent with fewer seeders than its indexer's minimum (1 by default: nobody to download from).</summary>
internal sealed class SeedersSpecification : ISpecification
{
    public Rejection? Check(Decision release, SearchTarget target, DecisionPolicy policy, DateTimeOffset now)
    {
        var r = release.Release;
        if (r.Protocol != ReleaseProtocol.Torrent || r.Seeders is not { } seeders)
        {
            return null;
        }
        var minimum = policy.MinimumSeeders.TryGetValue(r.IndexerId, out var m) ? m : policy.DefaultMinimumSeeders;
        return seeders >= minimum
            ? null
            : new(RejectionCodes.TooFewSeeders, $"It has {seeders} seeder{(seeders == 1 ? "" : "s")}; {(string.IsNullOrEmpty(r.IndexerName) ? "the indexer" : r.IndexerName)} asks for at least {minimum}.");
    }
}
