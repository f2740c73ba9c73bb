using Hearth.Library.Metadata.Matching;

namespace Hearth.Library.Tests.Metadata.Matching;

public sealed class TitleSimilarityTests
{
    [Theory]
    [InlineData("Amélie", "Amelie")]
    [InlineData("Léon", "LEON")]
    [InlineData("AMÉLIE", "amelie")]
    [InlineData("Crouching Tiger, Hidden Dragon", "Crouching Tiger Hidden Dragon")]
    [InlineData("Fast & Furious", "Fast and Furious")]
    [InlineData("Rocky II", "Rocky 2")]
    [InlineData("Star Wars: Episode IV - A New Hope", "Star Wars Episode 4 A New Hope")]
    [InlineData("Ocean's Eleven", "Oceans 11")]
    [InlineData("Dune: Part Two", "Dune Part 2")]
    [InlineData("Le Fabuleux Destin d'Amélie Poulain", "Le fabuleux destin d’Amelie Poulain")]
    [InlineData("Smørrebrød i Straße", "Smorrebrod i Strasse")]
    public void Score_SameTitleWrittenDifferently_One(string a, string b) => Assert.Equal(1.0, TitleSimilarity.Score(a, b));

    [Theory]
    [InlineData("The Matrix", "Matrix")]
    [InlineData("Das Boot", "Boot")]
    [InlineData("L'Avventura", "Avventura")]
    [InlineData("Les Misérables", "Miserables")]
    [InlineData("El Laberinto del Fauno", "Laberinto del fauno")]
    public void Score_OnlyLeadingArticleDiffers_CloseButBelowExact(string a, string b) =>
        Assert.Equal(TitleSimilarity.ArticleOnly, TitleSimilarity.Score(a, b));

    [Theory]
    [InlineData("Spider-Man", "Spiderman")]
    [InlineData("Ant-Man and the Wasp", "Antman & the Wasp")]
    public void Score_WordsRunTogether_NearlyExact(string a, string b) =>
        Assert.Equal(TitleSimilarity.SpacingOnly, TitleSimilarity.Score(a, b));

    [Fact]
    public void Score_SubtitleLeftOut_SubtitleScore()
    {
        Assert.Equal(TitleSimilarity.SubtitleOnly, TitleSimilarity.Score("Star Wars: Episode IV - A New Hope", "Star Wars"));
        Assert.Equal(TitleSimilarity.SubtitleOnly, TitleSimilarity.Score("Mission: Impossible", "Mission: Impossible – Dead Reckoning Part One"));
    }

    [Theory]
    [InlineData("Alien", "Aliens")]
    [InlineData("Rocky II", "Rocky III")]
    [InlineData("Rocky", "Rocky II")]
    [InlineData("Harry Potter and the Deathly Hallows: Part 1", "Harry Potter and the Deathly Hallows: Part 2")]
    [InlineData("Die Hard", "Hard")]
    [InlineData("I, Robot", "Robot")]
    [InlineData("Heat", "Heist")]
    [InlineData("The Thing", "The Fly")]
    public void Score_AnotherFilm_BelowThreshold(string a, string b) => Assert.True(TitleSimilarity.Score(a, b) < 0.8, $"{TitleSimilarity.Score(a, b)}");

    [Fact]
    public void Score_OneLetterMisspeltInLongTitle_StillClose()
    {
        var score = TitleSimilarity.Score("The Shawshank Redemtion", "The Shawshank Redemption");

        Assert.InRange(score, 0.8, TitleSimilarity.ArticleOnly);
    }

    [Fact]
    public void Score_NumberWordsAndRomanOnlyAfterFirstWord_FirstWordKept()
    {
        // "I" opening a title is a word, not a numeral: "I, Robot" is not "1 Robot"'s neighbour "Robot 1"
        Assert.Equal("i robot", TitleNormalizer.Normalize("I, Robot").Full);
        Assert.Equal("rocky 2", TitleNormalizer.Normalize("Rocky II").Full);
        Assert.Equal("star wars", TitleNormalizer.Normalize("The Star Wars: Episode IV").Main);
    }

    [Fact]
    public void Score_EmptyTitle_Zero() => Assert.Equal(0, TitleSimilarity.Score("", "Alien"));
}
