using Hearth.Library.Naming;

namespace Hearth.Library.Tests.Naming;

public sealed class EpisodeNamingTests
{
    public static TheoryData<string, int?, int?, int?, string?> Episodes => new()
    {
        { "Show Name (2019)/Season 01/Show Name - S01E02 - Pilot Part 2.mkv", 1, 2, null, "Pilot Part 2" },
        { "Show Name/Season 1/show.name.s01e03.720p.hdtv.x264-grp.mkv", 1, 3, null, null },
        { "Show Name/Season 1/Show.Name.S01E04.The.Big.Day.1080p.WEB-DL.DDP5.1.H.264-NTb.mkv", 1, 4, null, "The Big Day" },
        { "Show Name/Season 1/Show Name - s1e5.mkv", 1, 5, null, null },
        { "Show Name/Season 1/Show Name - S01E01-E02 - Double.mkv", 1, 1, 2, "Double" },
        { "Show Name/Season 1/Show Name - S01E01E02E03.mkv", 1, 1, 3, null },
        { "Show Name/Season 1/Show Name - S01E01-02.mkv", 1, 1, 2, null },
        { "Show Name/Season 1/Show Name - S01E01-S01E02 - Both.mkv", 1, 1, 2, "Both" },
        { "Show Name/Season 1/Show Name 1x02 Title Here.avi", 1, 2, null, "Title Here" },
        { "Show Name/Season 1/Show Name - 01x02-03.avi", 1, 2, 3, null },
        { "Show Name/Season 2024/Show Name - S2024E05.mkv", 2024, 5, null, null },
        { "Show Name/Season 02/E05.mkv", 2, 5, null, null },
        { "Show Name/Season 02/Episode 6 - Six.mkv", 2, 6, null, "Six" },
        { "Show Name/Season 02/ep07.mkv", 2, 7, null, null },
        { "Show Name/Season 02/08 - Eight.mkv", 2, 8, null, "Eight" },
        { "[SubsPlease] Anime/Season 1/[SubsPlease] Anime - 09 (1080p) [ABCD1234].mkv", 1, 9, null, null },
        { "Show Name/S03/Show Name S03E01.mkv", 3, 1, null, null },
        { "Show Name/Series 2/Show Name S02E01.mkv", 2, 1, null, null },
        { "Show Name/Specials/Show Name S00E01 - Christmas.mkv", 0, 1, null, "Christmas" },
        { "Show Name/Season 00/Show Name - S00E02.mkv", 0, 2, null, null },
        { "Show Name/Show Name - S04E01 - Loose In Show.mkv", 4, 1, null, "Loose In Show" },
        { "Show Name/Season 1/Show Name - S01E10 - Title (1080p).mkv", 1, 10, null, "Title" },
        // the episode title as written, up to the tags ("Gov. Deval", "Why Now?"), never a bracket of tags
        { "Show Name/Season 1/Show Name - S01E11 - Why Now? [HDTV-720p].mkv", 1, 11, null, "Why Now?" },
        { "Show Name/Season 1/Show Name - S01E12 - Dr. Who Visits [WEBDL-1080p].mkv", 1, 12, null, "Dr. Who Visits" },
        { "Show Name/Season 1/Show Name - S01E13 - Low-Tide [WEBDL-1080p].mkv", 1, 13, null, "Low-Tide" },
        { "Show Name/Season 1/Show.Name.S01E14.The.Web.GERMAN.DL.720p.WEB.h264-GRP.mkv", 1, 14, null, "The Web" },
        { "Show Name/Season 1/Show Name - S01E11 - 1080p.mkv", 1, 11, null, null },
        { "Show Name/Season 1/Show.Name.S01E12.PROPER.720p.HDTV.x264-GRP.mkv", 1, 12, null, null },
        { "Show Name/Season 1/Show Name - S01E13 - The 100th Day.mkv", 1, 13, null, "The 100th Day" },
        { "Show Name/Season 5/Show Name - S05E02 - The Trailer.mkv", 5, 2, null, "The Trailer" },
        { "Show Name/Season 5/Show.Name.S05E03.The.Trailer.mkv", 5, 3, null, "The Trailer" },
        { "Show Name/Season 1/Show.Name.S01E14.1920x1080.mkv", 1, 14, null, null },
        { "Marvels Agents of S.H.I.E.L.D/Season 1/Marvels.Agents.of.S.H.I.E.L.D.S01E01.720p.HDTV.X264-DIMENSION.mkv", 1, 1, null, null },
        { "Show Name/Season 3/show name - s03e07 - the_long_night [WEBDL-1080p][EAC3 5.1][h264]-GRP.mkv", 3, 7, null, "the long night" },
        { "Show Name (2010)/Season 1/Show Name (2010) - S01E15 - Title With 2 Numbers 42.mkv", 1, 15, null, "Title With 2 Numbers 42" },
    };

