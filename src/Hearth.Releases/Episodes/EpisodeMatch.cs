namespace Hearth.Releases.Episodes;

/// <summary>The numbering found in a name and where it starts (the title ends there).</summary>
internal sealed class EpisodeMatch
{
    public int TitleEnd { get; set; }

    /// <summary>Where the title starts when it is not at the start of the name (bracketed anime titles); -1 otherwise.</summary>
    public int TitleStart { get; set; } = -1;

    /// <summary>Index of the first word after the numbering, where tags and episode titles begin.</summary>
    public int NextToken { get; set; }

    public int? Season { get; set; }

    public List<int> Seasons { get; } = [];

    public List<int> Episodes { get; } = [];

    public List<int> Absolute { get; } = [];

    public List<decimal> SpecialAbsolute { get; } = [];

    public DateOnly? AirDate { get; set; }

    public int? DailyPart { get; set; }

    public bool FullSeason { get; set; }

    public bool MultiSeason { get; set; }

    public bool PartialSeason { get; set; }

    public int SeasonPart { get; set; }

    public bool SeasonExtra { get; set; }

    public bool MiniSeries { get; set; }

    public bool Special { get; set; }

    public bool PossibleSpecial { get; set; }

    public bool SplitEpisode { get; set; }

    /// <summary>
    /// The season written into an anime title ("Title S2 - 01", "Title S03 - EP14"): kept in the title as
    /// written, not the numbering.
    /// </summary>
    public string? TitleSeasonSuffix { get; set; }

    /// <summary>Set when the name is plainly not a release (an ancient air date, an ambiguous date …).</summary>
    public string? Failure { get; set; }
}
