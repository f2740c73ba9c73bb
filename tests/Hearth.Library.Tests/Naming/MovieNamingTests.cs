using Hearth.Library.Naming;

namespace Hearth.Library.Tests.Naming;

public sealed class MovieNamingTests
{
    public static TheoryData<string, string, string, int?> MainFiles => new()
    {
        { "Alien (1979)/Alien (1979).mkv", "Alien (1979)", "Alien", 1979 },
        { "Loose Movie (2004).mp4", "Loose Movie (2004)", "Loose Movie", 2004 },
        { "The.Matrix.1999.1080p.BluRay.x264-GRP/the.matrix.1999.1080p.bluray.x264-grp.mkv", "The.Matrix.1999.1080p.BluRay.x264-GRP", "The Matrix", 1999 },
        { "the.matrix.1999.1080p.bluray.x264-grp.mkv", "the.matrix.1999.1080p.bluray.x264-grp", "the matrix", 1999 },
        { "2001 A Space Odyssey (1968)/2001 A Space Odyssey (1968).mkv", "2001 A Space Odyssey (1968)", "2001 A Space Odyssey", 1968 },
        { "2001.A.Space.Odyssey.1968.2160p.UHD.BluRay.x265-TERMiNAL.mkv", "2001.A.Space.Odyssey.1968.2160p.UHD.BluRay.x265-TERMiNAL", "2001 A Space Odyssey", 1968 },
        { "1917 (2019)/1917 (2019).mkv", "1917 (2019)", "1917", 2019 },
        { "1917.2019.1080p.WEB-DL.DD5.1.H264-FGT.mkv", "1917.2019.1080p.WEB-DL.DD5.1.H264-FGT", "1917", 2019 },
        { "1917.mkv", "1917", "1917", null },
        { "Blade Runner 2049 (2017)/Blade.Runner.2049.2017.1080p.BluRay.mkv", "Blade Runner 2049 (2017)", "Blade Runner 2049", 2017 },
        { "Blade.Runner.2049.1080p.BluRay.x264.mkv", "Blade.Runner.2049.1080p.BluRay.x264", "Blade Runner 2049", null },
        { "Apollo 13 (1995)/Apollo 13.mkv", "Apollo 13 (1995)", "Apollo 13", 1995 },
        { "Ocean's Eleven (2001)/Ocean's Eleven (2001).mkv", "Ocean's Eleven (2001)", "Ocean's Eleven", 2001 },
        { "(500) Days of Summer (2009)/(500) Days of Summer (2009).mkv", "(500) Days of Summer (2009)", "(500) Days of Summer", 2009 },
        { "Spider-Man  Into the  Spider-Verse (2018).mkv", "Spider-Man  Into the  Spider-Verse (2018)", "Spider-Man Into the Spider-Verse", 2018 },
        { "movies/Heat_1995_DVDRip_XviD.avi", "movies/Heat_1995_DVDRip_XviD", "Heat", 1995 },
        { "Heat [1995]/Heat [1995] [1080p].mkv", "Heat [1995]", "Heat", 1995 },
        { "[RlsGrp] Akira (1988) [BD 1080p].mkv", "[RlsGrp] Akira (1988) [BD 1080p]", "Akira", 1988 },
        { "Akira/Akira (1988).mkv", "Akira", "Akira", 1988 },
        { "The Matrix/matrix.mkv", "The Matrix", "matrix", null },
        { "Wonder.Woman.1984.2020.1080p.HMAX.WEB-DL.mkv", "Wonder.Woman.1984.2020.1080p.HMAX.WEB-DL", "Wonder Woman 1984", 2020 },
        { "S.W.A.T. (2003)/S.W.A.T. (2003).mkv", "S.W.A.T. (2003)", "S.W.A.T.", 2003 },
        // a name a person wrote keeps their punctuation; the release reader only says where the title ends
        { "Dr. Strangelove (1964)/Dr. Strangelove (1964).mkv", "Dr. Strangelove (1964)", "Dr. Strangelove", 1964 },
        { "Mr. & Mrs. Smith (2005).mkv", "Mr. & Mrs. Smith (2005)", "Mr. & Mrs. Smith", 2005 },
        { "Whoops Apocalypse! (1986).mkv", "Whoops Apocalypse! (1986)", "Whoops Apocalypse!", 1986 },
        { "Lantern Keeper Director's Cut (1987).mkv", "Lantern Keeper Director's Cut (1987)", "Lantern Keeper", 1987 },
        { "E.T.the.Extra-Terrestrial.1982.1080p.BluRay.mkv", "E.T.the.Extra-Terrestrial.1982.1080p.BluRay", "E.T. the Extra-Terrestrial", 1982 },
        { "Charlottes.Web.1973.720p.BluRay.x264.mkv", "Charlottes.Web.1973.720p.BluRay.x264", "Charlottes Web", 1973 },
        { "Bright.Harbour.Bd.1943.1080p.BluRay.x264-GRP.mkv", "Bright.Harbour.Bd.1943.1080p.BluRay.x264-GRP", "Bright Harbour Bd", 1943 },
        { "Movie.Name.BD.1080p.x264-GRP.mkv", "Movie.Name.BD.1080p.x264-GRP", "Movie Name", null },
        { "Movie.Title.ITA.720p.WEBMux.x264-NovaRip.mkv", "Movie.Title.ITA.720p.WEBMux.x264-NovaRip", "Movie Title", null },
        { "Movie.Title.REAL.PROPER.720p.HDTV.x264-GRP.mkv", "Movie.Title.REAL.PROPER.720p.HDTV.x264-GRP", "Movie Title", null },
        { "Movie Name FRENCH BluRay 720p 2016 kjhlj.mkv", "Movie Name FRENCH BluRay 720p 2016 kjhlj", "Movie Name", 2016 },
        { "[Kulot] Violet Evergarden Gaiden [Dual-Audio][BDRip 1920x804 HEVC FLACx2] [91FC62A8].mkv", "[Kulot] Violet Evergarden Gaiden [Dual-Audio][BDRip 1920x804 HEVC FLACx2] [91FC62A8]", "Violet Evergarden Gaiden", null },
        { "Movie.Name.2010.PROPER.1080p.BluRay.x264-GRP.mkv", "Movie.Name.2010.PROPER.1080p.BluRay.x264-GRP", "Movie Name", 2010 },
        { "Some Movie (2015)/VIDEO_TS/VTS_01_1.VOB", "Some Movie (2015)", "Some Movie", 2015 },
        { "Some Movie (2015)/BDMV/STREAM/00001.m2ts", "Some Movie (2015)", "Some Movie", 2015 },
        { "Kids/Frozen (2013).mkv", "Kids/Frozen (2013)", "Frozen", 2013 },
        { "Collections/Alien Collection/Alien (1979)/Alien.1979.mkv", "Collections/Alien Collection/Alien (1979)", "Alien", 1979 },
        { "Mission.Impossible.Dead.Reckoning.Part.One.2023.2160p.AMZN.WEB-DL.DDP5.1.Atmos.DV.HDR.H.265-FLUX.mkv", "Mission.Impossible.Dead.Reckoning.Part.One.2023.2160p.AMZN.WEB-DL.DDP5.1.Atmos.DV.HDR.H.265-FLUX", "Mission Impossible Dead Reckoning Part One", 2023 },
        { "Amélie (2001)/Amélie.2001.FRENCH.1080p.BluRay.x264.mkv", "Amélie (2001)", "Amélie", 2001 },
        { "the_big_lebowski_1998_720p.mkv", "the_big_lebowski_1998_720p", "the big lebowski", 1998 },
        { "Se7en (1995) [1080p] [YTS.MX]/Se7en.1995.1080p.BluRay.x264-[YTS.AM].mp4", "Se7en (1995) [1080p] [YTS.MX]", "Se7en", 1995 },
        { "  Padded Name  (2011) /  Padded Name (2011) .mkv", "  Padded Name  (2011) ", "Padded Name", 2011 },
    };

