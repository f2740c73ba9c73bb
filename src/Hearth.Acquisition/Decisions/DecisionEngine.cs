using Hearth.Acquisition.CustomFormats;
using Hearth.Acquisition.Decisions.Specifications;
using Hearth.Core.Indexers;
using Hearth.Releases;

namespace Hearth.Acquisition.Decisions;

/// <summary>
/// Decides releases for one movie or season: each name is parsed once, matched against the profile's custom
/// formats in one pass, run through every specification (so every reason is shown, not just the first) and
/// ranked. Nothing is logged per release: logging in this loop is what makes Sonarr's decisions slow.
/// </summary>
public static class DecisionEngine
{
    private static readonly ISpecification[] Specifications =
    [
        new TitleSpecification(),
        new YearSpecification(),
        new EpisodeSpecification(),
        new QualityAllowedSpecification(),
        new UpgradeSpecification(),
        new FormatScoreSpecification(),
        new SizeSpecification(),
        new BlocklistSpecification(),
        new QueueSpecification(),
        new SeedersSpecification(),
        new DelaySpecification(),
        new LanguageSpecification(),
        new MultiEpisodeSpecification(),
        new SeedRequirementSpecification(),
    ];

    /// <summary>Every release decided, best first: the accepted ones in rank order, then the rejected ones likewise.</summary>
    public static IReadOnlyList<Decision> Decide(IEnumerable<IndexerRelease> releases, SearchTarget target, DecisionPolicy policy, DateTimeOffset now)
    {
        var decisions = new List<Decision>();
        foreach (var release in releases)
        {
            var decision = Read(release, target, policy, now);
            foreach (var specification in Specifications)
            {
                if (specification.Check(decision, target, policy, now) is { } rejection)
                {
                    decision.Rejections.Add(rejection);
                }
            }
            decisions.Add(decision);
        }
        return Ranking.Order(decisions, target, policy);
    }

    /// <summary>The best accepted release, or null when none is.</summary>
    public static Decision? Best(IReadOnlyList<Decision> decisions) => decisions.Count > 0 && decisions[0].Accepted ? decisions[0] : null;

    private static Decision Read(IndexerRelease release, SearchTarget target, DecisionPolicy policy, DateTimeOffset now)
    {
        var parsed = target.Kind == TargetKind.Movie ? ReleaseParser.ParseMovie(release.Title) : ReleaseParser.Parse(release.Title);
        var facts = new ReleaseFacts(release, parsed, target.OriginalLanguage);
        var formats = policy.Formats.Match(facts);
        var score = 0;
        foreach (var format in formats)
        {
            score += policy.Profile.ScoreOf(format.Id);
        }
        double? age = release.PublishDate is { } published ? Math.Max(0, (now - published).TotalHours) : null;
        return new Decision(facts, formats, score, policy.Profile.RankOf(parsed.Quality.Quality), age);
    }
}
