namespace Hearth.Releases.Tests;

/// <summary>Titles compare alike when they name the same thing, whatever the accents, case, punctuation and articles.</summary>
public class ReleaseTitlesTests
{
    [Theory]
    [InlineData("Léon", "Leon")]
    [InlineData("Amélie", "AMELIE")]
    [InlineData("Das Boot: Straße", "Das.Boot.Strasse")]
    [InlineData("Ænima Œuvre", "Aenima Oeuvre")]
    [InlineData("Łódź Žižek", "Lodz Zizek")]
    [InlineData("The Series and Co.", "The.Series.Co")]
    public void Titles_that_name_the_same_thing_normalise_alike(string a, string b) =>
        Assert.Equal(ReleaseTitles.Normalize(b), ReleaseTitles.Normalize(a));

    [Fact]
    public void Letters_without_a_latin_base_are_kept()
    {
        Assert.Equal("東京物語", ReleaseTitles.Normalize("東京物語"));
        Assert.Equal(ReleaseTitles.Normalize("2 2"), ReleaseTitles.Normalize("2×2"));
    }
}
