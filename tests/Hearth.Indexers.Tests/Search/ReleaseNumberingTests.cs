using Hearth.Core.Indexers;
using Hearth.Indexers.Search;

namespace Hearth.Indexers.Tests.Search;

/// <summary>What an id query's title search keeps: the asked numbering, read from each release's name.</summary>
public sealed class ReleaseNumberingTests
{
    [Theory]
    [InlineData("Sherlock.S01E01.720p.HDTV.x264-FoV", true)]
    [InlineData("Sherlock.S01E01E02.720p.HDTV.x264-FoV", true)]
    [InlineData("Sherlock 1x01 A Study in Pink 720p", true)]
    [InlineData("Sherlock.S01E02.720p.HDTV.x264-FoV", false)]
    [InlineData("Sherlock.S02E01.720p.HDTV.x264-FoV", false)]
    [InlineData("Sherlock.S01.1080p.BluRay.x264-SHORTBREHD", false)]
    [InlineData("Sherlock.Complete.Series.1080p.BluRay", false)]
    public void Episode_OnlyThatEpisode(string release, bool kept) =>
        Assert.Equal(kept, ReleaseNumbering.Matches(release, new ReleaseQuery { Kind = SearchKind.Tv, TvdbId = 176941, Season = 1, Episode = "1" }, null));

    [Theory]
    [InlineData("Sherlock.S01.1080p.BluRay.x264-SHORTBREHD", true)]
    [InlineData("Sherlock.S01E03.720p.HDTV.x264-FoV", true)]
    [InlineData("Sherlock.S01-S04.1080p.BluRay.x264-GRP", true)]
    [InlineData("Sherlock.S02.1080p.BluRay.x264-SHORTBREHD", false)]
    public void Season_AnyReleaseOfTheSeason(string release, bool kept) =>
        Assert.Equal(kept, ReleaseNumbering.Matches(release, new ReleaseQuery { Kind = SearchKind.Tv, TvdbId = 176941, Season = 1 }, null));

    [Theory]
    [InlineData("The.Daily.Show.2024.02.14.Guest.720p.WEB.h264-EDITH", true)]
    [InlineData("The.Daily.Show.2024.02.15.Guest.720p.WEB.h264-EDITH", false)]
    public void Daily_TheAirDate(string release, bool kept) =>
        Assert.Equal(kept, ReleaseNumbering.Matches(release, new ReleaseQuery { Kind = SearchKind.Tv, TvdbId = 71256, Season = 2024, Episode = "02/14" }, null));

    [Theory]
    [InlineData("Blade.Runner.1982.The.Final.Cut.1080p.BluRay.x264-AMIABLE", true)]
    [InlineData("Blade.Runner.1983.720p.BluRay.x264-GRP", true)]
    [InlineData("Blade Runner Directors Cut 1080p BluRay", true)]
    [InlineData("Blade.Runner.2049.2017.1080p.BluRay.x264-SPARKS", false)]
    public void Film_TheYearGiveOrTakeOne(string release, bool kept) =>
        Assert.Equal(kept, ReleaseNumbering.Matches(release, new ReleaseQuery { Kind = SearchKind.Movie, ImdbId = "tt0083658" }, 1982));
}