    [Theory]
    [MemberData(nameof(MainFiles))]
    public void Parse_MainFile_KeyTitleAndYear(string path, string key, string title, int? year)
    {
        var movie = MovieNaming.Parse(path);

        Assert.Equal(key, movie.Key);
        Assert.Equal(title, movie.Title);
        Assert.Equal(year, movie.Year);
        Assert.Null(movie.Extra);
    }

    public static TheoryData<string, string, ExtraKind, string> ExtraFiles => new()
    {
        { "Alien (1979)/Extras/Making of.mkv", "Alien (1979)", ExtraKind.Other, "Making of" },
        { "Alien (1979)/Featurettes/The Beast Within.mkv", "Alien (1979)", ExtraKind.Featurette, "The Beast Within" },
        { "Alien (1979)/behind the scenes/Ridley.Scott.On.Set.mkv", "Alien (1979)", ExtraKind.BehindTheScenes, "Ridley Scott On Set" },
        { "Alien (1979)/Deleted Scenes/Brett Death.mp4", "Alien (1979)", ExtraKind.DeletedScene, "Brett Death" },
        { "Alien (1979)/Trailers/Teaser.mp4", "Alien (1979)", ExtraKind.Trailer, "Teaser" },
        { "Alien (1979)/Extras/Interviews/Sigourney.mkv", "Alien (1979)", ExtraKind.Interview, "Sigourney" },
        { "Alien (1979)/Alien (1979)-trailer.mp4", "Alien (1979)", ExtraKind.Trailer, "Alien (1979)-trailer" },
        { "Alien (1979)/trailer.mp4", "Alien (1979)", ExtraKind.Trailer, "trailer" },
        { "Alien (1979)/Alien.1979.trailer.mkv", "Alien (1979)", ExtraKind.Trailer, "Alien 1979 trailer" },
        { "Alien (1979)/Chestburster-scene.mkv", "Alien (1979)", ExtraKind.Scene, "Chestburster-scene" },
        { "Alien (1979)/Crew-interview.mkv", "Alien (1979)", ExtraKind.Interview, "Crew-interview" },
        { "Alien (1979)/Alternate Ending-deleted.mkv", "Alien (1979)", ExtraKind.DeletedScene, "Alternate Ending-deleted" },
        { "Loose Movie (2004)-trailer.mp4", "Loose Movie (2004)", ExtraKind.Trailer, "Loose Movie (2004)-trailer" },
        { "Movies/Loose Movie (2004)_trailer.mp4", "Movies/Loose Movie (2004)", ExtraKind.Trailer, "Loose Movie (2004) trailer" },
    };

