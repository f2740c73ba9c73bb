using Hearth.Core.Metadata;
using Hearth.Library.Metadata.Matching;
using Microsoft.Extensions.Options;
using static Hearth.Library.Tests.Metadata.Matching.Candidates;

namespace Hearth.Library.Tests.Metadata.Matching;

/// <summary>The matcher's orchestration: which provider is asked what, in which order, and what a failure becomes.</summary>
public sealed class MetadataMatcherTests
{
    private static readonly MetadataCandidate Alien = Movie("348", "Alien", 1979);
    private static readonly MetadataCandidate Aliens = Movie("679", "Aliens", 1986);

    [Fact]
    public async Task MatchAsync_TmdbIdResolves_MatchedWithoutSearch()
    {
        var tmdb = Tmdb();
        tmdb.ById["348"] = Alien;

        var result = await Matcher(tmdb).MatchAsync(MovieRequest("Something Else", 2001, (ProviderIdNames.Tmdb, "348")), "en-US", default);

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal("348", result.Candidate!.Id);
        Assert.Equal(1.0, result.Confidence);
        Assert.Equal("'Alien' (1979) by its tmdb id 348", result.Reason);
        Assert.Equal(["get 348"], tmdb.Calls);
    }

    [Fact]
    public async Task MatchAsync_ImdbId_FoundThroughProviderWithoutSearch()
    {
        var tmdb = Tmdb();
        tmdb.ById["348"] = Alien;
        tmdb.Finds[(ProviderIdNames.Imdb, "tt0078748")] = "348";

        var result = await Matcher(tmdb).MatchAsync(MovieRequest("Alien", 1979, (ProviderIdNames.Imdb, "tt0078748")), "en-US", default);

        Assert.Equal("348", result.Candidate!.Id);
        Assert.Equal(["find imdb tt0078748", "get 348"], tmdb.Calls);
    }

    [Fact]
    public async Task MatchAsync_TmdbIdUnknown_FallsBackToSearch()
    {
        var tmdb = Tmdb();
        tmdb.Searches.Add((1979, [Aliens, Alien]));

        var result = await Matcher(tmdb).MatchAsync(MovieRequest("Alien", 1979, (ProviderIdNames.Tmdb, "999999")), "en-US", default);

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal("348", result.Candidate!.Id);
        Assert.Equal(["get 999999", "search Alien 1979"], tmdb.Calls);
    }

