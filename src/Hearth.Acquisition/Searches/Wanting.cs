using Hearth.Acquisition.Decisions;

namespace Hearth.Acquisition.Searches;

/// <summary>Whether a search's best release is for something wanted: any movie searched; episodes that are all wanted.</summary>
internal static class Wanting
{
    /// <summary>The first accepted release that holds only wanted episodes (a pack: while any of its season is wanted).</summary>
    public static Decision? BestWanted(IReadOnlyList<Decision> decisions, SearchContext context)
    {
        foreach (var decision in decisions)
        {
            if (!decision.Accepted)
            {
                return null;
            }
            if (context.Target.Kind == TargetKind.Movie || context.Target.WantedEpisodes is not { } wanted)
            {
                return decision;
            }
            var episodes = context.Target.EpisodesOf(decision.Parsed);
            if (episodes is null ? wanted.Count > 0 : episodes.All(wanted.Contains))
            {
                return decision;
            }
        }
        return null;
    }
}
