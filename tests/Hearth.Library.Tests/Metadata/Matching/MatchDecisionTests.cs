using Hearth.Core.Metadata;
using Hearth.Library.Metadata.Matching;
using static Hearth.Library.Tests.Metadata.Matching.Candidates;

namespace Hearth.Library.Tests.Metadata.Matching;

/// <summary>The scoring and the choice on real-world names, as a provider's search would return them.</summary>
public sealed class MatchDecisionTests
{
    private static readonly MetadataCandidate[] TheThing =
    [
        Movie("10785", "The Thing from Another World", 1951, alternatives: "The Thing"),
        Movie("1091", "The Thing", 1982, popularity: 40),
    ];

    private static readonly MetadataCandidate[] Dune =
    [
        Movie("841", "Dune", 1984, popularity: 30),
        Movie("438631", "Dune", 2021, popularity: 120),
        Movie("693134", "Dune: Part Two", 2024, popularity: 150),
    ];

    private static readonly MetadataCandidate[] TotalRecall =
    [
        Movie("861", "Total Recall", 1990),
        Movie("64635", "Total Recall", 2012),
    ];

    private static readonly MetadataCandidate[] Rocky =
    [
        Movie("1366", "Rocky", 1976),
        Movie("1367", "Rocky II", 1979),
        Movie("1371", "Rocky III", 1982),
        Movie("1374", "Rocky IV", 1985),
    ];

    private static readonly MetadataCandidate[] Aliens =
    [
        Movie("348", "Alien", 1979, popularity: 60),
        Movie("679", "Aliens", 1986, popularity: 55),
        Movie("8077", "Alien³", 1992),
    ];

    private static readonly MetadataCandidate Amelie = Movie("194", "Amélie", 2001, "Le Fabuleux Destin d'Amélie Poulain");

    private static readonly MetadataCandidate CrouchingTiger = Movie("146", "Crouching Tiger, Hidden Dragon", 2000, "臥虎藏龍", alternatives: "Wo hu cang long");

    private static readonly MetadataCandidate Matrix = Movie("603", "The Matrix", 1999);

    [Theory]
    [InlineData("The Thing", 1982, "1091")]
    [InlineData("The Thing", 1951, "10785")]
    [InlineData("Dune", 2021, "438631")]
    [InlineData("Dune", 1984, "841")]
    [InlineData("Dune Part Two", 2024, "693134")]
    [InlineData("Total Recall", 1990, "861")]
    [InlineData("Total Recall", 2012, "64635")]
    [InlineData("Total Recall", 2011, "64635")]
    [InlineData("Rocky II", 1979, "1367")]
    [InlineData("Rocky 2", 1979, "1367")]
    [InlineData("Rocky III", null, "1371")]
    [InlineData("Rocky", 1976, "1366")]
    [InlineData("Alien", 1979, "348")]
    [InlineData("Alien", null, "348")]
    [InlineData("Aliens", 1986, "679")]
    [InlineData("Alien 3", 1992, "8077")]
    public void Decide_TitleAndYear_TheRightFilm(string title, int? year, string expectedId)
    {
        var result = Decide(new MatchRequest(MetadataKind.Movie, title, year, NoIds), [.. TheThing, .. Dune, .. TotalRecall, .. Rocky, .. Aliens]);

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal(expectedId, result.Candidate!.Id);
        Assert.InRange(result.Confidence, 0.8, 1.0);
    }

    [Theory]
    [InlineData("The Thing", "1951, 1982")]
    [InlineData("Dune", "1984, 2021")]
    [InlineData("Total Recall", "1990, 2012")]
    public void Decide_RemakeAndNoYear_UnmatchedNamingBoth(string title, string years)
    {
        var result = Decide(new MatchRequest(MetadataKind.Movie, title, null, NoIds), [.. TheThing, .. Dune, .. TotalRecall]);

        Assert.Equal(MatchStatus.Unmatched, result.Status);
        Assert.Null(result.Candidate);
        Assert.Contains($"two films named", result.Reason, StringComparison.Ordinal);
        Assert.Contains($"({years}) and the file has no year", result.Reason, StringComparison.Ordinal);
        Assert.True(result.Alternatives.Count >= 2);
    }

