using Hearth.Releases.Languages;
using Hearth.Releases.Quality;

namespace Hearth.Releases.Tests;

/// <summary>Release names written for these tests, not taken from the corpus: recent scene, P2P, anime and daily names.</summary>
public sealed class ReleaseParserTests
{
    [Fact]
    public void Parse_SceneEpisode_ReadsEveryPart()
    {
        var r = ReleaseParser.Parse("The.Lighthouse.Keepers.S03E07.The.Long.Night.1080p.AMZN.WEB-DL.DDP5.1.H.264-FLUX");

        Assert.Equal(ReleaseKind.Episode, r.Kind);
        Assert.Equal("The Lighthouse Keepers", r.Title);
        Assert.Equal(3, r.SeasonNumber);
        Assert.Equal([7], r.EpisodeNumbers);
        Assert.Equal(Qualities.WebDl1080p, r.Quality.Quality);
        Assert.Equal("FLUX", r.ReleaseGroup);
        Assert.Equal("Amazon", r.StreamingService);
        Assert.Equal("DD+", r.AudioCodec);
        Assert.Equal("5.1", r.AudioChannels);
    }

    [Fact]
    public void Parse_MultiEpisodeRange_FillsTheRange()
    {
        var r = ReleaseParser.Parse("Harbour.Lights.S02E01-E04.720p.HDTV.x264-SYNCOPY");

        Assert.Equal([1, 2, 3, 4], r.EpisodeNumbers);
        Assert.Equal(Qualities.Hdtv720p, r.Quality.Quality);
    }

    [Fact]
    public void Parse_SeasonPack_IsAFullSeason()
    {
        var r = ReleaseParser.Parse("Quiet.Valley.S04.2160p.NF.WEB-DL.DDP5.1.Atmos.DV.HDR.H.265-NTb");

        Assert.True(r.IsFullSeason);
        Assert.Equal(4, r.SeasonNumber);
        Assert.Empty(r.EpisodeNumbers);
        Assert.Equal(Qualities.WebDl2160p, r.Quality.Quality);
        Assert.Contains("Dolby Vision", r.HdrFormats);
    }

    [Fact]
    public void Parse_DailyShow_ReadsTheAirDate()
    {
        var r = ReleaseParser.Parse("The.Evening.Desk.2024.11.05.Guest.Name.1080p.WEB.h264-EDITH");

        Assert.Equal(new DateOnly(2024, 11, 5), r.AirDate);
        Assert.Equal("The Evening Desk", r.Title);
        Assert.Equal(Qualities.WebDl1080p, r.Quality.Quality);
    }

    [Fact]
    public void Parse_AnimeAbsolute_ReadsSubGroupNumberAndHash()
    {
        var r = ReleaseParser.Parse("[SubsPlease] Frontier Blades - 1087 (1080p) [4A2C9D1E].mkv");

        Assert.Equal("Frontier Blades", r.Title);
        Assert.Equal([1087], r.AbsoluteEpisodeNumbers);
        Assert.Equal("SubsPlease", r.ReleaseGroup);
        Assert.Equal("4A2C9D1E", r.ReleaseHash);
        Assert.Equal(1080, r.Quality.Resolution);
    }

    [Fact]
    public void Parse_MovieWithEditionAndRemux_ReadsAll()
    {
        var r = ReleaseParser.Parse("Northern.Crossing.2021.Directors.Cut.2160p.UHD.BluRay.REMUX.HDR.HEVC.TrueHD.7.1.Atmos-FraMeSToR");

        Assert.Equal(ReleaseKind.Movie, r.Kind);
        Assert.Equal("Northern Crossing", r.Title);
        Assert.Equal(2021, r.Year);
        Assert.Equal("Directors Cut", r.Edition);
        Assert.Equal(Qualities.Remux2160p, r.Quality.Quality);
        Assert.Equal("FraMeSToR", r.ReleaseGroup);
    }

    [Fact]
    public void Parse_P2PMovieWithGroupInParentheses_FindsTheGroup()
    {
        var r = ReleaseParser.Parse("Glass Orchard (2022) (1080p BluRay x265 HEVC 10bit AAC 5.1 Silence)");

        Assert.Equal("Glass Orchard", r.Title);
        Assert.Equal(2022, r.Year);
        Assert.Equal("Silence", r.ReleaseGroup);
        Assert.Equal(10, r.BitDepth);
    }

    [Fact]
    public void Parse_GermanDualLanguage_AddsOriginal()
    {
        var r = ReleaseParser.Parse("Der.Lange.Weg.2023.German.DL.1080p.BluRay.x264-DETAiLS");

        Assert.Contains(Language.German, r.Languages);
        Assert.Contains(Language.Original, r.Languages);
    }

    [Fact]
    public void Parse_Proper_RaisesTheRevision()
    {
        var r = ReleaseParser.Parse("Night.Shift.Diaries.S01E05.PROPER.720p.WEB.h264-GGEZ");

        Assert.Equal(2, r.Quality.Revision.Version);
    }

    [Fact]
    public void Parse_Hash_IsUnparseableWithAReason()
    {
        var r = ReleaseParser.Parse("a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4.mkv");

        Assert.False(r.IsParsed);
        Assert.True(r.IsObfuscated);
        Assert.NotNull(r.Failure);
    }

    [Fact]
    public void Parse_PathWithObfuscatedFile_ReadsTheFolder()
    {
        var r = ReleaseParser.Parse("/downloads/Ember.Coast.S02E03.1080p.HULU.WEB-DL.DDP5.1.H.264-NTb/xK29dL0pQm3vB7nT4yZ1wE8rU.mkv");

        Assert.Equal("Ember Coast", r.Title);
        Assert.Equal(2, r.SeasonNumber);
        Assert.Equal([3], r.EpisodeNumbers);
        Assert.Equal("NTb", r.ReleaseGroup);
    }

    [Fact]
    public void Parse_AnimeSeasonBeforeEpisodeWord_KeepsTheSeasonAsWritten()
    {
        var r = ReleaseParser.Parse("[Grp] Harbour Tales S03 - EP07 VOSTFR [1080p] [HardSub]");

        Assert.Equal("Harbour Tales S03", r.Title);
        Assert.Equal([7], r.AbsoluteEpisodeNumbers);
    }

    [Fact]
    public void Parse_AnimeSeasonBeforeBareNumber_ReadsTheSeasonAsSonarrDoes()
    {
        var r = ReleaseParser.Parse("[Grp] Harbour Tales S02 - 11 [WEB-DL][1080p]");

        Assert.Equal("Harbour Tales S2", r.Title);
        Assert.Equal([11], r.AbsoluteEpisodeNumbers);
    }

    [Fact]
    public void Parse_NumberBeforeEpisodeWord_BelongsToTheTitle()
    {
        var r = ReleaseParser.Parse("[Grp] Quiet;Valley 0 - Episode 4 VOSTFR (BDRip 1920x1080 x264 FLAC)");

        Assert.Equal("Quiet;Valley 0", r.Title);
        Assert.Equal([4], r.AbsoluteEpisodeNumbers);
    }

    [Fact]
    public void Parse_DocumentaryTagAfterYear_IsNoTitleWord()
    {
        var r = ReleaseParser.Parse("Little.Worlds.2021.DOC.S01.MULTi.1080p.WEB.H265-GRP");

        Assert.Equal("Little Worlds", r.TitleWithoutYear);
        Assert.Equal(2021, r.Year);
        Assert.Equal(1, r.SeasonNumber);
    }

    [Fact]
    public void Parse_Empty_IsUnparseable()
    {
        Assert.False(ReleaseParser.Parse("   ").IsParsed);
    }
}
