using System.Text;
using Hearth.Indexers.Results;

namespace Hearth.Indexers.Tests.Results;

public sealed class ResultsParserTests
{
    private static ParsedResults Parse(string fixture) =>
        ResultsParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(FakeIndexer.Fixture(fixture))));

    [Fact]
    public void Parse_TorznabItemWithEveryField_ReadsEachField()
    {
        var parsed = Parse("torznab-results.xml");

        Assert.True(parsed.IsUsable);
        var item = parsed.Items[0];
        Assert.Equal("Show.Title.S01E02.1080p.WEB-DL.DDP5.1.H.264-NTb", item.Title);
        Assert.Equal("https://tracker.example/details.php?id=1001", item.Guid);
        Assert.Equal("https://tracker.example/download.php?id=1001&passkey=secretpasskey", item.Link);
        Assert.Equal("https://tracker.example/details.php?id=1001#comments", item.CommentsUrl);
        Assert.Equal(new DateTimeOffset(2015, 3, 14, 17, 10, 42, TimeSpan.FromHours(-4)), item.PublishDate);
        Assert.Equal(1460985071L, item.Size);
        Assert.Equal([5040, 100041], item.Categories);
        Assert.Equal(120, item.Seeders);
        Assert.Equal(135, item.Peers);
        Assert.Equal(342, item.Grabs);
        Assert.Equal("c12fe1c06bba254a9dc9f519b335aa7c1367a88a", item.InfoHash);
        Assert.StartsWith("magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a", item.MagnetUrl);
        Assert.Equal(0d, item.DownloadVolumeFactor);
        Assert.Equal(1d, item.UploadVolumeFactor);
        Assert.Equal(1d, item.MinimumRatio);
        Assert.Equal(172800L, item.MinimumSeedTime);
        Assert.Equal("tt0944947", item.ImdbId);
        Assert.Equal(121361, item.TvdbId);
        Assert.Equal(1399, item.TmdbId);
        Assert.Equal(82, item.TvMazeId);
    }

    [Fact]
    public void Parse_ItemsWithoutTitleOrLink_AreSkippedAndCounted()
    {
        var parsed = Parse("torznab-results.xml");

        Assert.Equal(3, parsed.Items.Count);
        Assert.Equal(2, parsed.Skipped);
        Assert.DoesNotContain(parsed.Items, i => i.Title.StartsWith("No.Download", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MagnetOnlyItem_TakesTheHashFromTheMagnet()
    {
        var item = Parse("torznab-results.xml").Items.Single(i => i.Title.StartsWith("Magnet.Only", StringComparison.Ordinal));

        Assert.Null(item.Link);
        Assert.StartsWith("magnet:", item.MagnetUrl);
        Assert.Equal("0123456789abcdef0123456789abcdef01234567", item.InfoHash);
        Assert.Equal(8589934592L, item.Size);
    }

    [Fact]
    public void Parse_GmtDate_IsUtc()
    {
        var item = Parse("torznab-results.xml").Items[1];

        Assert.Equal(new DateTimeOffset(2015, 3, 13, 9, 0, 0, TimeSpan.Zero), item.PublishDate);
        Assert.Equal(0.5, item.DownloadVolumeFactor);
        Assert.Equal(2d, item.UploadVolumeFactor);
    }

    [Fact]
    public void Parse_Newznab_ReadsAttributesAndPaging()
    {
        var parsed = Parse("newznab-results.xml");

        Assert.Equal(2, parsed.Items.Count);
        Assert.Equal(0, parsed.Offset);
        Assert.Equal(2, parsed.Total);
        var movie = parsed.Items[0];
        Assert.Equal(9363013632L, movie.Size);
        Assert.Equal([2000, 2040], movie.Categories);
        Assert.Equal(1204, movie.Grabs);
        Assert.Equal("tt0119167", movie.ImdbId);
        Assert.EndsWith(".nzb&i=1&r=usenetapikey", movie.Link);
        Assert.Equal(121361, parsed.Items[1].TvdbId);
    }

    [Fact]
    public void Parse_Empty_IsUsableWithNoItems()
    {
        var parsed = Parse("empty-results.xml");

        Assert.True(parsed.IsUsable);
        Assert.Empty(parsed.Items);
        Assert.Equal(0, parsed.Skipped);
    }

    [Fact]
    public void Parse_ErrorDocument_ReturnsTheError()
    {
        var parsed = Parse("error-100.xml");

        Assert.False(parsed.IsUsable);
        Assert.Equal(100, parsed.Error!.Code);
        Assert.True(parsed.Error.IsAuthError);
        Assert.Equal("Incorrect user credentials", parsed.Error.Description);
    }

    [Fact]
    public void Parse_MalformedXml_KeepsTheItemsBeforeTheBreakAndCountsTheRest()
    {
        var parsed = Parse("malformed.xml");

        Assert.True(parsed.IsUsable);
        var good = Assert.Single(parsed.Items);
        Assert.Equal("Good.Item.Before.The.Break.S01E01.720p-GRP", good.Title);
        Assert.True(parsed.Skipped >= 1);
    }

    [Fact]
    public void Parse_HtmlLoginPage_IsNotUsable()
    {
        var parsed = Parse("login.html");

        Assert.False(parsed.IsUsable);
        Assert.Contains("not", parsed.Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_CapsDocument_IsNotResults()
    {
        var parsed = Parse("torznab-caps.xml");

        Assert.Contains("<caps>", parsed.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<?xml version=\"1.0\"?>")]
    public void Parse_Garbage_ReportsAProblem(string body)
    {
        var parsed = ResultsParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(body)));

        Assert.False(parsed.IsUsable);
        Assert.Empty(parsed.Items);
    }

    [Fact]
    public void Parse_DoctypeWithEntities_DoesNotExpandThem()
    {
        const string body = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss><channel><item><title>&b;</title><link>https://x.example/1</link></item></channel></rss>
            """;

        var parsed = ResultsParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(body)));

        Assert.DoesNotContain(parsed.Items, i => i.Title.Contains("aaaa", StringComparison.Ordinal));
    }
}