    [Theory]
    [MemberData(nameof(ExtraFiles))]
    public void Parse_Extra_SharesOwningMovieKey(string path, string key, ExtraKind kind, string extraTitle)
    {
        var movie = MovieNaming.Parse(path);

        Assert.Equal(key, movie.Key);
        Assert.Equal(kind, movie.Extra);
        Assert.Equal(extraTitle, movie.ExtraTitle);
    }

    [Theory]
    [InlineData("Alien (1979)/Extras/Making of.mkv")]
    [InlineData("Alien (1979)/Alien (1979)-trailer.mp4")]
    [InlineData("Alien (1979)/trailer.mp4")]
    public void Parse_Extra_TitleAndYearOfOwningMovie(string path)
    {
        var movie = MovieNaming.Parse(path);

        Assert.Equal("Alien", movie.Title);
        Assert.Equal(1979, movie.Year);
    }

    [Theory]
    [InlineData("Extras/Some Film (2001).mkv", "Extras/Some Film (2001)", "Some Film")]
    [InlineData("The Other Side (2019)/The Other Side (2019).mkv", "The Other Side (2019)", "The Other Side")]
    [InlineData("The Short (2019)/The Short (2019).mkv", "The Short (2019)", "The Short")]
    public void Parse_ExtraLookingWords_NotExtras(string path, string key, string title)
    {
        var movie = MovieNaming.Parse(path);

        Assert.Null(movie.Extra);
        Assert.Equal(key, movie.Key);
        Assert.Equal(title, movie.Title);
    }

