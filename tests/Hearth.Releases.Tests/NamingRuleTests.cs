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

    [Fact]
    public void SpacedSlash_SeparatesTitlesNotFolders()
    {
        var r = ReleaseParser.Parse("[Moonfall] Звёздный сад / Starlit Garden - 04 [WEB-DL][1080p][CHT]");

        Assert.Equal("Moonfall", r.ReleaseGroup);
        Assert.Equal("Starlit Garden", r.Title);
        Assert.Equal([4], r.AbsoluteEpisodeNumbers);
    }

    [Theory]
    [InlineData("Copper Harbour Season3 PDTV XviD GRP", 3)]
    [InlineData("Copper.Harbour.Saison2.FRENCH.HDTV.XviD-GRP", 2)]
    [InlineData("Copper Harbour S 02 1080p WEB DL x264 GRP", 2)]
    [InlineData("Copper.Harbour.S2019.1080p.HDTV.x264-GRP", 2019)]
    public void SeasonPackSpellings_AreFullSeasons(string name, int season)
    {
        var r = ReleaseParser.Parse(name);

        Assert.True(r.FullSeason);
        Assert.Equal(season, r.SeasonNumber);
        Assert.Equal("Copper Harbour", r.Title);
    }

    [Theory]
    [InlineData("Copper Harbour Complete Series S01 S05 (1080p BluRay x265 Grp)")]
    [InlineData("Copper Harbour S01 05 (1080p BluRay x265 Grp)")]
    [InlineData("Copper Harbour Season 1 - Season 5 1080p BluRay x264-GRP")]
    public void FirstAndLastSeason_IsAMultiSeasonPack(string name)
    {
        var r = ReleaseParser.Parse(name);

        Assert.True(r.IsMultiSeason);
        Assert.Equal([1, 2, 3, 4, 5], r.Seasons);
        Assert.Equal("Copper Harbour", r.Title);
    }

    [Fact]
    public void EveryEpisodeOfTheSeason_IsASeasonPack()
    {
        var r = ReleaseParser.Parse("Copper Harbour / S3E1-10 of 10 [2021, WEB-DL 1080p] ENG");

        Assert.True(r.FullSeason);
        Assert.Equal(3, r.SeasonNumber);
        Assert.Empty(r.EpisodeNumbers);
    }

    [Fact]
    public void SeasonExtras_AreAFullSeasonMarkedAsExtra_PartsAreNot()
    {
        var extras = ReleaseParser.Parse("Copper.Harbour.S02.EXTRAS.DVDRip.XviD-GRP");
        var part = ReleaseParser.Parse("Copper.Harbour.S02.Part.2.1080p.WEB-DL.x264-GRP");

        Assert.True(extras.FullSeason);
        Assert.True(extras.IsSeasonExtra);
        Assert.False(part.FullSeason);
        Assert.True(part.IsPartialSeason);
        Assert.Equal(2, part.SeasonPart);
    }

    [Fact]
    public void NormalizedTitle_KeepsALeadingArticle()
    {
        Assert.Equal("theharbourlights", ReleaseParser.Parse("The.Harbour.and.the.Lights.S01E01.720p.HDTV.x264-GRP").NormalizedTitle);
    }
}
