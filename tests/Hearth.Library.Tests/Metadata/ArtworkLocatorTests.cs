using Hearth.Library.Libraries;
using Hearth.Library.Metadata;
using Hearth.Testing;

namespace Hearth.Library.Tests.Metadata;

public sealed class ArtworkLocatorTests
{
    [Fact]
    public void ForMovie_OwnFolder_FolderWideNamesFound()
    {
        using var folder = new TempFolder();
        var video = folder.Write("Alien (1979)/Alien (1979).mkv", "");
        var poster = folder.Write("Alien (1979)/Poster.JPG", "");
        var backdrop = folder.Write("Alien (1979)/fanart.png", "");
        var logo = folder.Write("Alien (1979)/clearlogo.png", "");
        var banner = folder.Write("Alien (1979)/banner.jpg", "");
        var thumb = folder.Write("Alien (1979)/landscape.webp", "");

        var art = ArtworkLocator.ForMovie(video, LibraryRoots.Of([folder.Path]));

        Assert.Equal(new Artwork(poster, backdrop, thumb, logo, banner), art);
    }

    [Fact]
    public void ForMovie_VideoNamedImages_PreferredOverFolderWide()
    {
        using var folder = new TempFolder();
        var video = folder.Write("Alien (1979)/Alien (1979).mkv", "");
        folder.Write("Alien (1979)/folder.jpg", "");
        folder.Write("Alien (1979)/backdrop.jpg", "");
        var poster = folder.Write("Alien (1979)/Alien (1979)-poster.jpg", "");
        var backdrop = folder.Write("Alien (1979)/alien (1979)-FANART.jpeg", "");
        var thumb = folder.Write("Alien (1979)/Alien (1979)-thumb.jpg", "");

        var art = ArtworkLocator.ForMovie(video, LibraryRoots.Of([folder.Path]));

        Assert.Equal(poster, art.Poster);
        Assert.Equal(backdrop, art.Backdrop);
        Assert.Equal(thumb, art.Thumb);
    }

    [Theory]
    [InlineData("folder.jpg")]
    [InlineData("cover.png")]
    [InlineData("movie.tbn")]
    public void ForMovie_PosterAlternatives_Found(string fileName)
    {
        using var folder = new TempFolder();
        var video = folder.Write("M (2000)/M (2000).mkv", "");
        var poster = folder.Write("M (2000)/" + fileName, "");

        Assert.Equal(poster, ArtworkLocator.ForMovie(video, LibraryRoots.Of([folder.Path])).Poster);
    }

    [Fact]
    public void ForMovie_LooseFilesInRoot_OnlyVideoNamedImagesCount()
    {
        using var folder = new TempFolder();
        var alien = folder.Write("Alien (1979).mkv", "");
        folder.Write("Heat (1995).mkv", "");
        folder.Write("poster.jpg", "");
        folder.Write("fanart.jpg", "");
        var heatPoster = folder.Write("Heat (1995)-poster.jpg", "");
        var alienBackdrop = folder.Write("Alien (1979)-backdrop.png", "");

        var alienArt = ArtworkLocator.ForMovie(alien, LibraryRoots.Of([folder.Path]));
        var heatArt = ArtworkLocator.ForMovie(folder.Combine("Heat (1995).mkv"), LibraryRoots.Of([folder.Path]));

        Assert.Null(alienArt.Poster);
        Assert.Equal(alienBackdrop, alienArt.Backdrop);
        Assert.Equal(heatPoster, heatArt.Poster);
        Assert.Null(heatArt.Backdrop);
    }

    [Fact]
    public void ForMovie_PartsTrailerAndEditionsOfOneMovie_FolderStillOwn()
    {
        using var folder = new TempFolder();
        var video = folder.Write("Kill Bill (2003)/Kill Bill (2003)-cd1.avi", "");
        folder.Write("Kill Bill (2003)/Kill Bill (2003)-cd2.avi", "");
        folder.Write("Kill Bill (2003)/Kill Bill (2003)-trailer.mp4", "");
        folder.Write("Kill Bill (2003)/Kill Bill (2003) {edition-Extended}.mkv", "");
        folder.Write("Kill Bill (2003)/sample.avi", "");
        var poster = folder.Write("Kill Bill (2003)/poster.jpg", "");
        var backdrop = folder.Write("Kill Bill (2003)/Kill Bill (2003)-fanart.jpg", "");

        var art = ArtworkLocator.ForMovie(video, LibraryRoots.Of([folder.Path]));

        Assert.Equal(poster, art.Poster);
        Assert.Equal(backdrop, art.Backdrop);
    }

