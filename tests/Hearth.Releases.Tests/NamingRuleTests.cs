using Hearth.Releases.Languages;
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

        Assert.True(r.IsFullSeason);
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

        Assert.True(r.IsFullSeason);
        Assert.Equal(3, r.SeasonNumber);
        Assert.Empty(r.EpisodeNumbers);
    }

    [Fact]
    public void SeasonExtras_AreAFullSeasonMarkedAsExtra_PartsAreNot()
    {
        var extras = ReleaseParser.Parse("Copper.Harbour.S02.EXTRAS.DVDRip.XviD-GRP");
        var part = ReleaseParser.Parse("Copper.Harbour.S02.Part.2.1080p.WEB-DL.x264-GRP");

        Assert.True(extras.IsFullSeason);
        Assert.True(extras.IsSeasonExtra);
        Assert.False(part.IsFullSeason);
        Assert.True(part.IsPartialSeason);
        Assert.Equal(2, part.SeasonPart);
    }

    [Fact]
    public void NormalizedTitle_KeepsALeadingArticle()
    {
        Assert.Equal("theharbourlights", ReleaseParser.Parse("The.Harbour.and.the.Lights.S01E01.720p.HDTV.x264-GRP").NormalizedTitle);
    }

    [Fact]
    public void LanguageWordBeforeTheYear_BelongsToTheTitle()
    {
        var r = ReleaseParser.Parse("The.French.Lieutenant.1981.720p.BluRay.x264-GRP");

        Assert.Equal("The French Lieutenant", r.Title);
        Assert.Equal(1981, r.Year);
    }

    [Theory]
    [InlineData("Lantern.Keepers.Part.1.2011.1080p.BluRay.x264-GRP", "Lantern Keepers Part 1", 2011)]
    [InlineData("Lantern.Keepers.Part.Two.2024.2160p.WEB-DL.DDP5.1.H.265-GRP", "Lantern Keepers Part Two", 2024)]
    public void PartFollowedByAYear_IsAFilmInParts_NotAMiniSeries(string name, string title, int year)
    {
        var r = ReleaseParser.Parse(name);

        Assert.Equal(ReleaseKind.Movie, r.Kind);
        Assert.Equal(title, r.Title);
        Assert.Equal(year, r.Year);
        Assert.False(r.IsMiniSeries);
    }

    [Fact]
    public void PartWithoutAYear_IsAMiniSeriesEpisode()
    {
        var r = ReleaseParser.Parse("Lantern.Keepers.Part.3.The.Crossing.1080p.BluRay.x264-GRP");

        Assert.True(r.IsMiniSeries);
        Assert.Equal([3], r.EpisodeNumbers);
    }

    [Theory]
    [InlineData("S.W.A.T.2003.1080p.BluRay.x264-GRP", "S.W.A.T.")]
    [InlineData("A.B.C.Murders.2018.720p.WEB-DL.x264-GRP", "A.B.C. Murders")]
    [InlineData("Mr.Holland.Opus.1995.1080p.BluRay.x264-GRP", "Mr. Holland Opus")]
    [InlineData("Dead.End.Z.EXTENDED.2010.1080p.BluRay.x264-GRP", "Dead End Z")]
    public void Acronyms_AndAbbreviations_KeepTheirDots(string name, string title)
    {
        Assert.Equal(title, ReleaseParser.Parse(name).Title);
    }

    [Theory]
    [InlineData("Le.Voyage.a.k.a.The.Journey.1972.1080p.BluRay.x264-GRP", "Le Voyage", "The Journey")]
    [InlineData("Le.Voyage.(aka.The.Journey).1972.DVDRip.x264-GRP", "Le Voyage", "The Journey")]
    [InlineData("Путешествие / The Journey (1972) 1080p WEB-DL", "Путешествие", "The Journey")]
    public void AlternativeTitles_AreListedWholeAndApart(string name, string first, string second)
    {
        var r = ReleaseParser.Parse(name);

        Assert.Equal(3, r.Titles.Count);
        Assert.Equal(first, r.Titles[1]);
        Assert.Equal(second, r.Titles[2]);
    }

    [Theory]
    [InlineData("Harbour.Nights.1988.Collectors.Vault.Edition.1080p.BluRay.x264-GRP", "Collectors Vault Edition")]
    [InlineData("Harbour.Nights.1988.The.Midnight.Edition.720p.BluRay.x264-GRP", "Midnight Edition")]
    [InlineData("Harbour Nights 1988 25th Anniversary Edition.mkv", "25th Anniversary Edition")]
    [InlineData("Harbour.Nights.1988.RECUT.1080p.BluRay.x264-GRP", "RECUT")]
    [InlineData("Unrated.Harbour.Nights.1988.1080p.BluRay.x264-GRP", "")]
    public void Editions_AfterTheYear_NotAtTheStart(string name, string edition)
    {
        Assert.Equal(edition, ReleaseParser.Parse(name).Edition);
    }

    [Theory]
    [InlineData("/media/tv/Copper Harbour (2019)/Season 4/S04E02 - The Pier.mkv", 4, 2, "Copper Harbour (2019)")]
    [InlineData("/media/tv/Copper Harbour/Season 03/07 The Lantern (720p HD).mkv", 3, 7, "Copper Harbour")]
    [InlineData("/media/tv/Copper Harbour/Season 3/12. The Lantern - Part 2.mkv", 3, 12, "Copper Harbour")]
    [InlineData(@"D:\tv\Copper Harbour\Specials\S00E03 - Behind the Scenes.avi", 0, 3, "Copper Harbour")]
    public void FileInSeasonFolder_TakesSeasonAndShowFromTheFolders(string path, int season, int episode, string title)
    {
        var r = ReleaseParser.Parse(path);

        Assert.Equal(ReleaseKind.Episode, r.Kind);
        Assert.Equal(season, r.SeasonNumber);
        Assert.Equal([episode], r.EpisodeNumbers);
        Assert.Equal(title, r.Title);
    }

    [Theory]
    [InlineData("/dl/Copper.Harbour.S01E05.1080p.WEB-DL.DD5.1.H264-GRP/Copy_of_0211_3.mkv")]
    [InlineData("/dl/Copper.Harbour.S01E05.1080p.WEB-DL.DD5.1.H264-GRP/240511_12.mkv")]
    public void RenamedFileInASceneFolder_IsReadFromTheFolder(string path)
    {
        var r = ReleaseParser.Parse(path);

        Assert.Equal("Copper Harbour", r.Title);
        Assert.Equal(Qualities.WebDl1080p, r.Quality.Quality);
        Assert.Equal("GRP", r.ReleaseGroup);
    }

    [Fact]
    public void TagBracketBeforeTheEnd_EndsTheSearchForABracketGroup()
    {
        var r = ReleaseParser.Parse("Copper Harbour - Temporada 1 [HDTV 720p][Cap.105][AC3 5.1 Castellano]");

        Assert.Null(r.ReleaseGroup);
        Assert.Contains(Language.Spanish, r.Languages);
    }

    [Fact]
    public void LanguageAfterTheGroup_IsRead()
    {
        Assert.Contains(Language.Danish, ReleaseParser.Parse("Copper.Harbour.S01E03.1080p.WEB-DL.H.264-GRP Danish").Languages);
    }

    [Fact]
    public void DashedLanguageCodes_EndTheTitle()
    {
        var r = ReleaseParser.Parse("Copper.Harbour.SPA-ENG-GER.AAC.720p.WebDL.x264");

        Assert.Equal("Copper Harbour", r.Title);
        Assert.Contains(Language.German, r.Languages);
    }

    [Theory]
    [InlineData("Night Orchard 2004 [NekoRip] [Blu-ray][MKV][h264][1080p][FLAC 2.0][Softsubs (NekoRip)]", "NekoRip")]
    [InlineData("Night.Orchard.2004.720p.WEB-DL.x264-[YTS.BZ]", "YTS.BZ")]
    [InlineData("Night Orchard (2004) [2160p x265 10bit HDR Kestrel]", "Kestrel")]
    [InlineData("Night.Orchard.2004.1080p.BluRay.DTS-HD.MA.5.1.Solstice", "Solstice")]
    [InlineData("Night.Orchard.2004.1080p.BluRay.x264.Q-B4NK", "Q-B4NK")]
    [InlineData("Night.Orchard.2004.1080p.WEB.x264-HARVEST (Orchard Cut, Multi-Subs)", "HARVEST")]
    public void P2PGroupSignatures_AreRead(string name, string group)
    {
        Assert.Equal(group, ReleaseParser.Parse(name).ReleaseGroup);
    }

    [Fact]
    public void SpacedWordAfterTheCodec_IsNotAGroup()
    {
        Assert.Null(ReleaseParser.Parse("Copper Harbour 2010 S01E02 English HDTV XviD TEAM").ReleaseGroup);
    }

    [Theory]
    [InlineData("Night.Orchard.2004.1080p.JPNSUBS.WEBRip.x264-GRP", "JPNSUBS")]
    [InlineData("Night.Orchard.2004.720p.SUBBED.HDRip.XViD-GRP", "Generic Hardcoded Subs")]
    public void HardcodedSubtitles_AreNamed(string name, string subs)
    {
        Assert.Equal(subs, ReleaseParser.Parse(name).HardcodedSubs);
    }

    [Theory]
    [InlineData("Copper.Harbour.204.720p.HDTV.x264-GRP", 2, new[] { 4 })]
    [InlineData("Copper.Harbour.1107.hdtv-grp", 11, new[] { 7 })]
    [InlineData("Copper.Harbour.305.306.720p.HDTV.x264-GRP", 3, new[] { 5, 6 })]
    public void SceneNumbers_WithoutASubGroup_AreSeasonAndEpisode(string name, int season, int[] episodes)
    {
        var r = ReleaseParser.Parse(name);

        Assert.Equal(season, r.SeasonNumber);
        Assert.Equal(episodes, r.EpisodeNumbers);
        Assert.Empty(r.AbsoluteEpisodeNumbers);
    }

    [Theory]
    [InlineData("Copper Harbour - 3x07-3x08 - The Ferry [HDTV]", 3, new[] { 7, 8 })]
    [InlineData("Copper.Harbour.3x07.3x08.720p.HDTV-GRP", 3, new[] { 7, 8 })]
    [InlineData("Copper Harbour - 3x07_08 - The Ferry", 3, new[] { 7, 8 })]
    [InlineData("Copper_Harbour_-_3x7_-_The_Ferry_[SDTV]", 3, new[] { 7 })]
    [InlineData("Copper Harbour - 2019x04 - Title.mkv", 2019, new[] { 4 })]
    [InlineData("Copper.Harbour.S03.Ep.07.GERMAN.DL.1080p.BluRay-GRP", 3, new[] { 7 })]
    [InlineData("Copper Harbour.S3.E7E8.Title.1080p.WEB-DL", 3, new[] { 7, 8 })]
    [InlineData("Copper Harbour - S12 Ep20001 - Title", 12, new[] { 20001 })]
    [InlineData("Copper Harbour Season 03 Episode 07-08 720p", 3, new[] { 7, 8 })]
    public void EpisodeSpellings_AreRead(string name, int season, int[] episodes)
    {
        var r = ReleaseParser.Parse(name);

        Assert.Equal(season, r.SeasonNumber);
        Assert.Equal(episodes, r.EpisodeNumbers);
    }

    [Theory]
    [InlineData("Copper Harbour - Temporada 3 [HDTV 720p][Cap.307][AC3 5.1 Castellano]", 3, new[] { 7 })]
    [InlineData("Copper Harbour [HDTV][Cap.1204](example.com).avi", 12, new[] { 4 })]
    [InlineData("Copper Harbour - Temporada 2 [HDTV][Cap.201_205]", 2, new[] { 1, 2, 3, 4, 5 })]
    public void SpanishCapitulo_IsSeasonAndEpisode(string name, int season, int[] episodes)
    {
        var r = ReleaseParser.Parse(name);

        Assert.Equal(season, r.SeasonNumber);
        Assert.Equal(episodes, r.EpisodeNumbers);
        Assert.Equal("Copper Harbour", r.Title);
    }

    [Fact]
    public void JapaneseBroadcastDatePrefix_IsNotPartOfTheTitle()
    {
        var r = ReleaseParser.Parse("240713 Harbour Variety Hour ep42.mp4");

        Assert.Equal("Harbour Variety Hour", r.Title);
    }

    [Theory]
    [InlineData("[KiraSubs] 月光庭园 / Moonlit Garden - 07 [1080p][CHS]", "Moonlit Garden")]
    [InlineData("[KiraSubs][月光庭园·Moonlit Garden][07][1080p]", "Moonlit Garden")]
    [InlineData("月光庭园.Moonlit.Garden.S01E07.1080p.WEB-DL.H264.AAC-GRP", "Moonlit Garden")]
    [InlineData("[KiraSubs][月光庭园][07][1080p]", "月光庭园")]
    public void MixedScriptTitles_UseTheLatinTitle(string name, string title)
    {
        Assert.Equal(title, ReleaseParser.Parse(name).Title);
    }

    [Theory]
    [InlineData("Harbour Tales 12.Bolum (03.02.2024) 1080p WebDL AAC H.264 - GRP", 12)]
    [InlineData("Harbour Tales 7. Bölüm (10.02.2024) 720p HDTV x264 GRP", 7)]
    [InlineData("Harbour Tales EP11 1080p x265 GRP.mkv", 11)]
    [InlineData("HarbourTales.E2044.Ein.Neuer.Tag.GERMAN.1080p.WEB.h264-GRP", 2044)]
    [InlineData("Harbour Tales S2 - EP09 VOSTFR [1080p]", 9)]
    [InlineData("Harbour Tales S2 -  09 VOSTFR [1080p]", 9)]
    public void AnimeAndSerialNumbering_IsAbsolute(string name, int absolute)
    {
        var r = ReleaseParser.Parse(name);

        Assert.Equal([absolute], r.AbsoluteEpisodeNumbers);
        Assert.StartsWith("Harbour", r.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainEpisodeWord_IsAMiniSeriesPart()
    {
        var r = ReleaseParser.Parse("Harbour.Tales.E05.240101.720p-GRP");

        Assert.Equal([5], r.EpisodeNumbers);
        Assert.Empty(r.AbsoluteEpisodeNumbers);
    }

    [Fact]
    public void AbsoluteBeforeStandard_KeepsBothAndEndsTheTitle()
    {
        var r = ReleaseParser.Parse("[NekoFans] Starlit Garden - 14 - S02E02 - The Bell (BD 1080p FLAC) [1A2B3C4D]");

        Assert.Equal("Starlit Garden", r.Title);
        Assert.Equal(2, r.SeasonNumber);
        Assert.Equal([2], r.EpisodeNumbers);
        Assert.Equal([14], r.AbsoluteEpisodeNumbers);
    }

    [Fact]
    public void RecapBeforeStandard_IsASpecialAbsolute()
    {
        var r = ReleaseParser.Parse("[NekoFans] Starlit Garden - 12.5 (S00E02) [BD 1080p] [1A2B3C4D]");

        Assert.Equal("Starlit Garden", r.Title);
        Assert.Equal([12.5m], r.SpecialAbsoluteEpisodeNumbers);
    }

    [Theory]
    [InlineData("[NekoFans] Starlit Garden 3 - 08 [1080p].mkv", "Starlit Garden 3", new[] { 8 })]
    [InlineData("[NekoFans] Starlit Garden - 300 Nights - 04 (1080p) [1A2B3C4D].mkv", "Starlit Garden - 300 Nights", new[] { 4 })]
    [InlineData("[NekoFans] Starlit Garden 01 - 03 [1080p] [Batch]", "Starlit Garden", new[] { 1, 2, 3 })]
    public void AnimeNumbers_InTitlesAndBatches(string name, string title, int[] absolute)
    {
        var r = ReleaseParser.Parse(name);

        Assert.Equal(title, r.Title);
        Assert.Equal(absolute, r.AbsoluteEpisodeNumbers);
    }

    [Fact]
    public void LanguagesListedBeforeSubs_AreAudio_LanguagesWithASingularSub_AreSubtitles()
    {
        var audio = ReleaseParser.Parse("Night.Orchard.(2004).(Catala.Italian.Subs).WEBRip.1080p.x264-GRP");
        var subtitles = ReleaseParser.Parse("Harbour.Tales.S02E03.Ita.Eng.Sub.AAC.1080p.WEB.H264-GRP");

        Assert.Contains(Language.Catalan, audio.Languages);
        Assert.Contains(Language.Italian, audio.Languages);
        Assert.Equal([Language.Unknown], subtitles.Languages);
        Assert.Contains(Language.English, subtitles.SubtitleLanguages);
    }

    [Fact]
    public void SlashBetweenLanguageCodes_IsNotAPath()
    {
        var r = ReleaseParser.Parse("Night.Orchard.2004.Pol/Ita.AAC.1080p.WebDL.x264-GRP");

        Assert.Equal("Night Orchard", r.Title);
        Assert.Contains(Language.Italian, r.Languages);
    }

    [Fact]
    public void DtsEs_IsAnAudioFormatNotSpanish()
    {
        Assert.Equal([Language.Unknown], ReleaseParser.Parse("Night Orchard (2004) BluRay 1080p DTS-ES AC3 x264-GRP").Languages);
    }

    [Fact]
    public void SiteInParenthesesInFront_IsNotTheTitle()
    {
        Assert.Equal("Night Orchard", ReleaseParser.Parse("(orchardfans.net) Night Orchard 2004 [720p] [English Subbed]").Title);
    }

    [Fact]
    public void GroupBeforeReposterBrackets_IsFound()
    {
        Assert.Equal("GRP", ReleaseParser.Parse("Harbour Tales S01E02 HDTV x264-GRP [eztv]-[example.com]").ReleaseGroup);
    }

    [Fact]
    public void MiniSeriesDoubleEpisode_IsARange()
    {
        Assert.Equal([3, 4], ReleaseParser.Parse("Harbour.Tales.E03-E04.240612.1080p-GRP").EpisodeNumbers);
    }

    [Fact]
    public void SplitEpisodeHalf_IsMarked()
    {
        var r = ReleaseParser.Parse("Harbour.Tales.S02E05a.The.Storm.1080p.WEB-DL.H.264-GRP");

        Assert.Equal([5], r.EpisodeNumbers);
        Assert.True(r.IsSplitEpisode);
    }

    [Fact]
    public void NumberingAfterAnAirDate_Wins()
    {
        var r = ReleaseParser.Parse("Harbour Court 2019 03 14 S12E077");

        Assert.Equal(12, r.SeasonNumber);
        Assert.Equal([77], r.EpisodeNumbers);
    }

    [Theory]
    [InlineData("Harbour.Tales.S01E02.1080p.WEB-DL.H264.Storm-RG.mkv", "Storm-RG")]
    [InlineData("Harbour Tales (2019) S01E02 (1080p WEB-DL x265) - Kestrel", "Kestrel")]
    public void GroupForms_AfterTheCodec(string name, string group)
    {
        Assert.Equal(group, ReleaseParser.Parse(name).ReleaseGroup);
    }

    [Fact]
    public void YearOpeningATagList_StaysWithTheTitle()
    {
        var r = ReleaseParser.Parse("Harbour Tales (2019/S02/WEB-DL/1080p/AC3 5.1/SUB)");

        Assert.Equal("Harbour Tales (2019)", r.Title);
        Assert.Equal("Harbour Tales", r.TitleWithoutYear);
    }

    [Theory]
    [InlineData("Evening.Desk.2019.25.03.PDTV.XviD-GRP", 2019, 3, 25)]
    [InlineData("The_Evening_Desk_03.25.2019_hdtv.x264.GRP.mp4", 2019, 3, 25)]
    public void DatesWrittenTheOtherWay_AreReadWhenUnambiguous(string name, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), ReleaseParser.Parse(name).AirDate);
    }

    [Fact]
    public void SceneName_NeedsNumberingOrAYear()
    {
        Assert.False(SceneName.IsSceneTitle("Harbour.Tales.1080p.WEB-DL.x264-GRP"));
        Assert.True(SceneName.IsSceneTitle("Harbour.Tales.S01E02.1080p.WEB-DL.x264-GRP"));
    }

    [Fact]
    public void AngleQuotes_AreNotPartOfTheTitle()
    {
        Assert.Equal("Harbour 항구", ReleaseParser.Parse("Harbour <항구>.E12.240101.1080p-GRP").Title);
    }

    [Theory]
    [InlineData("【KiraSubs】★07月新番★[月光庭园 / Moonlit Garden][05][1080P][简体]", "Moonlit Garden", 5)]
    [InlineData("[KiraSubs][月光庭园][第12话][1080p][简繁]", "月光庭园", 12)]
    [InlineData("[KiraSubs][月光庭园][340集][1080p]", "月光庭园", 340)]
    public void ChineseFansubBrackets_SeasonMarkerAndEpisodeWords(string name, string title, int episode)
    {
        var r = ReleaseParser.Parse(name);

        Assert.Equal(title, r.Title);
        Assert.Equal([episode], r.AbsoluteEpisodeNumbers);
        Assert.Equal("KiraSubs", r.ReleaseGroup);
    }

    [Theory]
    [InlineData("Harbour_Tales!_-_4x3_-_The_Storm_[SDTV]", 4, 3)]
    [InlineData("2x5", 2, 5)]
    public void ShortCrossNumbers_AreRead(string name, int season, int episode)
    {
        var r = ReleaseParser.Parse(name);

        Assert.Equal(season, r.SeasonNumber);
        Assert.Equal([episode], r.EpisodeNumbers);
    }

    [Theory]
    [InlineData("Harbour Tales Episodio 21 Audio Latino", "Harbour Tales", 21)]
    [InlineData("Harbour Tales S12 1042", "Harbour Tales S12", 1042)]
    [InlineData("[KiraSubs] Harbour Tales S3 [11][HEVC-10bit 1080p AAC][CHS]", "Harbour Tales S3", 11)]
    [InlineData("[Raws] Harbour Tales #812 (NBN 1280x720 x264 AAC).mp4", "Harbour Tales", 812)]
    public void MoreAbsoluteForms(string name, string title, int absolute)
    {
        var r = ReleaseParser.Parse(name);

        Assert.Equal(title, r.Title);
        Assert.Equal([absolute], r.AbsoluteEpisodeNumbers);
    }

    [Fact]
    public void NumberingRepeatedAfterEachTitle_ListsBothTitles()
    {
        var r = ReleaseParser.Parse("Гавань (S1E3) / Harbour Tales (S1E3) (2021) WEB-DL 1080p Ukr/Eng");

        Assert.Equal("Harbour Tales", r.Title);
        Assert.Equal(["Гавань", "Harbour Tales"], r.Titles);
        Assert.Equal([3], r.EpisodeNumbers);
    }

    [Theory]
    [InlineData("[NekoFans] Starlit Garden S02E05 130")]
    [InlineData("[NekoFans] Starlit Garden 130 2x05")]
    [InlineData("[NekoFans]Starlit.Garden.S02E05.130.HDTV-720p.x264-GRP")]
    public void PaddedAbsoluteBesideStandard_IsKept(string name)
    {
        var r = ReleaseParser.Parse(name);

        Assert.Equal(2, r.SeasonNumber);
        Assert.Equal([5], r.EpisodeNumbers);
        Assert.Equal([130], r.AbsoluteEpisodeNumbers);
    }

    [Fact]
    public void AbsoluteRangeInParenthesesAfterStandard_IsKept()
    {
        var r = ReleaseParser.Parse("Harbour Tales (2019) - S01E03-04 (003-004) - Title HDTV-720p");

        Assert.Equal([3, 4], r.EpisodeNumbers);
        Assert.Equal([3, 4], r.AbsoluteEpisodeNumbers);
    }

    [Theory]
    [InlineData("Havenstad Se.2 afl.5", 2, new[] { 5 })]
    [InlineData("Havenstad Se.2 afl.5-6-7 [VTM]", 2, new[] { 5, 6, 7 })]
    [InlineData("Havenstad Se.2 afl.5 en 6", 2, new[] { 5, 6 })]
    [InlineData("Harbour.Tales.20506.hdtv-grp.mp4", 2, new[] { 5, 6 })]
    public void DutchAndJoinedDoubleEpisodes(string name, int season, int[] episodes)
    {
        var r = ReleaseParser.Parse(name);

        Assert.Equal(season, r.SeasonNumber);
        Assert.Equal(episodes, r.EpisodeNumbers);
    }

    [Theory]
    [InlineData("Harbour.Tales.Part.3.DSR.XviD-GRP", 3)]
    [InlineData("Harbour.Tales.Part.Four.720p.HDTV.x264-GRP", 4)]
    public void MiniSeriesParts_AreEpisodes(string name, int part)
    {
        var r = ReleaseParser.Parse(name);

        Assert.Equal([part], r.EpisodeNumbers);
        Assert.Empty(r.AbsoluteEpisodeNumbers);
    }

    [Fact]
    public void CrcWithoutAFrontGroup_HasNoGroup()
    {
        Assert.Null(ReleaseParser.Parse("Starlit.Garden.014.BD.720p.x264-Team [v2] [1A2B3C4D]").ReleaseGroup);
    }

    [Fact]
    public void BracketedNumberAfterABareOne_IsTheEpisode()
    {
        var r = ReleaseParser.Parse("Harbour_Tales_3_[07]_[SomeTeam_TV]_[WEBRip_1080p]");

        Assert.Equal([7], r.AbsoluteEpisodeNumbers);
    }

    [Theory]
    [InlineData("Harbour.Tales.s02.07.2001.BDRip.1080p.x264-GRP", 2, 7)]
    [InlineData("harbour.tales.2019.0207-grp", 2, 7)]
    public void SeasonAndEpisodeWrittenApart(string name, int season, int episode)
    {
        var r = ReleaseParser.Parse(name);

        Assert.Equal(season, r.SeasonNumber);
        Assert.Equal([episode], r.EpisodeNumbers);
    }

    [Fact]
    public void JointGroupBracket_IsNotTheTitle()
    {
        Assert.Equal("Harbour Tales", ReleaseParser.Parse("[TeamA]_[TB]_Harbour_Tales_Ep07_(1a2b3c4d).mkv").Title);
    }

    [Fact]
    public void EpisodeWordBeforeAnAirDate_IsNotTitle()
    {
        var r = ReleaseParser.Parse("Harbour Club E12 2024 05 09 1080p WEB H264-GRP");

        Assert.Equal("Harbour Club", r.Title);
        Assert.Equal(new DateOnly(2024, 5, 9), r.AirDate);
    }

    [Fact]
    public void SeasonInsideTheTitleBracket_KeepsTheBracketTitle()
    {
        var r = ReleaseParser.Parse("[KiraSubs][Moonlit Garden S03][04][x264 1080p][CHT].mp4");

        Assert.Equal("Moonlit Garden S3", r.Title);
        Assert.Equal([4], r.AbsoluteEpisodeNumbers);
        Assert.Contains(Language.Chinese, r.Languages);
    }

    [Fact]
    public void ChineseSubtitleGroup_MeansChinese()
    {
        Assert.Contains(Language.Chinese, ReleaseParser.Parse("[月光字幕组] Moonlit Garden - 04 [1080p]").Languages);
    }

    [Theory]
    [InlineData("[KiraSubs][月光庭园 _ Moonlit Garden][05][x264 1080p][CHS]", "Moonlit Garden")]
    [InlineData("[KiraSubs][月光庭园 Night Bloom][Moonlit Garden][05][1080p]", "Moonlit Garden")]
    [InlineData("[KiraSubs] 月光庭园/夜花Moonlit Garden - 05 [1080p]", "夜花Moonlit Garden")]
    public void MixedScriptBracketTitles(string name, string title)
    {
        Assert.Equal(title, ReleaseParser.Parse(name).Title);
    }

    [Fact]
    public void OrdinalSeasonInAnAnimeTitle_KeepsTheAbsoluteNumber()
    {
        var r = ReleaseParser.Parse("[KiraSubs] Moonlit Garden 3rd Season - 07 [WebRip 1080p]");

        Assert.Equal([7], r.AbsoluteEpisodeNumbers);
        Assert.Equal("Moonlit Garden 3rd Season", r.Title);
    }

    [Theory]
    [InlineData("Nachtgarten.2004.German.DL.1080p.BluRay.AVC-GRP", "Bluray-1080p Remux")]
    [InlineData("Nachtgarten.2004.GERMAN.2160p.BluRay.HEVC-GRP", "Bluray-2160p Remux")]
    [InlineData("German.Nights.2004.French.1080p.BluRay.AVC-GRP", "BR-DISK")]
    public void GermanSceneBluRayWithDiscCodec_IsARemux(string name, string quality)
    {
        Assert.Equal(quality, ReleaseParser.Parse(name).Quality.Quality.Name);
    }
    [Theory]
    [InlineData("Copper Harbour - S02E04 - The Ferry [WEBDL-1080p].mkv", "The Ferry")]
    [InlineData("Copper.Harbour.S02E04.The.Ferry.720p.HDTV.x264-GRP.mkv", "The Ferry")]
    [InlineData("Copper.Harbour.S02E04.PROPER.The.Ferry.GERMAN.DL.720p.WEB.h264-GRP", "The Ferry")]
    [InlineData("Copper Harbour - S02E04 - Low-Tide Rescue [HDTV-720p].mkv", "Low-Tide Rescue")]
    [InlineData("Copper Harbour - S02E04 - Storm (2).mkv", "Storm (2)")]
    [InlineData("Copper Harbour - 2026-03-14 - Guest Name.mkv", "Guest Name")]
    [InlineData("Copper.Harbour.S02E04.720p.HDTV.x264-GRP.mkv", null)]
    [InlineData("[Grp] Copper Harbour - 07 (2024) [1080p] [0A1B2C3D].mkv", null)]
    public void EpisodeTitle_IsTheWordsBetweenNumberingAndTags(string name, string? title)
    {
        Assert.Equal(title, ReleaseParser.Parse(name).EpisodeTitle);
    }

    [Theory]
    [InlineData("Lantern Keeper Director's Cut (1987)", "Lantern Keeper", 1987, "Director's Cut")]
    [InlineData("Lantern Keeper Extended Edition (1987).mkv", "Lantern Keeper", 1987, "Extended Edition")]
    public void YearInParenthesesAfterAnEdition_IsTheYear(string name, string title, int year, string edition)
    {
        var r = ReleaseParser.ParseMovie(name);

        Assert.Equal(title, r.Title);
        Assert.Equal(year, r.Year);
        Assert.Equal(edition, r.Edition);
    }

    [Fact]
    public void YearInParentheses_EndsTheTitleBeforeLaterYears()
    {
        var r = ReleaseParser.ParseMovie("Copper Harbour (2019) - S01E03 - The 2020 Vote");

        Assert.Equal("Copper Harbour", r.Title);
        Assert.Equal(2019, r.Year);
    }
}
