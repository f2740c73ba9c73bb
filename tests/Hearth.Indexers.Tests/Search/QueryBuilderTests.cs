using System.Text;
using Hearth.Core.Indexers;
using Hearth.Indexers.Caps;
using Hearth.Indexers.Search;

namespace Hearth.Indexers.Tests.Search;

public sealed class QueryBuilderTests
{
    private static IndexerCaps Caps(string fixture) => CapsParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(FakeIndexer.Fixture(fixture))));

    [Fact]
    public void Build_TvWithSupportedId_SendsTheIdAndNoText()
    {
        var plan = QueryBuilder.Build(new ReleaseQuery { Kind = SearchKind.Tv, Text = "Show Title", TvdbId = 121361, TvMazeId = 82, Season = 1, Episode = "2" }, Caps("torznab-caps.xml"), [])!;

        Assert.Equal("t=tvsearch&tvdbid=121361&season=1&ep=2", plan.ToString());
        Assert.False(plan.FellBackToText);
    }

    [Fact]
    public void Build_TvIdNotSupported_FallsBackToTitleWithSeasonAndEpisode()
    {
        var plan = QueryBuilder.Build(new ReleaseQuery { Kind = SearchKind.Tv, Text = "Show Title", TvdbId = 121361, Season = 1, Episode = "2" }, Caps("newznab-caps.xml"), [])!;

        Assert.Equal("t=tvsearch&q=Show Title&season=1&ep=2", plan.ToString());
    }

    [Fact]
    public void Build_NoTvSearch_FallsBackToTextWithSeasonAndEpisodeInIt()
    {
        var plan = QueryBuilder.Build(new ReleaseQuery { Kind = SearchKind.Tv, Text = "Show Title", TvdbId = 121361, Season = 1, Episode = "2" }, Caps("search-only-caps.xml"), [])!;

        Assert.Equal("t=search&q=Show Title S01E02", plan.ToString());
        Assert.True(plan.FellBackToText);
    }

    [Fact]
    public void Build_DailyEpisodeWithoutTvSearch_WritesTheDate()
    {
        var plan = QueryBuilder.Build(new ReleaseQuery { Kind = SearchKind.Tv, Text = "Daily Show", Season = 2024, Episode = "02/14" }, Caps("search-only-caps.xml"), [])!;

        Assert.Equal("Daily Show 2024.02.14", plan.Get("q"));
    }

    [Fact]
    public void Build_IdOnlyAndNoSupport_CannotSearch()
    {
        Assert.Null(QueryBuilder.Build(new ReleaseQuery { Kind = SearchKind.Tv, TvdbId = 121361 }, Caps("newznab-caps.xml"), []));
    }

    [Fact]
    public void Build_MovieWithImdb_SendsDigitsOnly()
    {
        var plan = QueryBuilder.Build(new ReleaseQuery { Kind = SearchKind.Movie, Text = "Movie Title", ImdbId = "tt0119167", Year = 1997 }, Caps("newznab-caps.xml"), [])!;

        Assert.Equal("t=movie&imdbid=0119167", plan.ToString());
    }

    [Fact]
    public void Build_MovieTmdbNotSupported_SearchesTitleAndYear()
    {
        var plan = QueryBuilder.Build(new ReleaseQuery { Kind = SearchKind.Movie, Text = "Movie Title", TmdbId = 603, Year = 1999 }, Caps("newznab-caps.xml"), [])!;

        Assert.Equal("t=movie&q=Movie Title 1999", plan.ToString());
    }

    [Fact]
    public void Build_StandardCategories_MapToTheIndexersOwn()
    {
        var plan = QueryBuilder.Build(new ReleaseQuery { Text = "x", Categories = [2040, 5045] }, Caps("torznab-caps.xml"), [])!;

        // 2040 is listed; 5045 is not, so its parent 5000; custom "Movies …" and "TV …" categories join
        Assert.Equal("2040,5000,100014,100041", plan.Get("cat"));
    }

    [Fact]
    public void Build_NoCategoriesAsked_UsesTheIndexersConfiguredOnes()
    {
        var plan = QueryBuilder.Build(new ReleaseQuery { Text = "x" }, Caps("torznab-caps.xml"), [5000])!;

        Assert.Equal("5000", plan.Get("cat"));
    }

    [Fact]
    public void Build_CategoryTheIndexerLacks_CannotSearch()
    {
        Assert.Null(QueryBuilder.Build(new ReleaseQuery { Text = "x", Categories = [3000] }, Caps("torznab-caps.xml"), []));
    }

    [Theory]
    [InlineData("torznab-caps.xml", "t=tvsearch&cat=5000,100041")]
    [InlineData("search-only-caps.xml", "t=search&cat=5000")]
    public void Build_TvWithNothingButCategories_AsksForTheLatest(string caps, string expected)
    {
        var plan = QueryBuilder.Build(new ReleaseQuery { Kind = SearchKind.Tv, Categories = [5000] }, Caps(caps), [])!;

        Assert.Equal(expected, plan.ToString());
    }
}
