using Hearth.Acquisition.Import;

namespace Hearth.Acquisition.Tests.Import;

/// <summary>The naming formats, in Radarr's and Sonarr's token language, and names safe on every file system.</summary>
public sealed class NamingTests
{
    private static readonly NamingOptions Defaults = new();

    [Fact]
    public void Radarr_and_Sonarr_defaults_name_films_and_episodes_as_they_do()
    {
        var film = new Dictionary<string, string?> { ["Movie Title"] = "Blade Runner", ["Release Year"] = "1982", ["Quality Full"] = "Bluray-1080p" };
        Assert.Equal("Blade Runner (1982)", Naming.Format(Defaults.MovieFolder, film));
        Assert.Equal("Blade Runner (1982) Bluray-1080p", Naming.Format(Defaults.MovieFile, film));

        var episode = new Dictionary<string, string?> { ["Series Title"] = "Sherlock", ["season"] = "1", ["episode"] = "2", ["Episode Title"] = "The Blind Banker", ["Quality Full"] = "HDTV-720p" };
        Assert.Equal("Sherlock", Naming.Format(Defaults.SeriesFolder, episode));
        Assert.Equal("Season 1", Naming.Format(Defaults.SeasonFolder, episode));
        Assert.Equal("Sherlock - S01E02 - The Blind Banker HDTV-720p", Naming.Format(Defaults.EpisodeFile, episode));
    }

    [Fact]
    public void An_empty_token_takes_its_brackets_and_separators_with_it()
    {
        Assert.Equal("Metropolis Bluray-1080p", Naming.Format("{Movie Title} ({Release Year}) {Quality Full}", new Dictionary<string, string?> { ["Movie Title"] = "Metropolis", ["Quality Full"] = "Bluray-1080p" }));
        Assert.Equal("Show - S02E10 - WEBDL-1080p", Naming.Format(Defaults.EpisodeFile, new Dictionary<string, string?> { ["Series Title"] = "Show", ["season"] = "2", ["episode"] = "10", ["Quality Full"] = "WEBDL-1080p" }));
        Assert.Equal("Season 03", Naming.Format("Season {season:00}", new Dictionary<string, string?> { ["season"] = "3" }));
    }

    [Theory]
    [InlineData("Star Wars: Episode IV", "Star Wars - Episode IV")]
    [InlineData("AC/DC: Live", "AC+DC - Live")]
    [InlineData("What? \"Quotes\" <and> *stars*", "What Quotes and stars")]
    [InlineData("Trailing dots...", "Trailing dots")]
    [InlineData("..", "_")]
    public void Names_are_safe_as_one_path_segment(string title, string expected) => Assert.Equal(expected, Naming.Clean(title));

    [Fact]
    public void A_long_name_is_cut_to_200_bytes_on_a_character()
    {
        var cut = Naming.Clean(new string('é', 150));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(cut) <= 200);
        Assert.Equal(100, cut.Length);
    }

    [Fact]
    public void Clean_titles_keep_letters_and_digits_only() => Assert.Equal("Fast and Furious 6", Naming.CleanTitle("Fast & Furious 6!"));
}