    [Fact]
    public void ForMovie_EmptyFolder_AllNull()
    {
        using var folder = new TempFolder();
        var video = folder.Write("M (2000)/M (2000).mkv", "");

        Assert.Equal(Artwork.None, ArtworkLocator.ForMovie(video, LibraryRoots.Of([folder.Path])));
    }

    [Fact]
    public void ForShow_KodiNames_Found()
    {
        using var folder = new TempFolder();
        var poster = folder.Write("Show/show.jpg", "");
        var backdrop = folder.Write("Show/Background.jpg", "");
        var banner = folder.Write("Show/banner.png", "");
        var logo = folder.Write("Show/logo.png", "");
        var thumb = folder.Write("Show/thumb.jpg", "");
        folder.Write("Show/season01-poster.jpg", "");

        var art = ArtworkLocator.ForShow(folder.Combine("Show"), LibraryRoots.Of([folder.Path]));

        Assert.Equal(new Artwork(poster, backdrop, thumb, logo, banner), art);
    }

    [Fact]
    public void ForSeason_NumberedPosterInShowFolder_Found()
    {
        using var folder = new TempFolder();
        var two = folder.Write("Show/season02-poster.jpg", "");
        var one = folder.Write("Show/Season1-Poster.PNG", "");
        var fanart = folder.Write("Show/season02-fanart.jpg", "");
        folder.Write("Show/season-all-poster.jpg", "");
        var show = folder.Combine("Show");

        Assert.Equal(two, ArtworkLocator.ForSeason(show, null, 2, LibraryRoots.Of([folder.Path])).Poster);
        Assert.Equal(fanart, ArtworkLocator.ForSeason(show, null, 2, LibraryRoots.Of([folder.Path])).Backdrop);
        Assert.Equal(one, ArtworkLocator.ForSeason(show, null, 1, LibraryRoots.Of([folder.Path])).Poster);
    }

    [Fact]
    public void ForSeason_Specials_SpecialsPoster()
    {
        using var folder = new TempFolder();
        var specials = folder.Write("Show/season-specials-poster.jpg", "");

        Assert.Equal(specials, ArtworkLocator.ForSeason(folder.Combine("Show"), folder.Combine("Show", "Specials"), 0, LibraryRoots.Of([folder.Path])).Poster);
    }

    [Fact]
    public void ForSeason_SeasonFolderPoster_BeforeSeasonAll()
    {
        using var folder = new TempFolder();
        folder.Write("Show/season-all-poster.jpg", "");
        var own = folder.Write("Show/Season 03/folder.jpg", "");

        var art = ArtworkLocator.ForSeason(folder.Combine("Show"), folder.Combine("Show", "Season 03"), 3, LibraryRoots.Of([folder.Path]));

        Assert.Equal(own, art.Poster);
    }

    [Fact]
    public void ForSeason_NothingSpecific_SeasonAllFallback()
    {
        using var folder = new TempFolder();
        var all = folder.Write("Show/season-all-poster.jpg", "");
        Directory.CreateDirectory(folder.Combine("Show", "Season 04"));

        var art = ArtworkLocator.ForSeason(folder.Combine("Show"), folder.Combine("Show", "Season 04"), 4, LibraryRoots.Of([folder.Path]));

        Assert.Equal(all, art.Poster);
    }

    [Fact]
    public void ForEpisode_ThumbBesideVideo_Found()
    {
        using var folder = new TempFolder();
        var video = folder.Write("Show/Season 01/Show - S01E01.mkv", "");
        var thumb = folder.Write("Show/Season 01/Show - S01E01-thumb.jpg", "");
        folder.Write("Show/Season 01/Show - S01E02.jpg", "");

        Assert.Equal(thumb, ArtworkLocator.ForEpisode(video, LibraryRoots.Of([folder.Path])).Thumb);
    }

    [Fact]
    public void ForEpisode_SameNameTbn_Found()
    {
        using var folder = new TempFolder();
        var video = folder.Write("Show/Season 01/Show - S01E02.mkv", "");
        var thumb = folder.Write("Show/Season 01/Show - S01E02.tbn", "");
        folder.Write("Show/Season 01/poster.jpg", "");

        var art = ArtworkLocator.ForEpisode(video, LibraryRoots.Of([folder.Path]));

        Assert.Equal(thumb, art.Thumb);
        Assert.Null(art.Poster);
    }
}
