using Hearth.Acquisition.CustomFormats;
using Hearth.Acquisition.Decisions;
using Hearth.Acquisition.Profiles;
using Hearth.Core.Indexers;
using static Hearth.Acquisition.Tests.Decisions.Releases;

namespace Hearth.Acquisition.Tests.Decisions;

/// <summary>The order releases come out in, and which one is grabbed.</summary>
public class RankingTests
{
    private static IReadOnlyList<string> Order(SearchTarget target, DecisionPolicy policy, params IndexerRelease[] releases) =>
        Decide(target, policy, releases).Select(d => d.Release.Guid!).ToList();

    [Fact]
    public void Quality_comes_before_seeders_and_accepted_before_rejected()
    {
        var order = Order(Blade, Policy(),
            Torrent("Blade.Runner.1982.720p.BluRay.x264-GRP", gb: 5, seeders: 9000, guid: "rejected"),
            Torrent("Blade.Runner.1982.1080p.WEB-DL.DD5.1.H.264-GRP", gb: 5, seeders: 5000, guid: "web"),
            Torrent("Blade.Runner.1982.1080p.BluRay.x264-GRP", gb: 10, seeders: 3, guid: "bluray"));
        Assert.Equal(["bluray", "web", "rejected"], order);
    }

    [Fact]
    public void The_profiles_order_ranks_not_the_global_table()
    {
        // a household that puts WEB above Blu-ray
        var ladder = DefaultProfiles.Ladder().Where(r => r.Name is "Bluray-1080p" or "WEB 1080p").Select(r => r with { Allowed = true }).ToList();
        var profile = Hd1080p with { Ranks = [ladder[1], ladder[0]], Cutoff = "Bluray-1080p" };
        Assert.Empty(profile.Problems());
        var order = Order(Blade, Policy(profile),
            Torrent("Blade.Runner.1982.1080p.WEB-DL.DD5.1.H.264-GRP", gb: 5, guid: "web"),
            Torrent("Blade.Runner.1982.1080p.BluRay.x264-GRP", gb: 10, guid: "bluray"));
        Assert.Equal(["web", "bluray"], order);
    }

    [Fact]
    public void Custom_format_score_ranks_within_a_quality_and_propers_before_it()
    {
        var good = new CustomFormat { Id = 1, Name = "Good group", Conditions = [new() { Name = "g", Kind = ConditionKind.ReleaseGroup, Value = "^GOOD$" }] };
        var policy = Policy(Hd1080p with { FormatScores = new Dictionary<int, int> { [1] = 50 } }) with { Formats = new FormatSet([good]) };
        var order = Order(Blade, policy,
            Torrent("Blade.Runner.1982.1080p.BluRay.x264-MEH", guid: "plain"),
            Torrent("Blade.Runner.1982.1080p.BluRay.x264-GOOD", guid: "scored"),
            Torrent("Blade.Runner.1982.PROPER.1080p.BluRay.x264-MEH", guid: "proper"));
        Assert.Equal(["proper", "scored", "plain"], order);
    }

    [Fact]
    public void The_preferred_protocol_then_seeders_in_powers_of_ten_then_size()
    {
        var usenetFirst = Policy() with { Delay = new DelayProfile { PreferredProtocol = ReleaseProtocol.Usenet } };
        Assert.Equal(["nzb", "torrent"], Order(Blade, usenetFirst,
            Torrent("Blade.Runner.1982.1080p.BluRay.x264-GRP", guid: "torrent"),
            Nzb("Blade.Runner.1982.1080p.BluRay.x264-GRP") with { Guid = "nzb" }));

        // 120 and 90 seeders are the same power of ten: the size nearest the preferred 95 MB a minute (10.9 GB) decides
        Assert.Equal(["near", "far", "few"], Order(Blade, Policy(),
            Torrent("Blade.Runner.1982.1080p.BluRay.x264-A", gb: 4, seeders: 120, guid: "far"),
            Torrent("Blade.Runner.1982.1080p.BluRay.x264-B", gb: 11, seeders: 90, guid: "near"),
            Torrent("Blade.Runner.1982.1080p.BluRay.x264-C", gb: 11, seeders: 8, guid: "few")));
    }

    [Fact]
    public void A_season_pack_comes_before_episodes_and_a_single_episode_before_a_double()
    {
        var season = SearchTarget.Episode("The Expanse", 2, 5, 45) with { Episodes = [5], EpisodesInSeason = 13 };
        Assert.Equal(["single", "double"], Order(season, Policy(),
            Torrent("The.Expanse.S02E05E06.1080p.WEB-DL.DD5.1.H.264-GRP", gb: 4, guid: "double"),
            Torrent("The.Expanse.S02E05.1080p.WEB-DL.DD5.1.H.264-GRP", gb: 2, guid: "single")));
    }

    [Fact]
    public void Newer_usenet_posts_rank_first_and_equals_keep_their_order()
    {
        Assert.Equal(["new", "old"], Order(Blade, Policy(),
            Nzb("Blade.Runner.1982.1080p.BluRay.x264-GRP", hoursOld: 400) with { Guid = "old" },
            Nzb("Blade.Runner.1982.1080p.BluRay.x264-GRP", hoursOld: 3) with { Guid = "new" }));
        Assert.Equal(["a", "b", "c"], Order(Blade, Policy(),
            Torrent("Blade.Runner.1982.1080p.BluRay.x264-GRP", guid: "a"),
            Torrent("Blade.Runner.1982.1080p.BluRay.x264-GRP", guid: "b"),
            Torrent("Blade.Runner.1982.1080p.BluRay.x264-GRP", guid: "c")));
    }

    [Fact]
    public void The_best_is_the_first_accepted_or_none()
    {
        var decisions = Decide(Blade, Policy(), Torrent("Blade.Runner.1982.720p.BluRay.x264-GRP", gb: 5));
        Assert.Null(DecisionEngine.Best(decisions));
        var good = Decide(Blade, Policy(), Torrent("Blade.Runner.1982.1080p.BluRay.x264-GRP"), Torrent("Blade.Runner.1982.720p.BluRay.x264-GRP", gb: 5));
        Assert.Equal("Blade.Runner.1982.1080p.BluRay.x264-GRP", DecisionEngine.Best(good)!.Release.Title);
    }
}
