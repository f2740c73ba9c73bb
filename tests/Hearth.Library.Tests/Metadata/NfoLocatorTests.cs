using Hearth.Library.Libraries;
using Hearth.Library.Metadata;
using Hearth.Testing;

namespace Hearth.Library.Tests.Metadata;

public sealed class NfoLocatorTests
{
    [Fact]
    public void ForMovie_NamedNfo_PreferredOverMovieNfo()
    {
        using var folder = new TempFolder();
        var video = folder.Write("Alien (1979)/Alien (1979).mkv", "");
        var named = folder.Write("Alien (1979)/Alien (1979).nfo", "");
        folder.Write("Alien (1979)/movie.nfo", "");

        Assert.Equal(named, NfoLocator.ForMovie(video, LibraryRoots.Of([folder.Path])));
    }

    [Fact]
    public void ForMovie_OnlyMovieNfoInOtherCase_Found()
    {
        using var folder = new TempFolder();
        var video = folder.Write("Alien (1979)/Alien (1979).mkv", "");
        var movieNfo = folder.Write("Alien (1979)/Movie.NFO", "");

        Assert.Equal(movieNfo, NfoLocator.ForMovie(video, LibraryRoots.Of([folder.Path])));
    }

    [Fact]
    public void ForMovie_NoNfo_Null()
    {
        using var folder = new TempFolder();
        var video = folder.Write("Alien (1979)/Alien (1979).mkv", "");

        Assert.Null(NfoLocator.ForMovie(video, LibraryRoots.Of([folder.Path])));
    }

    [Fact]
    public void ForShowSeasonEpisode_KodiNames_Found()
    {
        using var folder = new TempFolder();
        var show = folder.Write("Show/tvshow.nfo", "");
        var season = folder.Write("Show/Season 01/season.nfo", "");
        var video = folder.Write("Show/Season 01/Show - S01E01.mkv", "");
        var episode = folder.Write("Show/Season 01/Show - S01E01.nfo", "");

        Assert.Equal(show, NfoLocator.ForShow(folder.Combine("Show"), LibraryRoots.Of([folder.Path])));
        Assert.Equal(season, NfoLocator.ForSeason(folder.Combine("Show", "Season 01"), LibraryRoots.Of([folder.Path])));
        Assert.Equal(episode, NfoLocator.ForEpisode(video, LibraryRoots.Of([folder.Path])));
    }

    [Fact]
    public void ForEpisode_OnlyOtherEpisodeNfo_Null()
    {
        using var folder = new TempFolder();
        var video = folder.Write("Show/Season 01/Show - S01E02.mkv", "");
        folder.Write("Show/Season 01/Show - S01E01.nfo", "");
        folder.Write("Show/Season 01/season.nfo", "");

        Assert.Null(NfoLocator.ForEpisode(video, LibraryRoots.Of([folder.Path])));
    }

    [Fact]
    public void ForShow_MissingFolder_Null()
    {
        using var folder = new TempFolder();

        Assert.Null(NfoLocator.ForShow(folder.Combine("nope"), LibraryRoots.Of([folder.Path])));
    }
}
