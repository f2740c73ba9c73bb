namespace Hearth.Acquisition.Decisions.Specifications;

/// <summary>multi-episode: a file of several episodes, some of which are not wanted (unmonitored, or already good enough on disk).</summary>
internal sealed class MultiEpisodeSpecification : ISpecification
{
    public Rejection? Check(Decision release, SearchTarget target, DecisionPolicy policy, DateTimeOffset now)
    {
        if (target.Kind != TargetKind.Episodes || target.WantedEpisodes is not { } wanted || release.Facts.Type != CustomFormats.ReleaseType.MultiEpisode
            || target.EpisodesOf(release.Parsed) is not { Count: > 1 } episodes)
        {
            return null;
        }
        var unwanted = episodes.Where(e => !wanted.Contains(e)).ToList();
        return unwanted.Count == 0
            ? null
            : new(RejectionCodes.MultiEpisode,
                $"It holds {EpisodeSpecification.Name(target.Season, episodes)}, and {EpisodeSpecification.Name(target.Season, unwanted)} {(unwanted.Count == 1 ? "is" : "are")} not wanted.");
    }
}