    [Theory]
    [InlineData("Alien (1979) {edition-Director's Cut}/Alien (1979) {edition-Director's Cut}.mkv", "Director's Cut")]
    [InlineData("Alien (1979)/Alien (1979) {edition-Theatrical}.mkv", "Theatrical")]
    [InlineData("Alien.1979.Directors.Cut.1080p.BluRay.x264-GRP.mkv", "Directors Cut")]
    [InlineData("Aliens (1986)/Aliens.1986.EXTENDED.720p.BluRay.mkv", "Extended")]
    [InlineData("Alien (1979)/Alien (1979) - Director's Cut.mkv", "Director's Cut")]
    [InlineData("Alien (1979)/Alien.1979.Signature.Edition.1080p.BluRay.FLAC.2.0.x264-TDD.mkv", "Signature Edition")]
    [InlineData("Alien (1979)/Alien.1979.REMASTERED.2160p.UHD.BluRay.x265-GRP.mkv", "Remastered")]
    public void Parse_Edition_Recognised(string path, string edition)
    {
        var movie = MovieNaming.Parse(path);

        Assert.Equal(edition, movie.Edition);
        Assert.Contains("Alien", movie.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EditionFolder_SeparateKeyFromPlainFolder()
    {
        var cut = MovieNaming.Parse("Alien (1979) {edition-Director's Cut}/Alien (1979) {edition-Director's Cut}.mkv");

        Assert.Equal("Alien (1979) {edition-Director's Cut}", cut.Key);
        Assert.Equal("Alien", cut.Title);
        Assert.Equal(1979, cut.Year);
    }

    [Theory]
    [InlineData("Alien (1979) [tmdbid-348]/Alien (1979) [tmdbid-348].mkv", "tmdb", "348")]
    [InlineData("Alien (1979) {tmdb-348}/Alien.mkv", "tmdb", "348")]
    [InlineData("Alien (1979) {imdb-tt0078748}/Alien (1979).mkv", "imdb", "tt0078748")]
    [InlineData("Alien (1979)/Alien (1979) [imdbid-tt0078748].mkv", "imdb", "tt0078748")]
    [InlineData("Alien (1979) [imdbid=tt0078748].mkv", "imdb", "tt0078748")]
    [InlineData("Alien (1979) [tt0078748].mkv", "imdb", "tt0078748")]
    public void Parse_ProviderIdInName_IdPulledOutOfTitle(string path, string provider, string id)
    {
        var movie = MovieNaming.Parse(path);

        Assert.Equal(id, movie.ProviderIds[provider]);
        Assert.Equal("Alien", movie.Title);
        Assert.Equal(1979, movie.Year);
    }

    [Theory]
    [InlineData("Kill Bill (2003)/Kill Bill (2003)-cd1.avi", "Kill Bill (2003)", 1)]
    [InlineData("Kill Bill (2003)/Kill Bill (2003) - part2.avi", "Kill Bill (2003)", 2)]
    [InlineData("Kill Bill (2003)/Kill.Bill.2003.DVDRip.XviD-disc1.avi", "Kill Bill (2003)", 1)]
    [InlineData("Kill Bill (2003)-pt2.avi", "Kill Bill (2003)", 2)]
    [InlineData("Kill Bill (2003).CD2.avi", "Kill Bill (2003)", 2)]
    [InlineData("Kill Bill (2003)/CD2/kb.avi", "Kill Bill (2003)", 2)]
    public void Parse_StackedPart_PartAndSharedKey(string path, string key, int part)
    {
        var movie = MovieNaming.Parse(path);

        Assert.Equal(key, movie.Key);
        Assert.Equal(part, movie.Part);
        Assert.Equal("Kill Bill", movie.Title);
    }

    [Theory]
    [InlineData("Harry Potter and the Deathly Hallows Part 2 (2011)/Harry Potter and the Deathly Hallows Part 2 (2011).mkv", "Harry Potter and the Deathly Hallows Part 2")]
    [InlineData("Kill Bill Vol 2.mkv", "Kill Bill Vol 2")]
    [InlineData("The Part 2.mkv", "The Part 2")]
    public void Parse_PartWordInTitle_NotAStack(string path, string title)
    {
        var movie = MovieNaming.Parse(path);

        Assert.Null(movie.Part);
        Assert.Equal(title, movie.Title);
    }

    [Fact]
    public void Parse_BackslashSeparators_TreatedAsFolders()
    {
        var movie = MovieNaming.Parse(@"Alien (1979)\Alien (1979).mkv");

        Assert.Equal("Alien (1979)", movie.Key);
    }
}