    [Theory]
    [InlineData("Amélie", null, 2001)]
    [InlineData("Amelie", null, 2001)]
    [InlineData("Le Fabuleux Destin d'Amélie Poulain", null, 2001)]
    [InlineData("Le fabuleux destin d Amelie Poulain", null, 2001)]
    [InlineData("Fabuleux Destin d'Amelie Poulain", null, 2002)]
    [InlineData("Die fabelhafte Welt der Amélie", "Le Fabuleux Destin d'Amélie Poulain", 2001)]
    public void Decide_ForeignAndOriginalTitles_Matched(string title, string? original, int year)
    {
        var result = Decide(new MatchRequest(MetadataKind.Movie, title, year, NoIds, original), [Amelie, Matrix]);

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal("194", result.Candidate!.Id);
    }

    [Theory]
    [InlineData("Crouching Tiger Hidden Dragon")]
    [InlineData("Crouching Tiger, Hidden Dragon")]
    [InlineData("Wo Hu Cang Long")]
    [InlineData("臥虎藏龍")]
    public void Decide_CrouchingTigerUnderItsNames_Matched(string title)
    {
        var result = Decide(new MatchRequest(MetadataKind.Movie, title, 2000, NoIds), [CrouchingTiger, Amelie]);

        Assert.Equal("146", Assert.IsType<MetadataCandidate>(result.Candidate).Id);
    }

    [Theory]
    [InlineData("Matrix", 1999)]
    [InlineData("The Matrix", 2000)]
    [InlineData("Matrix", null)]
    public void Decide_ArticleOrYearOffByOne_Matched(string title, int? year)
    {
        var result = Decide(new MatchRequest(MetadataKind.Movie, title, year, NoIds), [Matrix, .. Aliens]);

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal("603", result.Candidate!.Id);
        Assert.True(result.Confidence < 1.0);
    }

    [Fact]
    public void Decide_YearTwoOrMoreOff_Unmatched()
    {
        var result = Decide(new MatchRequest(MetadataKind.Movie, "The Matrix", 2003, NoIds), [Matrix]);

        Assert.Equal(MatchStatus.Unmatched, result.Status);
        Assert.Equal("best candidate 'The Matrix' (1999) scored 0.30, below 0.80", result.Reason);
        Assert.Equal("603", Assert.Single(result.Alternatives).Id);
    }

