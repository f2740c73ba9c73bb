using Hearth.Acquisition.Decisions;
using Hearth.Acquisition.Profiles;
using Hearth.Core.Indexers;
using Hearth.Releases.Languages;
using Hearth.Releases.Quality;
using static Hearth.Acquisition.Tests.Decisions.Releases;

namespace Hearth.Acquisition.Tests.Decisions;

/// <summary>Each specification on its own: the release it rejects, with its code and sentence, and one it lets through.</summary>
public class SpecificationTests
{
    private static readonly SearchTarget Show = SearchTarget.Episode("The Expanse", 2, 5, 45) with { EpisodesInSeason = 13 };

    [Fact]
    public void A_release_of_the_film_at_an_allowed_quality_is_accepted()
    {
        var decision = One(Blade, Policy(), Torrent("Blade.Runner.1982.1080p.BluRay.x264-GROUP"));
        Assert.True(decision.Accepted, string.Join("; ", decision.Rejections));
        Assert.Equal(Qualities.Bluray1080p, decision.Quality.Quality);
    }

    [Theory]
    [InlineData("Blade.Runner.2049.2017.1080p.BluRay.x264-GROUP")]
    [InlineData("Bladerunner.Redux.1982.1080p.BluRay.x264-GROUP")]
    [InlineData("Some.Other.Film.1982.1080p.BluRay.x264-GROUP")]
    public void Another_title_is_rejected_as_wrong_title(string title)
    {
        var decision = One(Blade, Policy(), Torrent(title));
        var rejection = Assert.Single(decision.Rejections, r => r.Code == RejectionCodes.WrongTitle);
        Assert.Contains("is not Blade Runner", rejection.Text);
    }

    [Fact]
    public void An_alternative_title_or_an_aka_name_matches()
    {
        var target = Blade with { AlternativeTitles = ["Blade Runner: The Final Cut"] };
        Assert.DoesNotContain(RejectionCodes.WrongTitle, One(target, Policy(), Torrent("Blade.Runner.The.Final.Cut.1982.1080p.BluRay.x264-GRP")).Codes());
        var aka = One(SearchTarget.Movie("Léon", 1994), Policy(), Torrent("Leon.AKA.The.Professional.1994.1080p.BluRay.x264-GRP"));
        Assert.True(aka.Accepted, string.Join("; ", aka.Rejections));
    }

