using Hearth.Web;

namespace Hearth.Cli.Tests;

public sealed class LibrarySeedTests
{
    [Theory]
    [InlineData("movies:/srv/Movies", "movies", "/srv/Movies")]
    [InlineData("Shows:/srv/TV Shows", "shows", "/srv/TV Shows")]
    [InlineData("movies:/mnt/a:b", "movies", "/mnt/a:b")]
    public void TryParse_KindAndPath_Splits(string text, string kind, string path)
    {
        Assert.True(LibrarySeed.TryParse(text, out var seed, out _));
        Assert.Equal(kind, seed!.Kind);
        Assert.Equal(path, seed.Path);
    }

    [Theory]
    [InlineData("/srv/Movies")]
    [InlineData("music:/srv/Music")]
    [InlineData("movies:")]
    public void TryParse_BadInput_SaysWhatIsExpected(string text)
    {
        Assert.False(LibrarySeed.TryParse(text, out _, out var problem));
        Assert.Contains("movies:", problem, StringComparison.Ordinal);
    }
}
