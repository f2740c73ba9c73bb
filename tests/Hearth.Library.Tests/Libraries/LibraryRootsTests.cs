using Hearth.Library.Libraries;
using Hearth.Testing;

namespace Hearth.Library.Tests.Libraries;

public sealed class LibraryRootsTests
{
    [Fact]
    public void RealPath_LinksAnywhereInThePath_ResolvedAsTheKernelDoes()
    {
        using var temp = new TempFolder();
        var real = temp.Write("disk/Movies/A (2000)/A (2000).mkv", "x");
        Directory.CreateSymbolicLink(temp.Combine("media"), "disk");
        Directory.CreateSymbolicLink(temp.Combine("disk", "Movies", "latest"), "A (2000)");
        Directory.CreateSymbolicLink(temp.Combine("disk", "up"), "Movies/latest/..");
        File.CreateSymbolicLink(temp.Combine("chain.mkv"), temp.Combine("media", "Movies", "latest", "A (2000).mkv"));

        Assert.Equal(real, LibraryRoots.RealPath(temp.Combine("media", "Movies", "latest", "A (2000).mkv")));
        Assert.Equal(real, LibraryRoots.RealPath(temp.Combine("chain.mkv")));
        // ".." after a link is the parent of where the link leads, not of where it stands
        Assert.Equal(temp.Combine("disk", "Movies"), LibraryRoots.RealPath(temp.Combine("disk", "up")));
        Assert.Equal(temp.Combine("disk", "Movies", "A (2000)", "not there.srt"), LibraryRoots.RealPath(temp.Combine("media", "Movies", "latest", "not there.srt")));
    }

    [Fact]
    public void RealPath_LinksThatLoop_Null()
    {
        using var temp = new TempFolder();
        File.CreateSymbolicLink(temp.Combine("a"), temp.Combine("b"));
        File.CreateSymbolicLink(temp.Combine("b"), temp.Combine("a"));

        Assert.Null(LibraryRoots.RealPath(temp.Combine("a")));
        Assert.Null(LibraryRoots.RealPath(temp.Combine("a", "poster.jpg")));
    }

    [Fact]
    public void Contains_FilesAndLinks_JudgedByWhereTheyReallyAre()
    {
        using var outside = new TempFolder();
        var secret = outside.Write("secret.jpg", "x");
        using var temp = new TempFolder();
        var own = temp.Write("Movies/A (2000)/poster.jpg", "x");
        File.CreateSymbolicLink(temp.Combine("Movies", "A (2000)", "fanart.jpg"), secret);
        File.CreateSymbolicLink(temp.Combine("Movies", "A (2000)", "folder.jpg"), own);
        Directory.CreateSymbolicLink(temp.Combine("Movies", "Elsewhere"), outside.Path);
        Directory.CreateSymbolicLink(temp.Combine("Movies2"), temp.Combine("Movies"));
        var roots = LibraryRoots.Of([temp.Combine("Movies")]);

        Assert.True(roots.Contains(own));
        Assert.True(roots.Contains(temp.Combine("Movies", "A (2000)", "folder.jpg")));
        Assert.True(roots.Contains(temp.Combine("Movies2", "A (2000)", "poster.jpg")));
        Assert.False(roots.Contains(temp.Combine("Movies", "A (2000)", "fanart.jpg")));
        Assert.False(roots.Contains(temp.Combine("Movies", "Elsewhere", "secret.jpg")));
        Assert.False(roots.Contains(temp.Combine("Movies", "..", "outside.jpg")));
        Assert.False(roots.Contains("/etc/passwd"));
    }

    [Theory]
    [InlineData("/srv/Movies", "/srv/Movies", true)]
    [InlineData("/srv/Movies/A/a.mkv", "/srv/Movies", true)]
    [InlineData("/srv/Movies/", "/srv/Movies", true)]
    [InlineData("/srv/Movies2/a.mkv", "/srv/Movies", false)]
    [InlineData("/srv", "/srv/Movies", false)]
    [InlineData("/anything", "/", true)]
    public void IsInside_WholeNamesOnly(string path, string folder, bool inside)
    {
        Assert.Equal(inside, LibraryRoots.IsInside(path, folder));
    }
}
