using Hearth.Acquisition.CustomFormats;
using Hearth.Acquisition.Decisions;
using Hearth.Acquisition.Profiles;
using Hearth.Releases.Quality;
using static Hearth.Acquisition.Tests.Decisions.Releases;

namespace Hearth.Acquisition.Tests.Decisions;

/// <summary>What is on disk against what is offered: better qualities, propers and repacks, custom-format upgrades, the cutoff.</summary>
public class UpgradeTests
{
    private static SearchTarget With(params HeldRelease[] onDisk) => Blade with { OnDisk = onDisk };

    private static HeldRelease File(QualityDefinition quality, int score = 0, Revision? revision = null) =>
        new(new ParsedQuality(quality, revision ?? Revision.Default, DetectionSource.Name, DetectionSource.Name), score, []);

    /// <summary>HD-1080p with upgrades up to Bluray-1080p, so a WEB file below the cutoff can be upgraded.</summary>
    private static QualityProfile UpToBluray => Hd1080p with { Cutoff = "Bluray-1080p" };

    [Fact]
    public void A_better_quality_upgrades_a_file_below_the_cutoff()
    {
        var decision = One(With(File(Qualities.WebDl1080p)), Policy(UpToBluray), Torrent("Blade.Runner.1982.1080p.BluRay.x264-GRP"));
        Assert.True(decision.Accepted, string.Join("; ", decision.Rejections));
    }

    [Fact]
    public void A_worse_or_equal_quality_is_not_an_upgrade()
    {
        var worse = One(With(File(Qualities.Hdtv1080p)), Policy(UpToBluray), Torrent("Blade.Runner.1982.1080p.HDTV.x264-GRP", gb: 5));
        Assert.Contains(RejectionCodes.NotAnUpgrade, worse.Codes());
        var below = One(With(File(Qualities.WebDl1080p)), Policy(UpToBluray), Torrent("Blade.Runner.1982.1080p.HDTV.x264-GRP", gb: 5));
        Assert.Equal("HDTV-1080p is below the WEBDL-1080p on disk.", below.Rejections.Single().Text);
        // WEBRip and WEB-DL share a step: neither upgrades the other on quality alone
        var sameStep = One(With(File(Qualities.WebDl1080p)), Policy(UpToBluray), Torrent("Blade.Runner.1982.1080p.WEBRip.x264-GRP", gb: 5));
        Assert.Equal("WEBRip-1080p with score 0 is no upgrade of the WEBDL-1080p with score 0 on disk.", sameStep.Rejections.Single().Text);
    }

    [Fact]
    public void A_proper_or_repack_of_the_same_quality_is_an_upgrade_even_past_the_cutoff()
    {
        var atCutoff = With(File(Qualities.Bluray1080p));
        Assert.True(One(atCutoff, Policy(UpToBluray), Torrent("Blade.Runner.1982.PROPER.1080p.BluRay.x264-GRP")).Accepted);
        Assert.True(One(atCutoff, Policy(UpToBluray), Torrent("Blade.Runner.1982.REPACK.1080p.BluRay.x264-GRP")).Accepted);
        var plain = One(atCutoff, Policy(UpToBluray), Torrent("Blade.Runner.1982.1080p.BluRay.x264-OTHER"));
        Assert.Equal("The profile's cutoff (Bluray-1080p, score 0) is met by the Bluray-1080p (score 0) on disk.", plain.Rejections.Single().Text);
        // a proper of another quality is not a proper of the file
        Assert.Contains(RejectionCodes.NotAnUpgrade,
            One(With(File(Qualities.WebDl1080p)), Policy(), Torrent("Blade.Runner.1982.PROPER.1080p.WEBRip.x264-GRP", gb: 5)).Codes());
    }

    [Fact]
    public void A_real_beats_a_proper_and_an_older_revision_is_refused()
    {
        var proper = With(File(Qualities.WebDl1080p, revision: new Revision(2)));
        Assert.True(One(proper, Policy(UpToBluray), Torrent("Blade.Runner.1982.REAL.1080p.WEB-DL.DD5.1.H.264-GRP", gb: 5)).Accepted);
        var older = One(proper, Policy(UpToBluray), Torrent("Blade.Runner.1982.1080p.WEB-DL.DD5.1.H.264-GRP", gb: 5));
        Assert.Equal("WEBDL-1080p is an older revision than the WEBDL-1080p PROPER on disk.", older.Rejections.Single().Text);
    }

