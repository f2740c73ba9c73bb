using Hearth.Library.Metadata;
using Hearth.Testing;

namespace Hearth.Library.Tests.Metadata;

public sealed class NfoReaderTests
{
    private const string FullMovie = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
        <!-- written by a media manager -->
        <movie>
          <title>Alien</title>
          <originaltitle>Alien</originaltitle>
          <sorttitle>Alien 1</sorttitle>
          <year>1979</year>
          <ratings>
            <rating name="rottentomatoes" max="100"><value>93</value></rating>
            <rating name="imdb" max="10" default="true"><value>8.5</value><votes>900000</votes></rating>
          </ratings>
          <plot>In deep space, the crew of the Nostromo answers a distress call.</plot>
          <outline>A crew meets a creature.</outline>
          <tagline>In space no one can hear you scream.</tagline>
          <runtime>117</runtime>
          <mpaa>Rated R</mpaa>
          <uniqueid type="imdb" default="true">tt0078748</uniqueid>
          <uniqueid type="tmdb">348</uniqueid>
          <genre>Horror</genre>
          <genre>Science Fiction</genre>
          <genre>horror</genre>
          <tag>space</tag>
          <studio>20th Century Fox</studio>
          <studio>Brandywine Productions</studio>
          <director>Ridley Scott</director>
          <credits>Dan O'Bannon</credits>
          <writer>Ronald Shusett</writer>
          <premiered>1979-05-25</premiered>
          <fileinfo><streamdetails><video><codec>h264</codec></video></streamdetails></fileinfo>
          <unknownelement>ignored</unknownelement>
          <actor><name>Sigourney Weaver</name><role>Ripley</role><order>0</order><thumb>https://image.tmdb.org/a.jpg</thumb></actor>
          <actor><name>Tom Skerritt</name><role>Dallas</role><order>1</order></actor>
          <actor><name></name><role>Nobody</role></actor>
        </movie>
        """;

    [Fact]
    public void Parse_FullMovie_AllFieldsRead()
    {
        var nfo = NfoReader.Parse(FullMovie);

        Assert.Equal(NfoKind.Movie, nfo.Kind);
        Assert.Equal("Alien", nfo.Title);
        Assert.Equal("Alien", nfo.OriginalTitle);
        Assert.Equal("Alien 1", nfo.SortTitle);
        Assert.Equal(1979, nfo.Year);
        Assert.Equal(8.5, nfo.Rating);
        Assert.StartsWith("In deep space", nfo.Plot, StringComparison.Ordinal);
        Assert.Equal("A crew meets a creature.", nfo.Outline);
        Assert.Equal("In space no one can hear you scream.", nfo.Tagline);
        Assert.Equal(117, nfo.RuntimeMinutes);
        Assert.Equal("Rated R", nfo.Mpaa);
        Assert.Equal(new DateOnly(1979, 5, 25), nfo.Premiered);
        Assert.Equal(["Horror", "Science Fiction"], nfo.Genres);
        Assert.Equal(["space"], nfo.Tags);
        Assert.Equal(["20th Century Fox", "Brandywine Productions"], nfo.Studios);
        Assert.Equal(["Ridley Scott"], nfo.Directors);
        Assert.Equal(["Dan O'Bannon", "Ronald Shusett"], nfo.Writers);
        Assert.Equal("tt0078748", nfo.ProviderIds["imdb"]);
        Assert.Equal("348", nfo.ProviderIds["tmdb"]);
        Assert.Equal(2, nfo.Cast.Count);
        Assert.Equal(new NfoPerson("Sigourney Weaver", "Ripley", 0, "https://image.tmdb.org/a.jpg"), nfo.Cast[0]);
        Assert.Equal(new NfoPerson("Tom Skerritt", "Dallas", 1, null), nfo.Cast[1]);
    }

    [Theory]
    [InlineData("<movie><rating>7.3</rating></movie>", 7.3)]
    [InlineData("<movie><rating>7,3</rating></movie>", 7.3)]
    [InlineData("<movie><ratings><rating name=\"tmdb\"><value>6.1</value></rating></ratings><rating>9</rating></movie>", 6.1)]
    [InlineData("<movie><ratings><rating name=\"rt\" max=\"100\"><value>81</value></rating></ratings></movie>", 8.1)]
    public void Parse_Rating_FromRatingOrRatings(string xml, double expected) =>
        Assert.Equal(expected, NfoReader.Parse(xml).Rating);

    [Fact]
    public void Parse_Utf8Bom_Read()
    {
        var nfo = NfoReader.Parse("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><movie><title>Amélie</title></movie>");

        Assert.Equal("Amélie", nfo.Title);
    }

    [Fact]
    public void Parse_UrlAfterClosingTag_XmlAndUrlIdsRead()
    {
        var nfo = NfoReader.Parse("<movie>\n  <title>Alien</title>\n</movie>\nhttps://www.themoviedb.org/movie/348-alien?a=1&b=2\n");

        Assert.Equal("Alien", nfo.Title);
        Assert.Equal("348", nfo.ProviderIds["tmdb"]);
    }

    [Theory]
    [InlineData("https://www.imdb.com/title/tt0078748/", NfoKind.Movie, "imdb", "tt0078748")]
    [InlineData("  http://www.themoviedb.org/movie/348  \n", NfoKind.Movie, "tmdb", "348")]
    [InlineData("https://www.themoviedb.org/tv/1399-game-of-thrones", NfoKind.Show, "tmdb", "1399")]
    [InlineData("https://thetvdb.com/?tab=series&id=81189", NfoKind.Show, "tvdb", "81189")]
    [InlineData("https://thetvdb.com/dereferrer/series/81189", NfoKind.Show, "tvdb", "81189")]
    public void Parse_OnlyUrl_ProviderIdsOnly(string text, NfoKind kind, string provider, string id)
    {
        var nfo = NfoReader.Parse(text);

        Assert.Equal(kind, nfo.Kind);
        Assert.Equal(id, nfo.ProviderIds[provider]);
        Assert.Null(nfo.Title);
        Assert.Empty(nfo.Genres);
        Assert.Empty(nfo.Cast);
    }

    [Fact]
    public void Parse_EmptyElements_NullsAndEmptyLists()
    {
        var nfo = NfoReader.Parse("<movie><title></title><year/><runtime> </runtime><genre/><premiered></premiered><actor><name/></actor></movie>");

        Assert.Null(nfo.Title);
        Assert.Null(nfo.Year);
        Assert.Null(nfo.RuntimeMinutes);
        Assert.Null(nfo.Premiered);
        Assert.Empty(nfo.Genres);
        Assert.Empty(nfo.Cast);
        Assert.Empty(nfo.ProviderIds);
    }

    [Fact]
    public void ParseAll_MultiEpisode_EveryRootInOrder()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <episodedetails><title>Part One</title><season>1</season><episode>1</episode><aired>2010-01-02</aired></episodedetails>
            <?xml version="1.0" encoding="UTF-8"?>
            <episodedetails><title>Part Two</title><season>1</season><episode>2</episode></episodedetails>
            """;

