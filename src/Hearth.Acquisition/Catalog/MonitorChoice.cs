namespace Hearth.Acquisition.Catalog;

/// <summary>Sonarr's choices of which episodes of a series to monitor when it is added.</summary>
public static class MonitorChoice
{
    public const string All = "all";
    public const string Future = "future";
    public const string Missing = "missing";
    public const string FirstSeason = "firstSeason";
    public const string LatestSeason = "latestSeason";
    public const string None = "none";

    public static readonly IReadOnlyList<string> Choices = [All, Future, Missing, FirstSeason, LatestSeason, None];

    /// <summary>Whether an episode is monitored under a choice; specials (season 0) only under "all".</summary>
    public static bool Monitors(string choice, int season, DateOnly? airDate, bool hasFile, int firstSeason, int latestSeason, DateOnly today) => choice switch
    {
        All => true,
        Future => season > 0 && (airDate is null || airDate > today),
        Missing => season > 0 && !hasFile,
        FirstSeason => season > 0 && season == firstSeason,
        LatestSeason => season > 0 && season == latestSeason,
        _ => false,
    };
}