    [Fact]
    public void A_higher_custom_format_score_upgrades_the_same_quality_until_the_upgrade_until_score()
    {
        var hdr = new CustomFormat
        {
            Id = 7,
            Name = "Preferred group",
            Conditions = [new FormatCondition { Name = "group", Kind = ConditionKind.ReleaseGroup, Value = "^GOOD$", Required = true }],
        };
        var profile = UpToBluray with { CutoffFormatScore = 100, FormatScores = new Dictionary<int, int> { [7] = 100 } };
        var policy = Policy(profile) with { Formats = new FormatSet([hdr]) };
        var onDisk = With(File(Qualities.Bluray1080p, score: 0));
        var better = One(onDisk, policy, Torrent("Blade.Runner.1982.1080p.BluRay.x264-GOOD"));
        Assert.True(better.Accepted, string.Join("; ", better.Rejections));
        Assert.Equal(100, better.FormatScore);
        Assert.Contains(RejectionCodes.NotAnUpgrade, One(onDisk, policy, Torrent("Blade.Runner.1982.1080p.BluRay.x264-MEH")).Codes());
        // the file already scores 100: the cutoff and the upgrade-until score are both met
        Assert.Contains("cutoff", One(With(File(Qualities.Bluray1080p, score: 100)), policy, Torrent("Blade.Runner.1982.1080p.BluRay.x264-GOOD")).Rejections.Single().Text);
        // the score must rise by the minimum increment
        var stepped = Policy(profile with { MinUpgradeFormatScore = 150, CutoffFormatScore = 500 }) with { Formats = new FormatSet([hdr]) };
        Assert.Contains(RejectionCodes.NotAnUpgrade, One(onDisk, stepped, Torrent("Blade.Runner.1982.1080p.BluRay.x264-GOOD")).Codes());
    }

    [Fact]
    public void With_upgrades_off_nothing_replaces_a_file_but_a_proper()
    {
        var profile = UpToBluray with { UpgradesAllowed = false };
        var onDisk = With(File(Qualities.WebDl1080p));
        var decision = One(onDisk, Policy(profile), Torrent("Blade.Runner.1982.1080p.BluRay.x264-GRP"));
        Assert.Equal("Upgrades are off in the profile HD-1080p, and WEBDL-1080p is on disk.", decision.Rejections.Single().Text);
        Assert.True(One(onDisk, Policy(profile), Torrent("Blade.Runner.1982.PROPER.1080p.WEB-DL.DD5.1.H.264-GRP", gb: 5)).Accepted);
    }

    [Fact]
    public void A_file_of_a_quality_the_profile_no_longer_lists_is_upgraded_by_any_allowed_one()
    {
        var decision = One(With(File(Qualities.Dvd)), Policy(), Torrent("Blade.Runner.1982.1080p.HDTV.x264-GRP", gb: 5));
        Assert.True(decision.Accepted, string.Join("; ", decision.Rejections));
    }

    [Fact]
    public void An_episode_is_judged_against_the_files_of_the_episodes_it_holds()
    {
        var show = SearchTarget.Episode("The Expanse", 2, 5, 45) with
        {
            Episodes = [5, 6],
            OnDisk = [File(Qualities.WebDl1080p) with { Episodes = [5] }, File(Qualities.Bluray1080p) with { Episodes = [6] }],
        };
        var policy = Policy(UpToBluray);
        Assert.True(One(show with { Episodes = [5] }, policy, Torrent("The.Expanse.S02E05.1080p.BluRay.x264-GRP", gb: 4)).Accepted);
        Assert.Contains(RejectionCodes.NotAnUpgrade, One(show, policy, Torrent("The.Expanse.S02E06.1080p.BluRay.x264-GRP", gb: 4)).Codes());
        // a double episode must upgrade both files
        Assert.Contains(RejectionCodes.NotAnUpgrade, One(show, policy, Torrent("The.Expanse.S02E05E06.1080p.BluRay.x264-GRP", gb: 8)).Codes());
    }
}
