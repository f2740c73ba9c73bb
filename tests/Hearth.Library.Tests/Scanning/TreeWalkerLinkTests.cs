using System.Diagnostics;
using Hearth.Library.Scanning;
using Hearth.Testing;

namespace Hearth.Library.Tests.Scanning;

/// <summary>Links in library folders: followed inside the library, never in a loop, never out of it.</summary>
public sealed class TreeWalkerLinkTests
{
    // far more than any of these trees holds: a walk that loops stops here instead of eating the machine
    private const int Enough = 10_000;

    [Fact]
    public void Walk_MovieFolderLinkedToItself_YieldsTheMovieOnce()
    {
        using var temp = new TempFolder();
        temp.Write("Loop (2010)/Loop (2010).mkv", "x");
        Directory.CreateSymbolicLink(temp.Combine("Loop (2010)", "again"), ".");

        var found = TreeWalker.Walk(temp.Path).Take(Enough).Select(f => f.RelativePath).ToList();

        Assert.Equal(["Loop (2010)/Loop (2010).mkv"], found);
    }

    [Fact]
    public void Walk_TwoLoopLinksInEachFolder_FinishesInSecondsWithEachFileOnce()
    {
        using var temp = new TempFolder();
        temp.Write("A (2000)/A (2000).mkv", "x");
        temp.Write("B (2001)/B (2001).mkv", "x");
        foreach (var folder in new[] { "A (2000)", "B (2001)" })
        {
            Directory.CreateSymbolicLink(temp.Combine(folder, "again"), ".");
            Directory.CreateSymbolicLink(temp.Combine(folder, "up"), "..");
        }

        var clock = Stopwatch.StartNew();
        var found = TreeWalker.Walk(temp.Path).Take(Enough).Select(f => f.RelativePath).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["A (2000)/A (2000).mkv", "B (2001)/B (2001).mkv"], found);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the walk took {clock.Elapsed}");
    }

    [Fact]
    public void Walk_LinkToAFolderTheWalkReachesAnyway_WalksItOnceByItsOwnPath()
    {
        using var temp = new TempFolder();
        temp.Write("Shelf/Alien (1979)/Alien (1979).mkv", "x");
        Directory.CreateSymbolicLink(temp.Combine("Favourites"), "Shelf");
        Directory.CreateSymbolicLink(temp.Combine("Zz Also Alien"), temp.Combine("Shelf", "Alien (1979)"));

        var found = TreeWalker.Walk(temp.Path).Take(Enough).Select(f => f.RelativePath).ToList();

        Assert.Equal(["Shelf/Alien (1979)/Alien (1979).mkv"], found);
    }

    [Fact]
    public void Walk_LinksIntoAHiddenFolderOfTheLibrary_AreFollowedOnceInPathOrder()
    {
        using var temp = new TempFolder();
        temp.Write(".store/heat.1995.1080p/heat.1995.1080p.mkv", "12345");
        Directory.CreateSymbolicLink(temp.Combine("Heat (1995)"), ".store/heat.1995.1080p");
        Directory.CreateSymbolicLink(temp.Combine("Zz Heat Again"), temp.Combine(".store", "heat.1995.1080p"));

        for (var run = 0; run < 5; run++)
        {
            var found = TreeWalker.Walk(temp.Path).Take(Enough).ToList();

            Assert.Equal("Heat (1995)/heat.1995.1080p.mkv", Assert.Single(found).RelativePath);
            Assert.Equal(temp.Combine("Heat (1995)", "heat.1995.1080p.mkv"), found[0].Path);
        }
    }

    [Fact]
    public void Walk_LinkedFolderOutsideTheLibrary_IsNotWalked()
    {
        using var outside = new TempFolder();
        outside.Write("Stolen (2000)/Stolen (2000).mkv", "x");
        using var temp = new TempFolder();
        temp.Write("Kept (2001)/Kept (2001).mkv", "x");
        Directory.CreateSymbolicLink(temp.Combine("Elsewhere"), outside.Path);
        Directory.CreateSymbolicLink(temp.Combine("Kept (2001)", "Extras"), outside.Combine("Stolen (2000)"));

        Assert.Equal(["Kept (2001)/Kept (2001).mkv"], TreeWalker.Walk(temp.Path).Take(Enough).Select(f => f.RelativePath));
        Assert.Empty(TreeWalker.Walk(temp.Path, temp.Combine("Elsewhere")).Take(Enough));
        Assert.Empty(TreeWalker.Walk(temp.Path, temp.Combine("Elsewhere", "Stolen (2000)", "Stolen (2000).mkv")).Take(Enough));
    }

    [Fact]
    public void Walk_LinkedVideos_InsideAreYieldedWithTheirTargetsSizeOutsideAreNot()
    {
        using var outside = new TempFolder();
        var secret = outside.Write("secret.mkv", "outside");
        using var temp = new TempFolder();
        var real = temp.Write(".downloads/inside.mkv", "1234567890");
        Directory.CreateDirectory(temp.Combine("Inside (2000)"));
        File.CreateSymbolicLink(temp.Combine("Inside (2000)", "Inside (2000).mkv"), real);
        Directory.CreateDirectory(temp.Combine("Outside (2000)"));
        File.CreateSymbolicLink(temp.Combine("Outside (2000)", "Outside (2000).mkv"), secret);
        File.CreateSymbolicLink(temp.Combine("Outside (2000)", "Broken (2000).mkv"), temp.Combine("nothing-here.mkv"));

        var found = TreeWalker.Walk(temp.Path).Take(Enough).ToList();

        Assert.Equal("Inside (2000)/Inside (2000).mkv", Assert.Single(found).RelativePath);
        Assert.Equal(10, found[0].Size);
        Assert.Empty(TreeWalker.Walk(temp.Path, temp.Combine("Outside (2000)", "Outside (2000).mkv")).Take(Enough));
    }

    [Fact]
    public void Walk_FoldersNestedDeeperThanTheCap_AreNotListed()
    {
        using var temp = new TempFolder();
        var shallow = string.Join('/', Enumerable.Repeat("d", 10));
        var deep = string.Join('/', Enumerable.Repeat("d", 80));
        temp.Write($"{shallow}/Shallow (2000).mkv", "x");
        temp.Write($"{deep}/Deep (2000).mkv", "x");

        var found = TreeWalker.Walk(temp.Path).Take(Enough).Select(f => Path.GetFileName(f.Path)).ToList();

        Assert.Equal(["Shallow (2000).mkv"], found);
    }
}
