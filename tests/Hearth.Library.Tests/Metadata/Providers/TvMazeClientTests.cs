using Hearth.Core.Metadata;
using Hearth.Library.Metadata.Providers.TvMaze;

namespace Hearth.Library.Tests.Metadata.Providers;

public sealed class TvMazeClientTests
{
    private const string Static = "https://static.tvmaze.com/uploads/images/";

    [Fact]
    public async Task SearchShowsAsync_Title_MapsCandidatesWithPlainSummaries()
    {
        await using var rig = await ProviderRig.StartAsync(key: null);

        var result = await rig.TvMaze.SearchShowsAsync("Sherlock", 2010, "de-DE", CancellationToken.None);

        Assert.Equal(ProviderOutcome.Ok, result.Outcome);
        var search = Assert.Single(rig.Fake.Requests);
        Assert.Equal(("/tvmaze/search/shows", "?q=Sherlock"), (search.Path, search.Query));
        Assert.Equal(2, result.Value!.Count);
        var hit = result.Value[0];
        Assert.Equal(("tvmaze", "335", MetadataKind.Show, "Sherlock", 2010, (double?)98), (hit.Provider, hit.Id, hit.Kind, hit.Title, hit.Year, hit.Popularity));
        Assert.Equal("Sherlock depicts \"consulting detective\" Sherlock Holmes in modern-day London.", hit.Overview);
        Assert.Equal(Static + "original_untouched/171/428042.jpg", hit.PosterUrl);
        Assert.Null(result.Value[1].PosterUrl);
        Assert.Null(result.Value[1].Overview);
    }

