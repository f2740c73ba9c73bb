using Hearth.Core.Metadata;
using Hearth.Library.Metadata.Matching;

namespace Hearth.Library.Tests.Metadata.Matching;

public sealed class EpisodeMatcherTests
{
    // two seasons of three and a special, as a provider lists them (out of order on purpose)
    private static readonly EpisodeMetadata[] Show =
    [
        Episode(2, 1, new DateOnly(2021, 1, 4)),
        Episode(1, 1, new DateOnly(2020, 1, 6)),
        Episode(1, 2, new DateOnly(2020, 1, 13)),
        Episode(1, 3, new DateOnly(2020, 1, 20)),
        Episode(0, 1, new DateOnly(2020, 12, 24)),
        Episode(2, 2, new DateOnly(2021, 1, 11)),
        Episode(2, 3, new DateOnly(2021, 1, 18)),
    ];

    [Fact]
    public void Find_SeasonAndNumber_ThatEpisode()
    {
        var found = Assert.Single(EpisodeMatcher.Find(Show, new LocalEpisode(2, 2)));

        Assert.Equal((2, 2), (found.Season, found.Number));
    }

    [Fact]
    public void Find_Special_SeasonZero()
    {
        var found = Assert.Single(EpisodeMatcher.Find(Show, new LocalEpisode(0, 1)));

        Assert.Equal("S00E01", found.Title);
    }

    [Fact]
    public void Find_MultiEpisodeFile_EveryEpisodeOfTheRangeInOrder()
    {
        var found = EpisodeMatcher.Find(Show, new LocalEpisode(1, 1, EndNumber: 3));

        Assert.Equal(["S01E01", "S01E02", "S01E03"], found.Select(e => e.Title));
    }

    [Fact]
    public void Find_DailyShowByAirDate_ThatEpisode()
    {
        var found = Assert.Single(EpisodeMatcher.Find(Show, new LocalEpisode(null, null, AirDate: new DateOnly(2021, 1, 11))));

        Assert.Equal("S02E02", found.Title);
    }

    [Fact]
    public void Find_AirDateUnknownToProvider_FallsBackToNumber()
    {
        var found = Assert.Single(EpisodeMatcher.Find(Show, new LocalEpisode(1, 2, AirDate: new DateOnly(1999, 1, 1))));

        Assert.Equal("S01E02", found.Title);
    }

    [Fact]
    public void Find_AbsoluteNumberTheProviderHas_ThatEpisode()
    {
        EpisodeMetadata[] anime =
        [
            Episode(1, 1, null, absolute: 1),
            Episode(1, 2, null, absolute: 2),
            Episode(2, 1, null, absolute: 3),
            Episode(2, 2, null, absolute: 4),
        ];

        var found = Assert.Single(EpisodeMatcher.Find(anime, new LocalEpisode(null, null, AbsoluteNumber: 3)));

        Assert.Equal("S02E01", found.Title);
    }

    [Fact]
    public void Find_AbsoluteNumberProviderLacks_CountedThroughSeasonsWithoutSpecials()
    {
        // absolute 5: three in season 1, the special skipped, the second of season 2
        var found = Assert.Single(EpisodeMatcher.Find(Show, new LocalEpisode(null, null, AbsoluteNumber: 5)));

        Assert.Equal("S02E02", found.Title);
    }

    [Fact]
    public void Find_BareNumberWithoutSeasonRange_CountedAsAbsolute()
    {
        var found = EpisodeMatcher.Find(Show, new LocalEpisode(null, 3, EndNumber: 4));

        Assert.Equal(["S01E03", "S02E01"], found.Select(e => e.Title));
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(1, 9)]
    public void Find_EpisodeTheProviderDoesNotHave_Empty(int season, int number) =>
        Assert.Empty(EpisodeMatcher.Find(Show, new LocalEpisode(season, number)));

    [Fact]
    public void Find_AbsoluteBeyondTheShow_Empty() =>
        Assert.Empty(EpisodeMatcher.Find(Show, new LocalEpisode(null, null, AbsoluteNumber: 40)));

    private static EpisodeMetadata Episode(int season, int number, DateOnly? aired, int? absolute = null) =>
        new(season, number, absolute, aired, $"S{season:00}E{number:00}", null, null, null, [], new Dictionary<string, string>());
}