        var all = NfoReader.ParseAll(xml);
        var first = NfoReader.Parse(xml);

        Assert.Equal(["Part One", "Part Two"], all.Select(e => e.Title));
        Assert.Equal("Part One", first.Title);
        Assert.Equal(NfoKind.Episode, first.Kind);
        Assert.Equal(1, first.Season);
        Assert.Equal(1, first.Episode);
        Assert.Equal(new DateOnly(2010, 1, 2), first.Premiered);
        Assert.Equal(2010, first.Year);
    }

    [Theory]
    [InlineData("<tvshow><title>Show</title></tvshow>", NfoKind.Show)]
    [InlineData("<season><seasonnumber>2</seasonnumber></season>", NfoKind.Season)]
    [InlineData("<episodedetails><title>E</title></episodedetails>", NfoKind.Episode)]
    [InlineData("<MOVIE><TITLE>M</TITLE></MOVIE>", NfoKind.Movie)]
    public void Parse_RootElement_Kind(string xml, NfoKind kind) => Assert.Equal(kind, NfoReader.Parse(xml).Kind);

    [Fact]
    public void Parse_ShowWithLegacyIds_IdsCollected()
    {
        var nfo = NfoReader.Parse("<tvshow><title>Show</title><showtitle>Show</showtitle><id>tt0903747</id><tvdbid>81189</tvdbid><tmdbid>1396</tmdbid><uniqueid type=\"thetvdb\">81189</uniqueid><genre>Drama / Crime</genre><releasedate>2008-01-20</releasedate></tvshow>");

        Assert.Equal("tt0903747", nfo.ProviderIds["imdb"]);
        Assert.Equal("81189", nfo.ProviderIds["tvdb"]);
        Assert.Equal("1396", nfo.ProviderIds["tmdb"]);
        Assert.Equal("Show", nfo.ShowTitle);
        Assert.Equal(["Drama", "Crime"], nfo.Genres);
        Assert.Equal(new DateOnly(2008, 1, 20), nfo.Premiered);
    }

    [Fact]
    public void Parse_NumericId_NotTakenAsImdb()
    {
        var nfo = NfoReader.Parse("<movie><id>348</id></movie>");

        Assert.False(nfo.ProviderIds.ContainsKey("imdb"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("just some words")]
    [InlineData("<movie><title>Broken</movie>")]
    [InlineData("<html><body>Not found</body></html>")]
    [InlineData("<musicvideo><title>x</title></musicvideo>")]
    [InlineData("\0\u0001\u0002garbage<<<")]
    public void Parse_Garbage_ThrowsNfoException(string text)
    {
        var error = Assert.Throws<NfoException>(() => NfoReader.Parse(text));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Parse_ExternalEntity_NotExpanded()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE movie [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <movie><title>&xxe;</title></movie>
            """;

        Assert.Throws<NfoException>(() => NfoReader.Parse(xml));
    }

    [Fact]
    public void Read_Latin1File_Decoded()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("movie.nfo");
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><movie><title>Léon</title></movie>"));

        Assert.Equal("Léon", NfoReader.Read(path).Title);
    }

    [Fact]
    public void Read_BomFileWithTrailingUrl_Read()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("movie.nfo");
        File.WriteAllText(path, "<movie><title>Alien</title></movie>\nhttps://www.imdb.com/title/tt0078748/\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var nfo = NfoReader.Read(path);

        Assert.Equal("Alien", nfo.Title);
        Assert.Equal("tt0078748", nfo.ProviderIds["imdb"]);
    }

    [Fact]
    public void Read_MissingFile_ThrowsNfoException()
    {
        using var folder = new TempFolder();

        Assert.Throws<NfoException>(() => NfoReader.Read(folder.Combine("none.nfo")));
    }
}