    [Fact]
    public async Task ShowAsync_Sherlock_MapsShowCastSeasonsAndImages()
    {
        await using var rig = await ProviderRig.StartAsync(key: null);

        var result = await rig.TvMaze.ShowAsync("335", "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.Ok, result.Outcome);
        Assert.Contains(rig.Fake.Requests, r => r.Path == "/tvmaze/shows/335" && r.Query == "?embed[]=cast");
        var s = result.Value!;
        Assert.Equal(("tvmaze", "335", "Sherlock", "en", "Ended"), (s.Provider, s.Id, s.Title, s.OriginalLanguage, s.Status));
        Assert.Equal(new Dictionary<string, string> { ["tvmaze"] = "335", ["tvdb"] = "176941", ["imdb"] = "tt1475582" }, s.ExternalIds);
        Assert.Equal(new DateOnly(2010, 7, 25), s.FirstAired);
        Assert.Equal("Sherlock depicts \"consulting detective\" Sherlock Holmes in modern-day London.\n\nHolmes is assisted by his flatmate, Dr John Watson & friend.", s.Overview);
        Assert.Equal(["Drama", "Crime", "Mystery"], s.Genres);
        Assert.Equal(["BBC One", "Netflix"], s.Studios);
        Assert.Equal(8.8, s.CommunityRating);
        Assert.Equal(90, s.EpisodeRuntimeMinutes);
        Assert.Empty(s.Certifications);
        Assert.Equal(
            [
                new RemotePerson("Benedict Cumberbatch", "Sherlock Holmes", "Actor", Static + "original_untouched/0/1815.jpg", 0),
                new RemotePerson("Martin Freeman", "Dr. John Watson", "Actor", null, 1),
            ],
            s.People);
        Assert.Equal(
            [
                new RemoteImage(ImageRole.Poster, Static + "original_untouched/171/428042.jpg", null, null, null, 680, 1000),
                new RemoteImage(ImageRole.Backdrop, Static + "original_untouched/2/7318.jpg", null, null, null, 1920, 1080),
                new RemoteImage(ImageRole.Logo, Static + "original_untouched/3/9001.png", null, null, null, 800, 310),
            ],
            s.Images);
        var season = Assert.Single(s.Seasons);
        Assert.Equal((1, (string?)null, "The first series.", new DateOnly(2010, 7, 25)), (season.Number, season.Name, season.Overview, season.AirDate));
        Assert.Equal(Static + "original_untouched/24/60941.jpg", Assert.Single(season.Images).Url);
    }

    [Fact]
    public async Task EpisodesAsync_Sherlock_SpecialsAsSeasonZero()
    {
        await using var rig = await ProviderRig.StartAsync(key: null);

        var result = await rig.TvMaze.EpisodesAsync("335", "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.Ok, result.Outcome);
        Assert.Contains(rig.Fake.Requests, r => r.Path == "/tvmaze/shows/335/episodes" && r.Query == "?specials=1");
        var episodes = result.Value!;
        Assert.Equal([(0, 1), (1, 1), (1, 2), (1, 3)], episodes.Select(e => (e.Season, e.Number)));
        var special = episodes[0];
        Assert.Equal(("Unaired Pilot", "The original 60-minute pilot.", (int?)null, new DateOnly(2010, 8, 30)), (special.Title, special.Overview, special.AbsoluteNumber, special.AirDate));
        var first = episodes[1];
        Assert.Equal(("A Study in Pink", "Dr John Watson meets Sherlock Holmes.", 90, (double?)8.6, (int?)1), (first.Title, first.Overview, first.RuntimeMinutes, first.CommunityRating, first.AbsoluteNumber));
        Assert.Equal(new RemoteImage(ImageRole.Thumb, Static + "original_untouched/1/4388.jpg", null, null, null, null, null), Assert.Single(first.Images));
        Assert.Equal("30380", first.ExternalIds["tvmaze"]);
    }

    [Theory]
    [InlineData("tvdb", "176941", "?thetvdb=176941")]
    [InlineData("imdb", "tt1475582", "?imdb=tt1475582")]
    public async Task FindShowAsync_KnownExternalId_ReadsTheRedirect(string source, string id, string query)
    {
        await using var rig = await ProviderRig.StartAsync(key: null);

        var result = await rig.TvMaze.FindShowAsync(source, id, CancellationToken.None);

        Assert.Equal(ProviderResult<string>.Ok("335"), result);
        var lookup = Assert.Single(rig.Fake.Requests); // the redirect is read, not followed
        Assert.Equal(("/tvmaze/lookup/shows", query), (lookup.Path, lookup.Query));
    }

    [Fact]
    public async Task FindShowAsync_UnknownExternalId_NotFound()
    {
        await using var rig = await ProviderRig.StartAsync(key: null);

        var result = await rig.TvMaze.FindShowAsync("tvdb", "1", CancellationToken.None);

        Assert.Equal(ProviderOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task FindShowAsync_TmdbId_NotFoundWithoutRequest()
    {
        await using var rig = await ProviderRig.StartAsync(key: null);

        var result = await rig.TvMaze.FindShowAsync("tmdb", "19885", CancellationToken.None);

        Assert.Equal(ProviderOutcome.NotFound, result.Outcome);
        Assert.Empty(rig.Fake.Requests);
    }

    [Fact]
    public async Task ShowAsync_UnknownShow_NotFound()
    {
        await using var rig = await ProviderRig.StartAsync(key: null);

        var result = await rig.TvMaze.ShowAsync("999999", "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.NotFound, result.Outcome);
        Assert.Equal("TVmaze has no show 999999", result.Detail);
    }

    [Theory]
    [InlineData("<p>One &amp; two.</p><p>Three<br>four</p>", "One & two.\n\nThree\n\nfour")]
    [InlineData("<p><b>Bold</b>   and  <i>italic</i></p>", "Bold and italic")]
    [InlineData("plain", "plain")]
    [InlineData("<p></p>", null)]
    [InlineData(null, null)]
    public void ToPlain_Html_PlainText(string? html, string? expected) => Assert.Equal(expected, HtmlText.ToPlain(html));

    [Fact]
    public async Task Requests_NeverMoreIn10SecondsThanTvMazeAllows()
    {
        await using var rig = await ProviderRig.StartAsync(settings: new Dictionary<string, string> { ["TvMaze:RequestsPer10Seconds"] = "3", ["CacheTtl"] = "00:00:00" });
        using var stop = new CancellationTokenSource();

        var searches = Enumerable.Range(1, 5).Select(i => rig.TvMaze.SearchShowsAsync($"Show {i}", null, "en", stop.Token)).ToList();
        await Task.Delay(TimeSpan.FromSeconds(2));

        // three went out at once; the other two wait for the window to move, without a 429 from the provider
        Assert.Equal(3, rig.Fake.Requests.Count(r => r.Path.StartsWith("/tvmaze/", StringComparison.Ordinal)));
        Assert.Equal(3, searches.Count(t => t.IsCompleted));
        await stop.CancelAsync();
    }
}
