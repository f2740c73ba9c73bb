using Hearth.Releases.Languages;
using Hearth.Releases.Quality;

namespace Hearth.Acquisition.Profiles;

/// <summary>
/// One step of a profile's ladder: a single quality, or a group of qualities held equal ("WEB 1080p" is
/// WEBDL-1080p and WEBRip-1080p), as the *arr apps group them.
/// </summary>
public sealed record ProfileRank(string Name, IReadOnlyList<QualityDefinition> Qualities, bool Allowed)
{
    public static ProfileRank Single(QualityDefinition quality, bool allowed) => new(quality.Name, [quality], allowed);
}

/// <summary>
/// What a movie or series wants: which qualities, in which order, up to where (the cutoff), how custom formats
/// score, and in which languages. A release's quality ranks by its step on the ladder, not by the global table,
/// so a household that ranks WEB above Blu-ray gets that.
/// </summary>
public sealed record QualityProfile
{
    public int Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Worst first; each quality on at most one step.</summary>
    public required IReadOnlyList<ProfileRank> Ranks { get; init; }

    /// <summary>The name of the step at which upgrading stops (with <see cref="CutoffFormatScore"/>).</summary>
    public required string Cutoff { get; init; }

    public bool UpgradesAllowed { get; init; } = true;

    /// <summary>A release scoring below this is rejected.</summary>
    public int MinFormatScore { get; init; }

    /// <summary>Upgrade until: once a file reaches the cutoff step and this score, nothing replaces it.</summary>
    public int CutoffFormatScore { get; init; }

    /// <summary>How much a release's score must beat the file's to be an upgrade of the same quality.</summary>
    public int MinUpgradeFormatScore { get; init; } = 1;

    /// <summary>Wanted audio languages; empty takes any. <see cref="Language.Original"/> means the title's own language.</summary>
    public IReadOnlyList<Language> Languages { get; init; } = [];

    /// <summary>Score per custom format id; a format not listed scores 0.</summary>
    public IReadOnlyDictionary<int, int> FormatScores { get; init; } = new Dictionary<int, int>();

    /// <summary>The step holding a quality (higher is better), or -1 when the profile does not list it.</summary>
    public int RankOf(QualityDefinition quality)
    {
        for (var i = 0; i < Ranks.Count; i++)
        {
            foreach (var q in Ranks[i].Qualities)
            {
                if (q.Id == quality.Id)
                {
                    return i;
                }
            }
        }
        return -1;
    }

    public bool Allows(QualityDefinition quality)
    {
        var rank = RankOf(quality);
        return rank >= 0 && Ranks[rank].Allowed;
    }

    /// <summary>The cutoff's step; the best allowed step when the cutoff names none.</summary>
    public int CutoffRank
    {
        get
        {
            var best = -1;
            for (var i = 0; i < Ranks.Count; i++)
            {
                if (string.Equals(Ranks[i].Name, Cutoff, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
                if (Ranks[i].Allowed)
                {
                    best = i;
                }
            }
            return best;
        }
    }

    /// <summary>The best step a release can reach.</summary>
    public int TopAllowedRank
    {
        get
        {
            for (var i = Ranks.Count - 1; i >= 0; i--)
            {
                if (Ranks[i].Allowed)
                {
                    return i;
                }
            }
            return -1;
        }
    }

    public int ScoreOf(int formatId) => FormatScores.TryGetValue(formatId, out var score) ? score : 0;

    /// <summary>Whether a file of this quality and score needs nothing better.</summary>
    public bool CutoffMet(QualityDefinition quality, int formatScore)
    {
        if (!UpgradesAllowed)
        {
            return true;
        }
        var rank = RankOf(quality);
        return rank >= CutoffRank && formatScore >= CutoffFormatScore;
    }

    /// <summary>What is wrong with the profile, one sentence each; empty when it can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("A profile needs a name.");
        }
        var seen = new Dictionary<int, string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rank in Ranks)
        {
            if (!names.Add(rank.Name))
            {
                problems.Add($"Two steps are named '{rank.Name}'.");
            }
            if (rank.Qualities.Count == 0)
            {
                problems.Add($"The group '{rank.Name}' holds no quality.");
            }
            foreach (var quality in rank.Qualities)
            {
                if (!seen.TryAdd(quality.Id, rank.Name))
                {
                    problems.Add($"{quality.Name} is in both '{seen[quality.Id]}' and '{rank.Name}'.");
                }
            }
        }
        if (!Ranks.Any(r => r.Allowed))
        {
            problems.Add("A profile must allow at least one quality.");
        }
        var cutoff = Ranks.FirstOrDefault(r => string.Equals(r.Name, Cutoff, StringComparison.OrdinalIgnoreCase));
        if (cutoff is null)
        {
            problems.Add($"The cutoff '{Cutoff}' is not one of the profile's qualities.");
        }
        else if (!cutoff.Allowed)
        {
            problems.Add($"The cutoff '{Cutoff}' is not allowed in the profile.");
        }
        if (UpgradesAllowed && CutoffFormatScore < MinFormatScore)
        {
            problems.Add($"The upgrade-until score ({CutoffFormatScore}) is below the minimum score ({MinFormatScore}).");
        }
        if (MinUpgradeFormatScore < 1)
        {
            problems.Add("The minimum score increment of an upgrade must be at least 1.");
        }
        return problems;
    }
}
