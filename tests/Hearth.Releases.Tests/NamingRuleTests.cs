using Hearth.Releases.Quality;

namespace Hearth.Releases.Tests;

/// <summary>
/// One test per naming rule added to reach the corpus targets, each on names written for this file
/// (not in the corpus), to show the rule holds beyond the cases that prompted it.
/// </summary>
public sealed class NamingRuleTests
{
    [Theory]
    [InlineData("Copper Harbour - S02E04 - The Ferry [WEBDL-1080p].mkv", "WEBDL-1080p")]
    [InlineData("Copper Harbour S02E04 [Bluray-576p]", "Bluray-576p")]
    [InlineData("Copper.Harbour.S02E04.Ferry.[Bluray2160p].mkv", "Bluray-2160p")]
    [InlineData("Copper Harbour - S02E04 - The Ferry [HDTV-1080p]", "HDTV-1080p")]
    public void QualityNameInTrailingBracket_IsTheQualityNotAGroup(string name, string quality)
    {
        var r = ReleaseParser.Parse(name);

        Assert.Equal(quality, r.Quality.Quality.Name);
        Assert.Null(r.ReleaseGroup);
    }

    [Fact]
    public void TagOnlyTrailingBracket_StillCountsForQuality()
    {
        var r = ReleaseParser.Parse("Copper Harbour S02E04 [SDTV]");

        Assert.Equal(Qualities.Sdtv, r.Quality.Quality);
    }

    [Fact]
    public void AnimeWithFrontGroup_TrailingBracketsAreTags()
    {
        var r = ReleaseParser.Parse("[NekoFans] Starlit Garden - 12 [BD][1080p-FLAC][1A2B3C4D].mkv");

        Assert.Equal("NekoFans", r.ReleaseGroup);
        Assert.Equal(Qualities.Bluray1080p, r.Quality.Quality);
    }

    [Fact]
    public void SourceWordAfterCodecDash_IsTheGroup()
    {
        var r = ReleaseParser.Parse("Copper.Harbour.S02E04.720p.WEB-DL.DD5.1.H.264-BD");

        Assert.Equal("BD", r.ReleaseGroup);
        Assert.Equal(Qualities.WebDl720p, r.Quality.Quality);
    }

    [Fact]
    public void LoneVersionAfterNumbering_IsARevision()
    {
        var r = ReleaseParser.Parse("Starlit Garden - S01E03 v3 - (BD 1080p HEVC) [Team]");

        Assert.Equal(3, r.Quality.Revision.Version);
    }

    [Fact]
    public void DiscImageExtension_IsAFullDisc()
    {
        var r = ReleaseParser.Parse("Night.Orchard.2004.BluRay.iso");

        Assert.Equal(Qualities.BrDisk, r.Quality.Quality);
    }

    [Fact]
    public void CodecOnly_IsStandardDefinitionTelevision()
    {
        var r = ReleaseParser.Parse("Copper.Harbour.S02E04.x264-GRP");

        Assert.Equal(Qualities.Sdtv, r.Quality.Quality);
    }
}
