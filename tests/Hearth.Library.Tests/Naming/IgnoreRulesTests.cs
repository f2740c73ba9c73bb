using Hearth.Library.Naming;

namespace Hearth.Library.Tests.Naming;

public sealed class IgnoreRulesTests
{
    [Theory]
    [InlineData(".ignore", true)]
    [InlineData(".plexignore", true)]
    [InlineData(".nomedia", true)]
    [InlineData(".NOMEDIA", true)]
    [InlineData("ignore", false)]
    [InlineData("movie.nfo", false)]
    public void IsIgnoreMarker_Name_Expected(string name, bool expected) =>
        Assert.Equal(expected, IgnoreRules.IsIgnoreMarker(name));

    [Theory]
    [InlineData(".hidden")]
    [InlineData("@eaDir")]
    [InlineData("#recycle")]
    [InlineData("$RECYCLE.BIN")]
    [InlineData("lost+found")]
    [InlineData(".Trash-1000")]
    [InlineData("System Volume Information")]
    [InlineData(".@__thumb")]
    [InlineData("Sample")]
    [InlineData("samples")]
    public void IsSkippedDirectoryName_SystemOrSampleFolder_True(string name) =>
        Assert.True(IgnoreRules.IsSkippedDirectoryName(name));

    [Theory]
    [InlineData("Alien (1979)")]
    [InlineData("Season 01")]
    [InlineData("Extras")]
    [InlineData("Sampler (2019)")]
    [InlineData("")]
    public void IsSkippedDirectoryName_MediaFolder_False(string name) =>
        Assert.False(IgnoreRules.IsSkippedDirectoryName(name));
}
