using Hearth.Acquisition.Catalog;
using Hearth.Acquisition.Profiles;
using Hearth.Acquisition.Store;

namespace Hearth.Acquisition.Tests.Profiles;

/// <summary>Which version of a movie each of its files belongs to, and what that makes of each version's status.</summary>
public class MovieVersionTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static QualityProfile Profile(string name) => DefaultProfiles.All.Single(p => p.Name == name);

    private static MovieRow Movie(string profile) => new()
    {
        Id = 1,
        Title = "Blade Runner",
        MatchTitle = "bladerunner",
        Year = 1982,
        ProfileId = Profile(profile).Id,
        Monitored = true,
        Source = "offline",
    };

    private static MediaFileRow File(int id, string quality) => new() { Id = id, MovieId = 1, Path = $"/m/Blade Runner (1982)/{id}.mkv", Quality = quality };

    private static IReadOnlyList<MovieVersion> Versions(string main, params (int Id, string Profile, bool Monitored)[] extras) =>
        MovieVersions.Of(
            Movie(main),
            extras.Select(e => new MovieVersionRow { Id = e.Id, MovieId = 1, Name = e.Profile, ProfileId = Profile(e.Profile).Id, Monitored = e.Monitored }),
            id => DefaultProfiles.All.Single(p => p.Id == id));

    [Fact]
    public void A_file_goes_to_the_version_whose_profile_allows_it()
    {
        var versions = Versions("HD-1080p", (7, "Ultra-HD", true));
        Assert.Equal(new int?[] { null, 7 }, versions.Select(v => v.Id));
        Assert.Null(MovieVersions.VersionOf(File(1, "Bluray-1080p"), versions).Id);
        Assert.Equal(7, MovieVersions.VersionOf(File(2, "Bluray-2160p"), versions).Id);
        Assert.Equal(7, MovieVersions.VersionOf(File(3, "WEBDL-2160p"), versions).Id);
    }

    [Fact]
    public void When_several_profiles_allow_a_file_the_narrowest_takes_it_and_an_unfit_file_stays_with_the_movie()
    {
        // "Any" allows 2160p too, but a 4K version exists for it
        var versions = Versions("Any", (3, "Ultra-HD", true));
        Assert.Equal(3, MovieVersions.VersionOf(File(1, "Bluray-2160p"), versions).Id);
        Assert.Null(MovieVersions.VersionOf(File(2, "Bluray-1080p"), versions).Id);

        // a DVD file fits neither HD-1080p nor Ultra-HD: it counts for the movie's own version, below its cutoff
        var strict = Versions("HD-1080p", (3, "Ultra-HD", true));
        Assert.Null(MovieVersions.VersionOf(File(3, "DVD"), strict).Id);
    }

    [Fact]
    public void Each_version_has_its_own_status_and_the_movie_says_what_is_still_needed()
    {
        var movie = Movie("HD-1080p");
        var versions = Versions("HD-1080p", (7, "Ultra-HD", true));

        var only1080 = CatalogViews.View(movie, [File(1, "Bluray-1080p")], versions, Today);
        Assert.Equal(new[] { "cutoffMet", "wanted" }, only1080.Versions.Select(v => v.Status));
        Assert.Equal("wanted", only1080.Status);
        Assert.Equal(new[] { 1 }, only1080.Versions[0].FileIds);
        Assert.Empty(only1080.Versions[1].FileIds);

        var both = CatalogViews.View(movie, [File(1, "Bluray-1080p"), File(2, "Bluray-2160p")], versions, Today);
        Assert.Equal(new[] { "cutoffMet", "cutoffMet" }, both.Versions.Select(v => v.Status));
        Assert.Equal("cutoffMet", both.Status);
        Assert.Equal(2, both.Files.Count);

        // an unmonitored further version asks for nothing
        var resting = CatalogViews.View(movie, [File(1, "Bluray-1080p")], Versions("HD-1080p", (7, "Ultra-HD", false)), Today);
        Assert.Equal("cutoffMet", resting.Status);
        Assert.Equal("unmonitored", resting.Versions[1].Status);
    }
}
