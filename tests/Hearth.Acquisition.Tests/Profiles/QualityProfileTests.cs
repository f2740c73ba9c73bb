using Hearth.Acquisition.Profiles;
using Hearth.Releases.Quality;

namespace Hearth.Acquisition.Tests.Profiles;

public class QualityProfileTests
{
    [Fact]
    public void The_defaults_are_usable_and_named_as_in_the_arr_apps()
    {
        Assert.Equal(["Any", "SD", "HD-720p", "HD-1080p", "Ultra-HD", "HD - 720p/1080p"], DefaultProfiles.All.Select(p => p.Name));
        Assert.All(DefaultProfiles.All, p => Assert.Empty(p.Problems()));
        Assert.Equal(DefaultProfiles.All.Count, DefaultProfiles.All.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void The_ladder_holds_every_quality_once_with_web_groups()
    {
        var ladder = DefaultProfiles.Ladder();
        Assert.Equal(Qualities.All.Count, ladder.Sum(r => r.Qualities.Count));
        var web = ladder.Single(r => r.Name == "WEB 1080p");
        Assert.Equal([Qualities.WebDl1080p, Qualities.WebRip1080p], web.Qualities.OrderBy(q => q.Id == Qualities.WebRip1080p.Id));
        var profile = DefaultProfiles.All.Single(p => p.Name == "HD-1080p");
        Assert.Equal(profile.RankOf(Qualities.WebDl1080p), profile.RankOf(Qualities.WebRip1080p));
        Assert.True(profile.RankOf(Qualities.Bluray1080p) > profile.RankOf(Qualities.WebDl1080p));
        Assert.True(profile.Allows(Qualities.Hdtv1080p));
        Assert.False(profile.Allows(Qualities.Bluray720p));
    }

    [Fact]
    public void The_cutoff_is_met_at_its_step_and_score()
    {
        var profile = DefaultProfiles.All.Single(p => p.Name == "HD-1080p") with { CutoffFormatScore = 50 };
        Assert.False(profile.CutoffMet(Qualities.Hdtv1080p, 100));
        Assert.False(profile.CutoffMet(Qualities.WebDl1080p, 10));
        Assert.True(profile.CutoffMet(Qualities.WebRip1080p, 50));
        Assert.True(profile.CutoffMet(Qualities.Bluray1080p, 50));
        Assert.True((profile with { UpgradesAllowed = false }).CutoffMet(Qualities.Sdtv, 0));
    }

    [Fact]
    public void A_broken_profile_says_what_is_wrong()
    {
        var ladder = DefaultProfiles.Ladder();
        var broken = new QualityProfile
        {
            Name = "",
            Ranks = [ladder[5], ladder[5], ladder[6] with { Name = "Empty", Qualities = [] }],
            Cutoff = "Nowhere",
            CutoffFormatScore = -5,
            MinFormatScore = 10,
            MinUpgradeFormatScore = 0,
        };
        Assert.Equal(
        [
            "A profile needs a name.",
            $"Two steps are named '{ladder[5].Name}'.",
            $"{ladder[5].Qualities[0].Name} is in both '{ladder[5].Name}' and '{ladder[5].Name}'.",
            "The group 'Empty' holds no quality.",
            "A profile must allow at least one quality.",
            "The cutoff 'Nowhere' is not one of the profile's qualities.",
            "The upgrade-until score (-5) is below the minimum score (10).",
            "The minimum score increment of an upgrade must be at least 1.",
        ], broken.Problems());
    }

    [Fact]
    public void Naming_a_step_the_ladder_lacks_is_an_error()
    {
        var e = Assert.Throws<ArgumentException>(() => DefaultProfiles.Allowing(9, "X", "WEB 1080p", "WEB 1080p", "Bluray-9000p"));
        Assert.StartsWith("No step of the ladder is named Bluray-9000p.", e.Message, StringComparison.Ordinal);
    }
}
