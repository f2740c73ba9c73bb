using Hearth.Library.Scanning;
using Hearth.Testing;

namespace Hearth.Library.Tests.Scanning;

public sealed class TreeWalkerTests
{
    [Fact]
    public void Walk_MixedTree_YieldsVideosOnlyWithRelativePathsAndSizes()
    {
        using var temp = new TempFolder();
        temp.Write("Alien (1979)/Alien (1979).mkv", "12345");
        temp.Write("Alien (1979)/movie.nfo", "<movie/>");
        temp.Write("Alien (1979)/poster.jpg", "x");
        temp.Write("Alien (1979)/Alien (1979).en.srt", "1");
        temp.Write("Heat (1995)/Heat (1995).mp4", "123");

        var found = TreeWalker.Walk(temp.Path).OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();

        Assert.Equal(["Alien (1979)/Alien (1979).mkv", "Heat (1995)/Heat (1995).mp4"], found.Select(f => f.RelativePath));
        Assert.Equal(5, found[0].Size);
        Assert.Contains("movie.nfo", found[0].Folder.FileNames);
        Assert.Contains("Alien (1979).en.srt", found[0].Folder.FileNames);
        Assert.True(found[0].MtimeMs > 0);
    }

    [Fact]
    public void Walk_IgnoreMarkersSamplesAndHiddenFolders_AreSkipped()
    {
        using var temp = new TempFolder();
        temp.Write("Keep (2000)/Keep (2000).mkv", "x");
        temp.Write("Keep (2000)/Keep (2000)-sample.mkv", "x");
        temp.Write("Keep (2000)/Sample/sample.mkv", "x");
        temp.Write("Private/.ignore", string.Empty);
        temp.Write("Private/Home Video (2010)/Home Video (2010).mkv", "x");
        temp.Write(".hidden/Secret (2001).mkv", "x");
        temp.Write("@eaDir/Thumb (2002).mkv", "x");

        var found = TreeWalker.Walk(temp.Path).Select(f => f.RelativePath).ToList();

        Assert.Equal(["Keep (2000)/Keep (2000).mkv"], found);
    }

    [Fact]
    public void Walk_FromStartFolder_StaysInsideItButKeepsPathsRelativeToTheRoot()
    {
        using var temp = new TempFolder();
        temp.Write("A (2000)/A (2000).mkv", "x");
        temp.Write("B (2001)/B (2001).mkv", "x");

        var found = TreeWalker.Walk(temp.Path, temp.Combine("B (2001)")).Select(f => f.RelativePath).ToList();

        Assert.Equal(["B (2001)/B (2001).mkv"], found);
    }

    [Fact]
    public void Walk_ScopeIsAFile_YieldsJustThatFileWithItsFolderListing()
    {
        using var temp = new TempFolder();
        temp.Write("A (2000)/A (2000).mkv", "x");
        temp.Write("A (2000)/A (2000)-trailer.mkv", "x");
        temp.Write("A (2000)/movie.nfo", "<movie/>");

        var found = TreeWalker.Walk(temp.Path, temp.Combine("A (2000)", "A (2000).mkv")).ToList();

        Assert.Equal("A (2000)/A (2000).mkv", Assert.Single(found).RelativePath);
        Assert.Contains("movie.nfo", found[0].Folder.FileNames);
    }

    [Fact]
    public void Walk_ScopeInsideAnIgnoredFolder_YieldsNothing()
    {
        using var temp = new TempFolder();
        temp.Write("Private/.ignore", string.Empty);
        temp.Write("Private/Home (2010)/Home (2010).mkv", "x");
        temp.Write("@eaDir/Thumb (2002)/Thumb (2002).mkv", "x");

        Assert.Empty(TreeWalker.Walk(temp.Path, temp.Combine("Private", "Home (2010)")));
        Assert.Empty(TreeWalker.Walk(temp.Path, temp.Combine("Private", "Home (2010)", "Home (2010).mkv")));
        Assert.Empty(TreeWalker.Walk(temp.Path, temp.Combine("@eaDir", "Thumb (2002)")));
    }

    [Theory]
    [InlineData("/lib/A (2000)/A (2000).mkv", "/lib/A (2000)/A (2000).mkv")]
    [InlineData("/lib/A (2000)", "/lib/A (2000)")]
    [InlineData("/lib/A (2000)/movie.nfo", "/lib/A (2000)")]
    [InlineData("/lib/A (2000)/poster.jpg", "/lib/A (2000)")]
    [InlineData("/lib/A (2000)/A (2000).en.srt", "/lib/A (2000)")]
    [InlineData("/lib/Private/.ignore", "/lib/Private")]
    public void ScopeOf_ChangedPath_IsThePathOrForSidecarsItsFolder(string changed, string scope)
    {
        Assert.Equal(scope, LibraryWatcher.ScopeOf(changed));
    }

    [Fact]
    public void Walk_MissingFolder_YieldsNothing()
    {
        Assert.Empty(TreeWalker.Walk("/nonexistent/hearth/library"));
    }

    [Fact]
    public void PathHash_IsStableAndTellsPathsApart()
    {
        Assert.Equal(PathHash.Of("/media/Movies/A (2000)/A (2000).mkv"), PathHash.Of("/media/Movies/A (2000)/A (2000).mkv"));
        Assert.NotEqual(PathHash.Of("/media/a.mkv"), PathHash.Of("/media/b.mkv"));
        // FNV-1a of the empty string is its offset basis
        Assert.Equal(unchecked((long)14695981039346656037), PathHash.Of(string.Empty));
    }
}
