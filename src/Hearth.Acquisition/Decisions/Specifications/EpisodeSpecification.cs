using Hearth.Releases;

namespace Hearth.Acquisition.Decisions.Specifications;

/// <summary>wrong-episode: another season or episode than asked, a pack where an episode was asked, or the other way round.</summary>
internal sealed class EpisodeSpecification : ISpecification
{
    public Rejection? Check(Decision release, SearchTarget target, DecisionPolicy policy, DateTimeOffset now)
    {
        if (target.Kind != TargetKind.Episodes || !release.Parsed.IsParsed)
        {
            return null;
        }
        var parsed = release.Parsed;
        var asked = target.SeasonSearch ? $"season {target.Season}" : Name(target.Season, target.Episodes);
        if (parsed.Kind != ReleaseKind.Episode)
        {
            return new(RejectionCodes.WrongEpisode, $"It is not an episode of a series; {asked} was asked for.");
        }
        if (parsed.IsMultiSeason)
        {
            return new(RejectionCodes.WrongEpisode, $"It packs seasons {string.Join(", ", parsed.Seasons)}; {asked} was asked for.");
        }
        var episodes = target.EpisodesOf(parsed);
        // absolute and dated numbering carry no season (the parser says 0): the episode list placed them, or not
        var placedByList = parsed.EpisodeNumbers.Count == 0 && !parsed.IsFullSeason;
        var season = placedByList ? (episodes is not null ? target.Season : null) : parsed.SeasonNumber;
        if (season != target.Season)
        {
            return new(RejectionCodes.WrongEpisode, season is null
                ? $"Its episodes cannot be placed in season {target.Season} (numbered by date or absolute number, and the episode list does not say)."
                : $"It is season {season}; {asked} was asked for.");
        }
        if (target.SeasonSearch)
        {
            return parsed.IsFullSeason
                ? null
                : new(RejectionCodes.WrongEpisode, $"It is {Name(season, episodes ?? [])}, a single release of the season; the whole season was asked for.");
        }
        if (parsed.IsFullSeason)
        {
            return new(RejectionCodes.WrongEpisode, $"It is the whole of season {season}; {asked} was asked for.");
        }
        if (episodes is null || !episodes.Any(target.Episodes.Contains))
        {
            return new(RejectionCodes.WrongEpisode, $"It is {Name(season, episodes ?? [])}; {asked} was asked for.");
        }
        return null;
    }

    internal static string Name(int? season, IReadOnlyList<int> episodes) =>
        episodes.Count == 0 ? $"season {season}" : $"S{season:00}" + string.Concat(episodes.Select(e => $"E{e:00}"));
}
