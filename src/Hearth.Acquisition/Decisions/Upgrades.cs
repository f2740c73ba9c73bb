using Hearth.Acquisition.Profiles;
using Hearth.Releases.Quality;

namespace Hearth.Acquisition.Decisions;

/// <summary>Whether a release improves on a held file (or a queued grab), as the *arr apps decide it.</summary>
internal static class Upgrades
{
    /// <summary>
    /// Null when the release is better than what is held; else why not, as the start of a sentence. A better step
    /// of the profile is an upgrade; on the same step, a proper or repack of the held quality is, and so is a
    /// custom-format score higher by the profile's minimum increment. With <paramref name="cutoffApplies"/>, a
    /// held file that meets the cutoff (or upgrades being off) stops everything but a proper of its own quality.
    /// </summary>
    public static string? WhyNot(QualityProfile profile, HeldRelease held, Decision release, bool cutoffApplies)
    {
        var heldQuality = held.Quality;
        var newQuality = release.Quality;
        var proper = heldQuality.Quality.Id == newQuality.Quality.Id && CompareRevision(newQuality.Revision, heldQuality.Revision) > 0;
        if (cutoffApplies && !proper)
        {
            if (!profile.UpgradesAllowed)
            {
                return $"Upgrades are off in the profile {profile.Name}, and {held} is";
            }
            if (profile.CutoffMet(heldQuality.Quality, held.FormatScore))
            {
                return $"The profile's cutoff ({profile.Cutoff}, score {profile.CutoffFormatScore}) is met by the {held} (score {held.FormatScore})";
            }
        }
        var heldRank = profile.RankOf(heldQuality.Quality);
        if (release.Rank > heldRank || proper)
        {
            return null;
        }
        if (release.Rank < heldRank)
        {
            return $"{QualityText.Of(newQuality)} is below the {held}";
        }
        if (heldQuality.Quality.Id == newQuality.Quality.Id && CompareRevision(newQuality.Revision, heldQuality.Revision) < 0)
        {
            return $"{QualityText.Of(newQuality)} is an older revision than the {held}";
        }
        if (release.FormatScore >= held.FormatScore + profile.MinUpgradeFormatScore)
        {
            return null;
        }
        return $"{QualityText.Of(newQuality)} with score {release.FormatScore} is no upgrade of the {held} with score {held.FormatScore}";
    }

    public static int CompareRevision(Revision x, Revision y)
    {
        var byReal = x.Real.CompareTo(y.Real);
        return byReal != 0 ? byReal : x.Version.CompareTo(y.Version);
    }
}
