using Hearth.Library.Libraries;
using Hearth.Library.Metadata;
using Hearth.Library.Probing;
using Hearth.Testing;

namespace Hearth.Library.Tests.Metadata;

/// <summary>Artwork, NFO and subtitles beside a video are read only when their real path is inside the library.</summary>
public sealed class LinkedSidecarTests : IDisposable
{
    private readonly TempFolder outside = new();
    private readonly TempFolder library = new();
    private readonly LibraryRoots roots;
    private readonly string video;

    public LinkedSidecarTests()
    {
        roots = LibraryRoots.Of([library.Path]);
        video = library.Write("Alien (1979)/Alien (1979).mkv", "x");
    }

    public void Dispose()
    {
        outside.Dispose();
        library.Dispose();
    }

    [Fact]
    public void ArtworkLocator_ImagesLinkedOutOfTheLibrary_PassedOverForTheNextName()
    {
        var secret = outside.Write("secret.jpg", "x");
        Link("Alien (1979)/poster.jpg", secret);
        Link("Alien (1979)/fanart.jpg", secret);
        var folderImage = library.Write("Alien (1979)/folder.jpg", "x");

        var art = ArtworkLocator.ForMovie(video, roots);

        Assert.Equal(folderImage, art.Poster);
        Assert.Null(art.Backdrop);
        Assert.Null(ArtworkLocator.ForShow(library.Combine("Alien (1979)"), roots).Backdrop);
    }

    [Fact]
    public void ArtworkLocator_ImageLinkedInsideTheLibrary_Found()
    {
        var shared = library.Write(".shared/alien-poster.jpg", "x");
        var poster = Link("Alien (1979)/poster.jpg", shared);

        Assert.Equal(poster, ArtworkLocator.ForMovie(video, roots).Poster);
    }

    [Fact]
    public void NfoLocator_NfoLinkedOutOfTheLibrary_NotFound()
    {
        var secret = outside.Write("secret.nfo", "<movie><title>Leaked</title></movie>");
        Link("Alien (1979)/Alien (1979).nfo", secret);
        Link("Alien (1979)/movie.nfo", secret);

        Assert.Null(NfoLocator.ForMovie(video, roots));
        Assert.Null(NfoLocator.ForEpisode(video, roots));
    }

    [Fact]
    public void ExternalSubtitles_SubtitleLinkedOutOfTheLibrary_LeftOut()
    {
        var secret = outside.Write("secret.srt", "1");
        Link("Alien (1979)/Alien (1979).en.srt", secret);
        var own = library.Write("Alien (1979)/Alien (1979).fr.srt", "1");
        library.Write("Alien (1979)/Alien (1979).de.idx", "x");
        Link("Alien (1979)/Alien (1979).de.sub", outside.Write("secret.sub", "x"));

        var found = ExternalSubtitles.Find(video, roots);

        Assert.Equal(own, Assert.Single(found).Path);
        Assert.Equal(ExternalSubtitles.FirstIndex, found[0].Index);
    }

    private string Link(string relative, string target)
    {
        var path = library.Combine(relative);
        File.CreateSymbolicLink(path, target);
        return path;
    }
}
