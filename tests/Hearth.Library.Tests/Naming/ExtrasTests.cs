using Hearth.Library.Naming;

namespace Hearth.Library.Tests.Naming;

public sealed class ExtrasTests
{
    [Theory]
    [InlineData("Extras", ExtraKind.Other)]
    [InlineData("extras", ExtraKind.Other)]
    [InlineData("Featurettes", ExtraKind.Featurette)]
    [InlineData("Behind The Scenes", ExtraKind.BehindTheScenes)]
    [InlineData("behind the scenes", ExtraKind.BehindTheScenes)]
    [InlineData("Deleted Scenes", ExtraKind.DeletedScene)]
    [InlineData("Interviews", ExtraKind.Interview)]
    [InlineData("Scenes", ExtraKind.Scene)]
    [InlineData("Shorts", ExtraKind.Short)]
    [InlineData("Trailers", ExtraKind.Trailer)]
    [InlineData("Clips", ExtraKind.Clip)]
    [InlineData("Other", ExtraKind.Other)]
    [InlineData("Others", ExtraKind.Other)]
    public void FromFolderName_ExtrasFolder_Kind(string name, ExtraKind kind) =>
        Assert.Equal(kind, Extras.FromFolderName(name));

    [Theory]
    [InlineData("Season 01")]
    [InlineData("Alien (1979)")]
    [InlineData("Specials")]
    [InlineData("Extraordinary")]
    public void FromFolderName_OtherFolder_Null(string name) => Assert.Null(Extras.FromFolderName(name));

    [Theory]
    [InlineData("Alien (1979)-trailer", ExtraKind.Trailer, "Alien (1979)")]
    [InlineData("Alien (1979).trailer", ExtraKind.Trailer, "Alien (1979)")]
    [InlineData("Alien (1979)_trailer", ExtraKind.Trailer, "Alien (1979)")]
    [InlineData("Alien (1979)-TRAILER2", ExtraKind.Trailer, "Alien (1979)")]
    [InlineData("Making Of-featurette", ExtraKind.Featurette, "Making Of")]
    [InlineData("On Set-behindthescenes", ExtraKind.BehindTheScenes, "On Set")]
    [InlineData("Lost Ending-deleted", ExtraKind.DeletedScene, "Lost Ending")]
    [InlineData("Director-interview", ExtraKind.Interview, "Director")]
    [InlineData("Chase-scene", ExtraKind.Scene, "Chase")]
    [InlineData("Pixar Short-short", ExtraKind.Short, "Pixar Short")]
    [InlineData("Gag Reel-other", ExtraKind.Other, "Gag Reel")]
    [InlineData("Promo-clip", ExtraKind.Clip, "Promo")]
    [InlineData("trailer", ExtraKind.Trailer, "")]
    [InlineData("Trailer", ExtraKind.Trailer, "")]
    public void FromFileSuffix_Suffix_KindAndBaseName(string name, ExtraKind kind, string baseName)
    {
        Assert.Equal(kind, Extras.FromFileSuffix(name, out var actualBase));
        Assert.Equal(baseName, actualBase);
    }

    [Theory]
    [InlineData("Alien (1979)")]
    [InlineData("Trailer Park Boys (2006)")]
    [InlineData("The Other Guys (2010)")]
    [InlineData("Movie.2010.The.Other")]
    [InlineData("Short Circuit (1986)")]
    [InlineData("-trailer")]
    public void FromFileSuffix_NoSuffix_NullAndNameUnchanged(string name)
    {
        Assert.Null(Extras.FromFileSuffix(name, out var baseName));
        Assert.Equal(name, baseName);
    }
}