    [Theory]
    [MemberData(nameof(Episodes))]
    public void Parse_Episode_SeasonEpisodeAndTitle(string path, int? season, int? episode, int? end, string? title)
    {
        var parsed = EpisodeNaming.Parse(path);

        Assert.Equal(season, parsed.Season);
        Assert.Equal(episode, parsed.Episode);
        Assert.Equal(end, parsed.EpisodeEnd);
        Assert.Equal(title, parsed.EpisodeTitle);
        Assert.Null(parsed.Extra);
    }

    [Theory]
    [InlineData("Show Name (2019)/Season 1/x.mkv", "Show Name (2019)", "Show Name", 2019)]
    [InlineData("Doctor Who (2005)/Season 1/Doctor.Who.2005.S01E01.mkv", "Doctor Who (2005)", "Doctor Who", 2005)]
    [InlineData("The Office (US)/Season 1/The Office (US) - S01E01.mkv", "The Office (US)", "The Office (US)", null)]
    [InlineData("24/Season 1/24 - 1x01.mkv", "24", "24", null)]
    [InlineData("1883 (2021)/Season 1/1883 - S01E01.mkv", "1883 (2021)", "1883", 2021)]
    [InlineData("9-1-1 (2018)/Season 1/9-1-1 - S01E01.mkv", "9-1-1 (2018)", "9-1-1", 2018)]
    [InlineData("the.expanse.2015/Season 1/x.mkv", "the.expanse.2015", "the expanse", 2015)]
    public void Parse_ShowFolder_KeyTitleAndYear(string path, string key, string title, int? year)
    {
        var parsed = EpisodeNaming.Parse(path);

        Assert.Equal(key, parsed.ShowKey);
        Assert.Equal(title, parsed.ShowTitle);
        Assert.Equal(year, parsed.ShowYear);
    }

    [Theory]
    [InlineData("Show (2019) [tvdbid-123]/Season 1/Show - S01E01.mkv", "tvdb", "123")]
    [InlineData("Show (2019) {tvdb-123}/Season 1/Show - S01E01.mkv", "tvdb", "123")]
    [InlineData("Show (2019) {tmdb-456}/Season 1/Show - S01E01.mkv", "tmdb", "456")]
    [InlineData("Show (2019) {imdb-tt0123456}/Season 1/Show - S01E01.mkv", "imdb", "tt0123456")]
    public void Parse_ProviderIdInShowFolder_Extracted(string path, string provider, string id)
    {
        var parsed = EpisodeNaming.Parse(path);

        Assert.Equal(id, parsed.ProviderIds[provider]);
        Assert.Equal("Show", parsed.ShowTitle);
        Assert.Equal(2019, parsed.ShowYear);
    }

    [Theory]
    [InlineData("The Daily Show/Season 2024/The Daily Show - 2024-01-15 - Guest Name.mkv", 2024, 1, 15, "Guest Name")]
    [InlineData("The Daily Show/The.Daily.Show.2024.01.16.Guest.Name.720p.WEB.h264-GRP.mkv", 2024, 1, 16, "Guest Name")]
    [InlineData("Daily/Daily 2023_12_31.mkv", 2023, 12, 31, null)]
    public void Parse_DateBased_AirDate(string path, int year, int month, int day, string? title)
    {
        var parsed = EpisodeNaming.Parse(path);

        Assert.Equal(new DateOnly(year, month, day), parsed.AirDate);
        Assert.Null(parsed.Episode);
        Assert.Equal(title, parsed.EpisodeTitle);
    }

    [Theory]
    [InlineData("Show/Extras/Cast Reunion.mkv", null, ExtraKind.Other)]
    [InlineData("Show/Featurettes/Making of.mkv", null, ExtraKind.Featurette)]
    [InlineData("Show/Season 2/Behind The Scenes/Set Tour.mkv", 2, ExtraKind.BehindTheScenes)]
    [InlineData("Show/Season 2/Deleted Scenes/Show - S02E01 - Cut.mkv", 2, ExtraKind.DeletedScene)]
    [InlineData("Show/Season 2/Show - S02E01-deleted.mkv", 2, ExtraKind.DeletedScene)]
    [InlineData("Show/trailer.mkv", null, ExtraKind.Trailer)]
    [InlineData("Show/Show-trailer.mkv", null, ExtraKind.Trailer)]
    public void Parse_Extra_KindSetAndShowKept(string path, int? season, ExtraKind kind)
    {
        var parsed = EpisodeNaming.Parse(path);

        Assert.Equal(kind, parsed.Extra);
        Assert.Equal(season, parsed.Season);
        Assert.Equal("Show", parsed.ShowKey);
    }

