using System.Text;
using Hearth.Core.Indexers;
using Hearth.Indexers.Caps;
using Hearth.Indexers.Newznab;

namespace Hearth.Indexers.Tests.Caps;

public sealed class CapsParserTests
{
    private static IndexerCaps Parse(string fixture) => CapsParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(FakeIndexer.Fixture(fixture))));

    [Fact]
    public void Parse_TorznabCaps_ReadsModesParametersCategoriesAndLimits()
    {
        var caps = Parse("torznab-caps.xml");

        Assert.Equal("Example Tracker", caps.ServerTitle);
        Assert.Equal(100, caps.LimitMax);
        Assert.Equal(50, caps.LimitDefault);
        Assert.True(caps.Mode(IndexerCaps.TvSearch).Supports("tvdbid"));
        Assert.False(caps.Mode(IndexerCaps.TvSearch).Supports("tvmazeid"));
        Assert.True(caps.Mode(IndexerCaps.MovieSearch).Supports("tmdbid"));
        Assert.False(caps.Mode("music-search").Available);
        var tv = caps.Categories.Single(c => c.Id == 5000);
        Assert.Equal([5030, 5040, 5070], tv.Subcategories.Select(s => s.Id));
        Assert.Contains(caps.Categories, c => c.Id == 100014 && c.Name == "Movies x264 1080p");
    }

    [Fact]
    public void Parse_NewznabCapsWithoutSupportedParams_UsesTheOldDefaults()
    {
        var caps = CapsParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(
            "<caps><searching><search available=\"yes\"/><tv-search available=\"yes\"/></searching></caps>")));

        Assert.Equal(["q", "season", "ep"], caps.Mode(IndexerCaps.TvSearch).SupportedParams);
        Assert.True(caps.Mode(IndexerCaps.Search).Supports("q"));
        Assert.False(caps.Mode(IndexerCaps.MovieSearch).Available);
    }

    [Fact]
    public void Parse_ErrorDocument_ThrowsAnAuthFailureForCode100()
    {
        var e = Assert.Throws<IndexerException>(() => Parse("error-100.xml"));

        Assert.Equal(IndexerOutcome.Auth, e.Kind);
        Assert.Contains("100", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ErrorCode201_IsAnIndexerError()
    {
        var e = Assert.Throws<IndexerException>(() => Parse("error-201.xml"));

        Assert.Equal(IndexerOutcome.IndexerError, e.Kind);
    }

    [Theory]
    [InlineData("torznab-results.xml")]
    [InlineData("login.html")]
    [InlineData("malformed.xml")]
    public void Parse_NotCaps_ThrowsNotTorznab(string fixture)
    {
        var e = Assert.Throws<IndexerException>(() => Parse(fixture));

        Assert.Equal(IndexerOutcome.NotTorznab, e.Kind);
    }
}