    [Fact]
    public void A_name_that_is_no_release_is_rejected_with_the_parsers_reason()
    {
        var decision = One(Blade, Policy(), Torrent("   "));
        Assert.Contains(decision.Rejections, r => r.Code == RejectionCodes.WrongTitle && r.Text.StartsWith("Hearth cannot read", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1982, true)]
    [InlineData(1983, true)]
    [InlineData(1981, true)]
    [InlineData(1985, false)]
    public void A_year_more_than_one_off_is_rejected(int year, bool accepted)
    {
        var decision = One(Blade, Policy(), Torrent($"Blade.Runner.{year}.1080p.BluRay.x264-GROUP"));
        Assert.Equal(!accepted, decision.Codes().Contains(RejectionCodes.WrongYear));
        if (!accepted)
        {
            Assert.Equal($"It is from {year}; Blade Runner is from 1982.", decision.Rejections.Single(r => r.Code == RejectionCodes.WrongYear).Text);
        }
    }

    [Theory]
    [InlineData("The.Expanse.S02E05.1080p.WEB-DL.DD5.1.H.264-GRP", null)]
    [InlineData("The.Expanse.S02E05E06.1080p.WEB-DL.DD5.1.H.264-GRP", null)]
    [InlineData("The.Expanse.S02E06.1080p.WEB-DL.DD5.1.H.264-GRP", "It is S02E06; S02E05 was asked for.")]
    [InlineData("The.Expanse.S03E05.1080p.WEB-DL.DD5.1.H.264-GRP", "It is season 3; S02E05 was asked for.")]
    [InlineData("The.Expanse.S02.1080p.WEB-DL.DD5.1.H.264-GRP", "It is the whole of season 2; S02E05 was asked for.")]
    [InlineData("The.Expanse.S01-S03.1080p.WEB-DL.DD5.1.H.264-GRP", "It packs seasons 1, 2, 3; S02E05 was asked for.")]
    public void Another_season_or_episode_is_rejected_as_wrong_episode(string title, string? text)
    {
        var decision = One(Show, Policy(), Torrent(title, gb: 2));
        var rejection = decision.Rejections.SingleOrDefault(r => r.Code == RejectionCodes.WrongEpisode);
        Assert.Equal(text, rejection?.Text);
    }

    [Fact]
    public void A_season_search_wants_a_pack_not_an_episode()
    {
        var season = Show with { Episodes = [], SeasonSearch = true };
        Assert.True(One(season, Policy(), Torrent("The.Expanse.S02.1080p.WEB-DL.DD5.1.H.264-GRP", gb: 20)).Accepted);
        var single = One(season, Policy(), Torrent("The.Expanse.S02E05.1080p.WEB-DL.DD5.1.H.264-GRP", gb: 2));
        Assert.Equal("It is S02E05, a single release of the season; the whole season was asked for.",
            single.Rejections.Single(r => r.Code == RejectionCodes.WrongEpisode).Text);
    }

    [Fact]
    public void Anime_numbering_and_air_dates_are_placed_through_the_episode_list()
    {
        var anime = SearchTarget.Episode("Some Anime Show", 1, 7, 24) with { AbsoluteEpisodes = new Dictionary<int, int> { [7] = 7, [8] = 8 } };
        Assert.True(One(anime, Policy(), Torrent("[SubsPlease] Some Anime Show - 07 (1080p) [B1F227CF]", gb: 1.2)).Accepted);
        var unplaced = One(anime, Policy(), Torrent("[SubsPlease] Some Anime Show - 31 (1080p) [B1F227CF]", gb: 1.2));
        Assert.Contains(RejectionCodes.WrongEpisode, unplaced.Codes());

        var daily = SearchTarget.Episode("The Daily Show", 2026, 40, 30) with { AirDates = new Dictionary<DateOnly, int> { [new(2026, 3, 2)] = 40 } };
        Assert.True(One(daily, Policy(), Torrent("The.Daily.Show.2026.03.02.1080p.WEB.h264-GRP", gb: 1)).Accepted);
    }

    [Fact]
    public void A_quality_the_profile_does_not_allow_is_rejected()
    {
        var decision = One(Blade, Policy(), Torrent("Blade.Runner.1982.720p.BluRay.x264-GROUP", gb: 5));
        Assert.Equal("Bluray-720p is not allowed in the profile HD-1080p.", decision.Rejections.Single(r => r.Code == RejectionCodes.QualityNotAllowed).Text);
        var unknown = One(Blade, Policy(), Torrent("Blade.Runner.1982-GROUP", gb: 5));
        Assert.Contains(RejectionCodes.QualityNotAllowed, unknown.Codes());
    }

    [Fact]
    public void The_size_must_fit_the_qualitys_limits_for_the_runtime()
    {
        // Bluray-1080p: 4–155 MB a minute; 117 minutes is 0.46–17.7 GB
        Assert.True(One(Blade, Policy(), Torrent("Blade.Runner.1982.1080p.BluRay.x264-GROUP", gb: 10)).Accepted);
        var tiny = One(Blade, Policy(), Torrent("Blade.Runner.1982.1080p.BluRay.x264-GROUP", gb: 0.3));
        Assert.Equal("307 MB is outside 468 MB–17.7 GB for Bluray-1080p at 117 minutes.", tiny.Rejections.Single(r => r.Code == RejectionCodes.Size).Text);
        Assert.Contains(RejectionCodes.Size, One(Blade, Policy(), Torrent("Blade.Runner.1982.1080p.BluRay.x264-GROUP", gb: 25)).Codes());
        // unknown runtime: nothing to judge by
        Assert.True(One(Blade with { RuntimeMinutes = null }, Policy(), Torrent("Blade.Runner.1982.1080p.BluRay.x264-GROUP", gb: 25)).Accepted);
    }

    [Fact]
    public void A_season_packs_size_is_judged_for_all_its_episodes()
    {
        var season = Show with { Episodes = [], SeasonSearch = true };
        // WEBDL-1080p at most 130 MB a minute: 13 × 45 minutes allows 74 GB, one episode 5.7 GB
        Assert.True(One(season, Policy(), Torrent("The.Expanse.S02.1080p.WEB-DL.DD5.1.H.264-GRP", gb: 30)).Accepted);
        Assert.Contains(RejectionCodes.Size, One(Show, Policy(), Torrent("The.Expanse.S02E05.1080p.WEB-DL.DD5.1.H.264-GRP", gb: 30)).Codes());
    }

    [Fact]
    public void A_blocklisted_release_is_rejected_by_guid_or_info_hash()
    {
        var release = Torrent("Blade.Runner.1982.1080p.BluRay.x264-GROUP", guid: "abc") with { InfoHash = "0123456789ABCDEF0123456789ABCDEF01234567" };
        var byGuid = Policy() with { Blocklist = new HashSet<string> { DecisionPolicy.BlocklistKey(Indexer, "abc") } };
        Assert.Equal("It is on the blocklist.", One(Blade, byGuid, release).Rejections.Single().Text);
        var byHash = Policy() with { Blocklist = new HashSet<string> { "0123456789abcdef0123456789abcdef01234567" } };
        Assert.Equal([RejectionCodes.Blocklisted], One(Blade, byHash, release).Codes());
        var otherIndexer = Policy() with { Blocklist = new HashSet<string> { DecisionPolicy.BlocklistKey(Guid.NewGuid(), "abc") } };
        Assert.True(One(Blade, otherIndexer, release).Accepted);
    }

    [Fact]
    public void An_equal_or_better_grab_in_the_queue_stops_another()
    {
        var queued = Blade with { Queued = [new HeldRelease(Qualities.Bluray1080p)] };
        var same = One(queued, Policy(), Torrent("Blade.Runner.1982.1080p.BluRay.x264-OTHER"));
        Assert.Equal("Bluray-1080p (score 0) is already queued, as good or better.", same.Rejections.Single(r => r.Code == RejectionCodes.AlreadyQueued).Text);
        var webQueued = Blade with { Queued = [new HeldRelease(Qualities.WebDl1080p)] };
        Assert.True(One(webQueued, Policy(), Torrent("Blade.Runner.1982.1080p.BluRay.x264-OTHER")).Accepted);
    }

    [Fact]
    public void A_torrent_needs_its_indexers_minimum_of_seeders()
    {
        Assert.Equal("It has 0 seeders; Loopback Tracker asks for at least 1.",
            One(Blade, Policy(), Torrent("Blade.Runner.1982.1080p.BluRay.x264-GROUP", seeders: 0)).Rejections.Single().Text);
        var strict = Policy() with { MinimumSeeders = new Dictionary<Guid, int> { [Indexer] = 5 } };
        Assert.Contains(RejectionCodes.TooFewSeeders, One(Blade, strict, Torrent("Blade.Runner.1982.1080p.BluRay.x264-GROUP", seeders: 4)).Codes());
        Assert.True(One(Blade, strict, Torrent("Blade.Runner.1982.1080p.BluRay.x264-GROUP", seeders: 5)).Accepted);
        Assert.True(One(Blade, Policy(), Nzb("Blade.Runner.1982.1080p.BluRay.x264-GROUP")).Accepted);
    }

    [Fact]
    public void A_release_younger_than_the_delay_waits_unless_it_is_the_best_there_is()
    {
        var delayed = Policy() with { Delay = new DelayProfile { TorrentDelayMinutes = 120, UsenetDelayMinutes = 0 } };
        var young = One(Blade, delayed, Torrent("Blade.Runner.1982.1080p.WEB-DL.DD5.1.H.264-GRP", hoursOld: 0.5));
        Assert.Equal("It was published 30 min ago; the delay profile waits 120 minutes for torrent releases (90 min left).",
            young.Rejections.Single(r => r.Code == RejectionCodes.Delayed).Text);
        Assert.True(One(Blade, delayed, Torrent("Blade.Runner.1982.1080p.WEB-DL.DD5.1.H.264-GRP", hoursOld: 3)).Accepted);
        Assert.True(One(Blade, delayed, Nzb("Blade.Runner.1982.1080p.WEB-DL.DD5.1.H.264-GRP", hoursOld: 0.5)).Accepted);
        // Bluray-1080p is the profile's best step: it bypasses the delay
        Assert.True(One(Blade, delayed, Torrent("Blade.Runner.1982.1080p.BluRay.x264-GRP", hoursOld: 0.5)).Accepted);
    }

    [Fact]
    public void A_release_in_no_wanted_language_is_rejected()
    {
        var english = Policy(Hd1080p with { Languages = [Language.English] });
        var german = One(Blade, english, Torrent("Blade.Runner.1982.German.1080p.BluRay.x264-GRP"));
        Assert.Equal("It is in German; the profile HD-1080p wants English.", german.Rejections.Single(r => r.Code == RejectionCodes.Language).Text);
        // a name without a language is in the film's own
        Assert.True(One(Blade, english, Torrent("Blade.Runner.1982.1080p.BluRay.x264-GRP")).Accepted);
        Assert.True(One(Blade, english, Torrent("Blade.Runner.1982.German.DL.1080p.BluRay.x264-GRP")).Accepted);

        var original = Policy(Hd1080p with { Languages = [Language.Original] });
        var amelie = SearchTarget.Movie("Amélie", 2001) with { OriginalLanguage = Language.French };
        Assert.Contains(RejectionCodes.Language, One(amelie, original, Torrent("Amelie.2001.English.1080p.BluRay.x264-GRP")).Codes());
        Assert.True(One(amelie, original, Torrent("Amelie.2001.1080p.BluRay.x264-GRP")).Accepted);
    }

    [Fact]
    public void A_multi_episode_file_with_an_unwanted_episode_is_rejected()
    {
        var target = Show with { WantedEpisodes = new HashSet<int> { 5 } };
        var decision = One(target, Policy(), Torrent("The.Expanse.S02E05E06.1080p.WEB-DL.DD5.1.H.264-GRP", gb: 4));
        Assert.Equal("It holds S02E05E06, and S02E06 is not wanted.", decision.Rejections.Single(r => r.Code == RejectionCodes.MultiEpisode).Text);
        var both = Show with { WantedEpisodes = new HashSet<int> { 5, 6 } };
        Assert.True(One(both, Policy(), Torrent("The.Expanse.S02E05E06.1080p.WEB-DL.DD5.1.H.264-GRP", gb: 4)).Accepted);
    }

    [Fact]
    public void An_indexer_demanding_more_seeding_than_the_client_gives_is_rejected()
    {
        var limits = Policy() with { ClientSeedLimits = new SeedLimits(1.0, TimeSpan.FromHours(72)) };
        var ratio = Torrent("Blade.Runner.1982.1080p.BluRay.x264-GRP") with { MinimumRatio = 1.5 };
        Assert.Equal("The indexer asks for a ratio of 1.5; the download client stops seeding at 1.",
            One(Blade, limits, ratio).Rejections.Single(r => r.Code == RejectionCodes.SeedRequirement).Text);
        var time = Torrent("Blade.Runner.1982.1080p.BluRay.x264-GRP") with { MinimumSeedTime = 96 * 3600 };
        Assert.Contains(RejectionCodes.SeedRequirement, One(Blade, limits, time).Codes());
        Assert.True(One(Blade, Policy(), ratio).Accepted);
        Assert.True(One(Blade, limits, Torrent("Blade.Runner.1982.1080p.BluRay.x264-GRP") with { MinimumRatio = 1.0, MinimumSeedTime = 3600 }).Accepted);
    }

    [Fact]
    public void Every_reason_is_given_not_just_the_first()
    {
        var decision = One(Blade, Policy(), Torrent("Blade.Runner.1990.720p.BluRay.x264-GRP", gb: 60, seeders: 0));
        Assert.Equal([RejectionCodes.WrongYear, RejectionCodes.QualityNotAllowed, RejectionCodes.Size, RejectionCodes.TooFewSeeders], decision.Codes());
    }

    [Fact]
    public void Usenet_and_torrents_alike_have_no_seeder_rule_when_seeders_are_unknown()
    {
        var release = Torrent("Blade.Runner.1982.1080p.BluRay.x264-GRP") with { Seeders = null };
        Assert.True(One(Blade, Policy(), release).Accepted);
        Assert.Equal(ReleaseProtocol.Usenet, Nzb("x").Protocol);
    }
}