    [Fact]
    public void Parse_LooseFileAtRoot_ShowFromName()
    {
        var parsed = EpisodeNaming.Parse("Show.Name.2019.S02E03.Title.1080p.WEB.mkv");

        Assert.Equal("Show Name", parsed.ShowKey);
        Assert.Equal("Show Name", parsed.ShowTitle);
        Assert.Equal(2019, parsed.ShowYear);
        Assert.Equal(2, parsed.Season);
        Assert.Equal(3, parsed.Episode);
        Assert.Equal("Title", parsed.EpisodeTitle);
    }

    [Theory]
    [InlineData("Marvels.Agents.of.S.H.I.E.L.D.S01E01.720p.HDTV.X264-DIMENSION.mkv", "Marvels Agents of S.H.I.E.L.D.", 1, 1)]
    // anime numbering counts episodes from the first (as Jellyfin and Sonarr read it); the season is the folder's
    [InlineData("[SubsPlease] Anime Title - 01v2 (1080p) [B1F227CF].mkv", "Anime Title", null, 1)]
    [InlineData("Series.Title.S01.ENG-ITA-FRA.AAC.1080p.WebDL.x264.mkv", "Series Title", null, null)]
    [InlineData("the.office.us.2x03.hdtv.avi", "the office us", 2, 3)]
    [InlineData("Doctor_Who_2005_S04E01_Partners_in_Crime.mkv", "Doctor Who", 4, 1)]
    public void Parse_LooseReleaseName_ShowTitleBeforeMarker(string path, string title, int? season, int? episode)
    {
        var parsed = EpisodeNaming.Parse(path);

        Assert.Equal(title, parsed.ShowTitle);
        Assert.Equal(season, parsed.Season);
        Assert.Equal(episode, parsed.Episode);
    }

    [Theory]
    [InlineData("[Grp] Harbour Tales S03 - EP07 VOSTFR [1080p] [HardSub].mkv", "Harbour Tales S03", null)]
    [InlineData("[Grp] Quiet;Valley 0 - Episode 4 VOSTFR (BDRip 1920x1080 x264 FLAC).mkv", "Quiet;Valley 0", null)]
    [InlineData("Little.Worlds.2021.DOC.S01.MULTi.1080p.WEB.H265-GRP.mkv", "Little Worlds", 2021)]
    [InlineData("[Grp] Harbour Tales - 12 (720p) [5C7BC4F9].mkv", "Harbour Tales", null)]
    [InlineData("E.T.the.Extra-Terrestrial.1982.1080p.BluRay.mkv", "E.T. the Extra-Terrestrial", 1982)]
    public void Parse_LooseAnimeOrPackAtRoot_ShowAsTheReleaseParserReadsIt(string path, string title, int? year)
    {
        var parsed = EpisodeNaming.Parse(path);

        Assert.Equal(title, parsed.ShowTitle);
        Assert.Equal(title, parsed.ShowKey);
        Assert.Equal(year, parsed.ShowYear);
    }

    [Theory]
    [InlineData("Kill Bill Vol 2.mkv", "Kill Bill Vol 2")]
    [InlineData("The Part 2.mkv", "The Part 2")]
    [InlineData("VTS_01_1.vob", "VTS 01 1")]
    public void Parse_PlainNameEndingInANumberAtRoot_TheNumberIsTheTitles(string path, string title)
    {
        var parsed = EpisodeNaming.Parse(path);

        Assert.Equal(title, parsed.ShowTitle);
        Assert.Null(parsed.Episode);
    }

    [Theory]
    [InlineData("Show/Random Folder/notes.mkv")]
    [InlineData("Show/Show Promo.mkv")]
    public void Parse_NoMarker_EpisodeNull(string path)
    {
        var parsed = EpisodeNaming.Parse(path);

        Assert.Null(parsed.Episode);
        Assert.Null(parsed.AirDate);
    }

    [Fact]
    public void Parse_NumberedFileOutsideSeasonFolder_NotAnEpisode()
    {
        var parsed = EpisodeNaming.Parse("Show/07 - Something.mkv");

        Assert.Null(parsed.Episode);
    }

    [Theory]
    [InlineData("Season 1", 1)]
    [InlineData("Season 01", 1)]
    [InlineData("season 10", 10)]
    [InlineData("S01", 1)]
    [InlineData("s2", 2)]
    [InlineData("Series 2", 2)]
    [InlineData("Season.03", 3)]
    [InlineData("Season 4 (2012)", 4)]
    [InlineData("Staffel 5", 5)]
    [InlineData("Specials", 0)]
    [InlineData("Season 00", 0)]
    [InlineData("Season 2024", 2024)]
    public void SeasonFromFolder_SeasonFolder_Number(string name, int season) =>
        Assert.Equal(season, EpisodeNaming.SeasonFromFolder(name));

    [Theory]
    [InlineData("Extras")]
    [InlineData("Seasoning")]
    [InlineData("S01E01")]
    [InlineData("Show Name")]
    [InlineData("Season")]
    public void SeasonFromFolder_OtherFolder_Null(string name) => Assert.Null(EpisodeNaming.SeasonFromFolder(name));
}
