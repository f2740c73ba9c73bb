using Hearth.Acquisition.CustomFormats;
using Hearth.Core.Indexers;

namespace Hearth.Acquisition.Decisions;

/// <summary>
/// Orders decided releases, best first, as Sonarr and Radarr do: the profile's step, the revision, the
/// custom-format score, the preferred protocol, a whole season before episodes and fewer episodes before more,
/// seeders (in powers of ten, so 10,000 seeders never beat a better quality), then for Usenet the age (newer
/// first), then the size nearest the quality's preferred size (else the larger). Equal releases keep their order.
/// </summary>
internal static class Ranking
{
    public static IReadOnlyList<Decision> Order(List<Decision> decisions, SearchTarget target, DecisionPolicy policy)
    {
        var comparer = new Comparer(target, policy);
        // OrderBy is stable: equal releases stay in the order the indexers gave them
        return decisions.OrderByDescending(d => d.Accepted).ThenByDescending(d => d, comparer).ToList();
    }

    private sealed class Comparer(SearchTarget target, DecisionPolicy policy) : IComparer<Decision>
    {
        public int Compare(Decision? x, Decision? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }
            return First(
                x.Rank.CompareTo(y.Rank),
                x.Quality.Quality.Id == y.Quality.Quality.Id ? Upgrades.CompareRevision(x.Quality.Revision, y.Quality.Revision) : 0,
                x.FormatScore.CompareTo(y.FormatScore),
                Preferred(x).CompareTo(Preferred(y)),
                EpisodeCount(x).CompareTo(EpisodeCount(y)),
                Seeders(x, y),
                Age(x, y),
                Size(x).CompareTo(Size(y)));
        }

        private static int First(params ReadOnlySpan<int> comparisons)
        {
            foreach (var c in comparisons)
            {
                if (c != 0)
                {
                    return c;
                }
            }
            return 0;
        }

        private int Preferred(Decision d) => d.Release.Protocol == policy.Delay.PreferredProtocol ? 1 : 0;

        /// <summary>A whole season first; otherwise fewer episodes (the one asked for, not a double episode holding it).</summary>
        private static int EpisodeCount(Decision d) => d.Facts.Type switch
        {
            ReleaseType.SeasonPack => int.MaxValue,
            _ => -Math.Max(1, d.Parsed.EpisodeNumbers.Count),
        };

        private static int Seeders(Decision x, Decision y)
        {
            if (x.Release.Protocol != ReleaseProtocol.Torrent || y.Release.Protocol != ReleaseProtocol.Torrent)
            {
                return 0;
            }
            var bySeeders = Bucket(x.Release.Seeders).CompareTo(Bucket(y.Release.Seeders));
            return bySeeders != 0 ? bySeeders : Bucket(x.Release.Peers).CompareTo(Bucket(y.Release.Peers));
        }

        private static double Bucket(int? count) => count is > 0 ? Math.Round(Math.Log10(count.Value)) : 0;

        private static int Age(Decision x, Decision y) =>
            x.Release.Protocol == ReleaseProtocol.Usenet && y.Release.Protocol == ReleaseProtocol.Usenet
                ? AgeBucket(x.AgeHours).CompareTo(AgeBucket(y.AgeHours))
                : 0;

        private static double AgeBucket(double? hours) => hours switch
        {
            null => 0,
            < 1 => 1000,
            <= 24 => 100,
            <= 24 * 7 => 10,
            _ => -Math.Round(Math.Log10(hours.Value / 24)),
        };

        private const double Step = 200d * 1024 * 1024;

        /// <summary>Nearest the preferred size (the distance negated), else larger; in steps of 200 MB so tiny differences tie.</summary>
        private double Size(Decision d)
        {
            var size = d.Release.Size ?? 0;
            var preferred = policy.Sizes.For(d.Quality.Quality).Preferred;
            if (preferred is { } perMinute && target.RuntimeOf(d) is { } minutes and > 0)
            {
                return -Math.Round(Math.Abs(size - (perMinute * minutes * 1024 * 1024)) / Step);
            }
            return Math.Round(size / Step);
        }
    }
}