    [Fact]
    public void Decide_NearTitleOfAnotherFilm_NotMatched()
    {
        // the search for "Alien" returned only the sequel: a film of a near name is not the film
        var result = Decide(new MatchRequest(MetadataKind.Movie, "Alien", null, NoIds), [Aliens[1], Aliens[2]]);

        Assert.Equal(MatchStatus.Unmatched, result.Status);
        Assert.StartsWith("best candidate 'Aliens' (1986) scored", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_SequelOnlyWithoutNumeral_NotMatched()
    {
        var result = Decide(new MatchRequest(MetadataKind.Movie, "Rocky V", 1990, NoIds), Rocky);

        Assert.Equal(MatchStatus.Unmatched, result.Status);
    }

    [Fact]
    public void Decide_NothingAlike_UnmatchedWithBestKept()
    {
        var result = Decide(new MatchRequest(MetadataKind.Movie, "Zyzzyx Road Trip", 2006, NoIds), [Matrix, Amelie]);

        Assert.Equal(MatchStatus.Unmatched, result.Status);
        Assert.Contains("below 0.80", result.Reason, StringComparison.Ordinal);
        Assert.Equal(2, result.Alternatives.Count);
    }

    [Fact]
    public void Decide_NoCandidates_UnmatchedSayingSo()
    {
        var result = Decide(new MatchRequest(MetadataKind.Movie, "Zyzzyx Road", 2006, NoIds), []);

        Assert.Equal(MatchStatus.Unmatched, result.Status);
        Assert.Equal("no film found for 'Zyzzyx Road' (2006)", result.Reason);
        Assert.Empty(result.Alternatives);
    }

    [Fact]
    public void Decide_SubtitleOnlyWithoutYear_NotEnough()
    {
        // "Star Wars" with no year must not become whichever "Star Wars: …" the search returned
        var episode = Movie("11", "Star Wars: Episode IV - A New Hope", 1977);

        Assert.Equal(MatchStatus.Unmatched, Decide(new MatchRequest(MetadataKind.Movie, "Star Wars", null, NoIds), [episode]).Status);
        Assert.Equal(MatchStatus.Matched, Decide(new MatchRequest(MetadataKind.Movie, "Star Wars", 1977, NoIds), [episode]).Status);
    }

    [Fact]
    public void Decide_CandidateOfOtherKind_NeverChosen()
    {
        var show = Show(ProviderIdNames.Tmdb, "1399", "Dune", 2021);

        var result = Decide(new MatchRequest(MetadataKind.Movie, "Dune", 2021, NoIds), [show]);

        Assert.Equal(MatchStatus.Unmatched, result.Status);
        Assert.Equal("no film found for 'Dune' (2021)", result.Reason);
        Assert.Empty(result.Alternatives);
    }

    [Fact]
    public void Decide_RemakeKnownUnderAnotherTitle_ReasonNamesTheFilesTitle()
    {
        // the 1951 film is "The Thing from Another World", "The Thing" only as an alternative title
        var result = Decide(new MatchRequest(MetadataKind.Movie, "The Thing", null, NoIds), [TheThing[0], Movie("1091", "The Thing", 1982)]);

        Assert.Equal("two films named 'The Thing' (1951, 1982) and the file has no year", result.Reason);
    }

    [Fact]
    public void Decide_HigherThreshold_OffByOneRefused()
    {
        var request = new MatchRequest(MetadataKind.Movie, "The Matrix", 2000, NoIds);

        Assert.Equal(MatchStatus.Matched, MatchDecision.Decide(request, CandidateScorer.Rank(request, [Matrix]), 0.80).Status);
        Assert.Equal(MatchStatus.Unmatched, MatchDecision.Decide(request, CandidateScorer.Rank(request, [Matrix]), 0.95).Status);
    }

    [Fact]
    public void Decide_DifferentTitlesNearlyTied_MorePopularChosen()
    {
        // two spellings a letter apart from the file's: the provider's popularity breaks the near tie
        var popular = Movie("1", "Shawshank Redemption", 1994, popularity: 90);
        var obscure = Movie("2", "Shawshank Redemptian", 1994, popularity: 1);

        var result = Decide(new MatchRequest(MetadataKind.Movie, "Shawshank Redemptien", 1994, NoIds), [obscure, popular]);

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal("1", result.Candidate!.Id);
        Assert.Contains("most popular", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1999, 1999, 1.0)]
    [InlineData(1999, 2000, CandidateScorer.YearOffByOne)]
    [InlineData(2000, 1999, CandidateScorer.YearOffByOne)]
    [InlineData(1999, 2001, CandidateScorer.YearOffByTwo)]
    [InlineData(1951, 1982, CandidateScorer.YearFarOff)]
    [InlineData(null, 1982, CandidateScorer.NoItemYear)]
    [InlineData(1982, null, CandidateScorer.NoCandidateYear)]
    public void YearFactor_Agreement_Weighted(int? item, int? candidate, double expected) =>
        Assert.Equal(expected, CandidateScorer.YearFactor(item, candidate));

    private static readonly IReadOnlyDictionary<string, string> NoIds = new Dictionary<string, string>();

    private static MatchResult Decide(MatchRequest request, IEnumerable<MetadataCandidate> candidates) =>
        MatchDecision.Decide(request, CandidateScorer.Rank(request, candidates), 0.80);
}