    [Fact]
    public async Task MatchAsync_SearchUnavailable_FailedNotUnmatched()
    {
        var tmdb = Tmdb();
        tmdb.FailWith = ProviderOutcome.Unavailable;

        var result = await Matcher(tmdb).MatchAsync(MovieRequest("Alien", 1979), "en-US", default);

        Assert.Equal(MatchStatus.Failed, result.Status);
        Assert.Equal(ProviderOutcome.Unavailable, result.Failure);
        Assert.Contains("prepared failure", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MatchAsync_IdLookupRateLimited_FailedWithoutSearch()
    {
        var tmdb = Tmdb();
        tmdb.FailWith = ProviderOutcome.RateLimited;

        var result = await Matcher(tmdb).MatchAsync(MovieRequest("Alien", 1979, (ProviderIdNames.Tmdb, "348")), "en-US", default);

        Assert.Equal(ProviderOutcome.RateLimited, result.Failure);
        Assert.Equal(["get 348"], tmdb.Calls);
    }

    [Fact]
    public async Task MatchAsync_MovieWithoutKey_Failed()
    {
        var tmdb = Tmdb();
        tmdb.FailWith = ProviderOutcome.NoKey;

        var result = await Matcher(tmdb).MatchAsync(MovieRequest("Alien", 1979), "en-US", default);

        Assert.Equal(MatchStatus.Failed, result.Status);
        Assert.Equal(ProviderOutcome.NoKey, result.Failure);
    }

    [Fact]
    public async Task MatchAsync_OnlyNearTitle_UnmatchedWithAlternatives()
    {
        var tmdb = Tmdb();
        tmdb.Searches.Add((null, [Aliens]));

        var result = await Matcher(tmdb).MatchAsync(MovieRequest("Alien", null), "en-US", default);

        Assert.Equal(MatchStatus.Unmatched, result.Status);
        Assert.Null(result.Candidate);
        Assert.Equal("679", Assert.Single(result.Alternatives).Id);
        Assert.Contains("below 0.80", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MatchAsync_YearOffByOne_SecondSearchWithoutYearMatches()
    {
        // the provider filters by its release year: the file's premiere year finds nothing
        var tmdb = Tmdb();
        tmdb.Searches.Add((null, [Alien, Aliens]));

        var result = await Matcher(tmdb).MatchAsync(MovieRequest("Alien", 1980), "en-US", default);

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal("348", result.Candidate!.Id);
        Assert.Equal(CandidateScorer.YearOffByOne, result.Confidence, 3);
        Assert.Equal(["search Alien 1980", "search Alien"], tmdb.Calls);
    }

    [Fact]
    public async Task MatchAsync_SecondSearchFails_Failed()
    {
        var tmdb = Tmdb();
        tmdb.Searches.Add((1980, []));
        var failing = new FailingSecondSearch(tmdb);

        var result = await Matcher(failing).MatchAsync(MovieRequest("Alien", 1980), "en-US", default);

        Assert.Equal(MatchStatus.Failed, result.Status);
        Assert.Equal(ProviderOutcome.Garbage, result.Failure);
    }

    [Fact]
    public async Task MatchAsync_ThresholdFromOptions_Holds()
    {
        var tmdb = Tmdb();
        tmdb.Searches.Add((1980, [Alien]));

        var strict = await Matcher(tmdb, threshold: 0.95).MatchAsync(MovieRequest("Alien", 1980), "en-US", default);
        var usual = await Matcher(tmdb).MatchAsync(MovieRequest("Alien", 1980), "en-US", default);

        Assert.Equal(MatchStatus.Unmatched, strict.Status);
        Assert.Contains("below 0.95", strict.Reason, StringComparison.Ordinal);
        Assert.Equal(MatchStatus.Matched, usual.Status);
    }

    [Fact]
    public async Task MatchAsync_ShowWithoutTmdbKey_TvMazeLookupByTvdb()
    {
        var tmdb = Tmdb();
        tmdb.FailWith = ProviderOutcome.NoKey;
        var tvmaze = new FakeProvider(ProviderIdNames.TvMaze);
        tvmaze.Finds[(ProviderIdNames.Tvdb, "121361")] = "82";
        tvmaze.ById["82"] = Show(ProviderIdNames.TvMaze, "82", "Game of Thrones", 2011);

        var result = await Matcher(tmdb, tvmaze).MatchAsync(ShowRequest("Game of Thrones", 2011, (ProviderIdNames.Tvdb, "121361")), "en-US", default);

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal((ProviderIdNames.TvMaze, "82"), (result.Candidate!.Provider, result.Candidate.Id));
        Assert.Null(result.Failure);
        Assert.Equal(["find tvdb 121361", "get 82"], tvmaze.Calls);
    }

    [Fact]
    public async Task MatchAsync_ShowWithoutTmdbKey_TvMazeSearch()
    {
        var tmdb = Tmdb();
        tmdb.FailWith = ProviderOutcome.Unauthorized;
        var tvmaze = new FakeProvider(ProviderIdNames.TvMaze);
        tvmaze.Searches.Add((2004, [Show(ProviderIdNames.TvMaze, "123", "Lost", 2004), Show(ProviderIdNames.TvMaze, "9", "Lost Girl", 2010)]));

        var result = await Matcher(tmdb, tvmaze).MatchAsync(ShowRequest("Lost", 2004), "en-US", default);

        Assert.Equal("123", result.Candidate!.Id);
        Assert.Equal(ProviderIdNames.TvMaze, result.Candidate.Provider);
    }

    [Fact]
    public async Task MatchAsync_ShowWithTmdbKey_TvMazeNotAsked()
    {
        var tmdb = Tmdb();
        tmdb.Searches.Add((2004, [Show(ProviderIdNames.Tmdb, "4607", "Lost", 2004)]));
        var tvmaze = new FakeProvider(ProviderIdNames.TvMaze);

        var result = await Matcher(tvmaze, tmdb).MatchAsync(ShowRequest("Lost", 2004), "en-US", default);

        Assert.Equal("4607", result.Candidate!.Id);
        Assert.Empty(tvmaze.Calls);
    }

    [Fact]
    public async Task MatchAsync_TmdbDownAndTvMazeUnmatched_FailedSoItIsTriedAgain()
    {
        var tmdb = Tmdb();
        tmdb.FailWith = ProviderOutcome.Unavailable;
        var tvmaze = new FakeProvider(ProviderIdNames.TvMaze);
        tvmaze.Searches.Add((2004, [Show(ProviderIdNames.TvMaze, "9", "Lost Girl", 2010)]));

        var result = await Matcher(tmdb, tvmaze).MatchAsync(ShowRequest("Lost", 2004), "en-US", default);

        Assert.Equal(MatchStatus.Failed, result.Status);
        Assert.Equal(ProviderOutcome.Unavailable, result.Failure);
    }

    [Fact]
    public async Task MatchAsync_ShowNoKeyAndNoOtherProvider_FailedNoKey()
    {
        var tmdb = Tmdb();
        tmdb.FailWith = ProviderOutcome.NoKey;

        var result = await Matcher(tmdb).MatchAsync(ShowRequest("Lost", 2004), "en-US", default);

        Assert.Equal(ProviderOutcome.NoKey, result.Failure);
    }

    [Fact]
    public async Task MatchAsync_NoProviders_Failed()
    {
        var matcher = new MetadataMatcher([], [], Options.Create(new MatchingOptions()));

        var result = await matcher.MatchAsync(MovieRequest("Alien", 1979), "en-US", default);

        Assert.Equal(MatchStatus.Failed, result.Status);
        Assert.Equal("no film provider is set up", result.Reason);
    }

    [Fact]
    public async Task MatchAsync_RemakeWithoutYear_UnmatchedWithBoth()
    {
        var tmdb = Tmdb();
        tmdb.Searches.Add((null, [Movie("1091", "The Thing", 1982, popularity: 40), Movie("60935", "The Thing", 2011, popularity: 30)]));

        var result = await Matcher(tmdb).MatchAsync(MovieRequest("The Thing", null), "en-US", default);

        Assert.Equal(MatchStatus.Unmatched, result.Status);
        Assert.Equal("two films named 'The Thing' (1982, 2011) and the file has no year", result.Reason);
        Assert.Equal(["1091", "60935"], result.Alternatives.Select(c => c.Id).Order());
    }

    private static FakeProvider Tmdb() => new(ProviderIdNames.Tmdb);

    private static MetadataMatcher Matcher(FakeProvider first, FakeProvider? second = null, double threshold = 0.80)
    {
        FakeProvider[] providers = second is null ? [first] : [first, second];
        return new MetadataMatcher(providers, providers, Options.Create(new MatchingOptions { Threshold = threshold }));
    }

    private static MetadataMatcher Matcher(IMovieMetadataProvider movies) =>
        new([movies], [], Options.Create(new MatchingOptions()));

    private static MatchRequest MovieRequest(string title, int? year, params (string Key, string Value)[] ids) =>
        new(MetadataKind.Movie, title, year, ids.ToDictionary(i => i.Key, i => i.Value));

    private static MatchRequest ShowRequest(string title, int? year, params (string Key, string Value)[] ids) =>
        new(MetadataKind.Show, title, year, ids.ToDictionary(i => i.Key, i => i.Value));

    /// <summary>Answers the first search, and garbage to the second.</summary>
    private sealed class FailingSecondSearch(FakeProvider inner) : IMovieMetadataProvider
    {
        private int _searches;

        public string Name => inner.Name;

        public Task<ProviderResult<IReadOnlyList<MetadataCandidate>>> SearchMoviesAsync(string title, int? year, string language, CancellationToken ct) =>
            ++_searches == 1
                ? inner.SearchMoviesAsync(title, year, language, ct)
                : Task.FromResult(ProviderResult<IReadOnlyList<MetadataCandidate>>.Fail(ProviderOutcome.Garbage, "cut off"));

        public Task<ProviderResult<MovieMetadata>> MovieAsync(string id, string language, CancellationToken ct) => inner.MovieAsync(id, language, ct);

        public Task<ProviderResult<string>> FindMovieAsync(string source, string externalId, CancellationToken ct) => inner.FindMovieAsync(source, externalId, ct);
    }
}
