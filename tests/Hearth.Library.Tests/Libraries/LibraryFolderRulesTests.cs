using Hearth.Core.Paths;
using Hearth.Library.Libraries;
using Hearth.Testing;

namespace Hearth.Library.Tests.Libraries;

public sealed class LibraryFolderRulesTests
{
    [Theory]
    [InlineData("/", "whole system")]
    [InlineData("/proc", "kernel")]
    [InlineData("/proc/self", "kernel")]
    [InlineData("/sys", "kernel")]
    [InlineData("/dev/shm", "kernel")]
    public void Refusal_SystemFolders_SaysWhy(string folder, string reason)
    {
        using var temp = new TempFolder();

        Assert.Contains(reason, LibraryFolderRules.Refusal(folder, new DataFolder(temp.Combine("data"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_DataFolderInsideAroundOrLinkedTo_SaysWhyButTheDemoIsAllowed()
    {
        using var temp = new TempFolder();
        var data = new DataFolder(temp.Combine("data"));
        Directory.CreateDirectory(data.Cache);
        Directory.CreateDirectory(Path.Combine(data.Demo, "Movies"));
        Directory.CreateSymbolicLink(temp.Combine("link-to-data"), data.Root);

        Assert.Contains("data folder", LibraryFolderRules.Refusal(data.Root, data), StringComparison.Ordinal);
        Assert.Contains("data folder", LibraryFolderRules.Refusal(data.Cache, data), StringComparison.Ordinal);
        Assert.Contains("data folder", LibraryFolderRules.Refusal(temp.Path, data), StringComparison.Ordinal);
        Assert.Contains("data folder", LibraryFolderRules.Refusal(temp.Combine("link-to-data"), data), StringComparison.Ordinal);
        Assert.Null(LibraryFolderRules.Refusal(Path.Combine(data.Demo, "Movies"), data));
        Assert.Null(LibraryFolderRules.Refusal(temp.Combine("Movies"), data));
    }
}
