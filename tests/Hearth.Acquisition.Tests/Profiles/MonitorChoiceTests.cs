using Hearth.Acquisition.Catalog;

namespace Hearth.Acquisition.Tests.Profiles;

/// <summary>Sonarr's monitoring choices, episode by episode.</summary>
public class MonitorChoiceTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Theory]
    [InlineData("all", 0, true)]
    [InlineData("all", 1, true)]
    [InlineData("future", 1, false)]
    [InlineData("missing", 1, true)]
    [InlineData("firstSeason", 1, true)]
    [InlineData("firstSeason", 3, false)]
    [InlineData("latestSeason", 3, true)]
    [InlineData("latestSeason", 1, false)]
    [InlineData("none", 1, false)]
    public void An_aired_episode_without_a_file(string choice, int season, bool monitored) =>
        Assert.Equal(monitored, MonitorChoice.Monitors(choice, season, new DateOnly(2020, 1, 1), hasFile: false, firstSeason: 1, latestSeason: 3, Today));

    [Fact]
    public void Future_takes_what_has_not_aired_and_missing_what_has_no_file()
    {
        Assert.True(MonitorChoice.Monitors("future", 3, Today.AddDays(1), false, 1, 3, Today));
        Assert.True(MonitorChoice.Monitors("future", 3, null, false, 1, 3, Today));
        Assert.False(MonitorChoice.Monitors("future", 3, Today, false, 1, 3, Today));
        Assert.False(MonitorChoice.Monitors("missing", 2, Today.AddDays(-9), hasFile: true, 1, 3, Today));
        Assert.False(MonitorChoice.Monitors("future", 0, Today.AddDays(3), false, 1, 3, Today));
    }
}
