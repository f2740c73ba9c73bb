using System.Net;
using System.Xml.Linq;
using Hearth.Indexers.Caps;
using Hearth.Indexers.Results;

namespace Hearth.Indexers.Tests.Endpoint;

/// <summary>
/// Hearth's own Torznab endpoint read back as a Torznab client reads it: plain HTTP with apikey= in the
/// query, the XML checked as XML (and through the results parser, used here as any client would).
/// </summary>
public sealed class TorznabEndpointTests
{
    private static readonly XNamespace Torznab = "http://torznab.com/schemas/2015/feed";

    [Fact]
    public async Task Caps_WithApiKey_AnswersTorznabCapabilities()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var server = await HubServer.StartAsync();
        var id = (await server.AddIndexerAsync(fake.Site("torznab"), "Tracker")).GetProperty("id").GetGuid();

        foreach (var path in new[] { $"/api/v1/indexers/{id}/torznab/api", "/api/v1/indexers/all/torznab" })
        {
            var response = await server.Anonymous.GetAsync($"{path}?t=caps&apikey={server.ApiKey}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var caps = CapsParser.Parse(await response.Content.ReadAsStreamAsync());
            Assert.True(caps.Mode("tv-search").Supports("tvdbid"));
            Assert.True(caps.Mode("movie-search").Supports("imdbid"));
            Assert.Contains(caps.Categories, c => c.Id == 5000 && c.Subcategories.Any(s => s.Id == 5040));
        }
    }

    [Fact]
    public async Task Search_Aggregate_ReturnsTheDeduplicatedResultsAsTorznab()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var server = await HubServer.StartAsync();
        await server.AddIndexerAsync(fake.Site("torznab"), "First");
        await server.AddIndexerAsync(fake.Site("second"), "Second");

        var response = await server.Anonymous.GetAsync($"/api/v1/indexers/all/torznab/api?t=tvsearch&q=Show%20Title&season=1&ep=2&cat=5000&apikey={server.ApiKey}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var rss = XDocument.Parse(body);
        var items = rss.Descendants("item").ToList();
        Assert.Equal(4, items.Count);
        var first = items.Single(i => (string?)i.Element("title") == "Show.Title.S01E02.1080p.WEB-DL.DDP5.1.H.264-NTb");
        string? Attr(string name) => (string?)first.Elements(Torznab + "attr").FirstOrDefault(a => (string?)a.Attribute("name") == name)?.Attribute("value");
        Assert.Equal("300", Attr("seeders"));
        Assert.Equal("c12fe1c06bba254a9dc9f519b335aa7c1367a88a", Attr("infohash"));
        Assert.Equal("1460985071", Attr("size"));
        Assert.Equal("0", Attr("downloadvolumefactor"));
        Assert.Equal("172800", Attr("minimumseedtime"));
        Assert.Equal("application/x-bittorrent", (string?)first.Element("enclosure")?.Attribute("type"));

        var parsed = ResultsParser.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body)));
        Assert.True(parsed.IsUsable);
        Assert.Equal(4, parsed.Items.Count);
        Assert.Equal(0, parsed.Skipped);
        var magnet = parsed.Items.Single(i => i.Title.StartsWith("Magnet.Only", StringComparison.Ordinal));
        Assert.Equal("0123456789abcdef0123456789abcdef01234567", magnet.InfoHash);
        Assert.Equal(new DateTimeOffset(2015, 3, 14, 21, 10, 42, TimeSpan.Zero), parsed.Items.Single(i => i.Seeders == 300).PublishDate);
    }

    [Fact]
    public async Task Search_OneIndexer_AsksOnlyThatIndexer()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var server = await HubServer.StartAsync();
        var id = (await server.AddIndexerAsync(fake.Site("second"), "Second")).GetProperty("id").GetGuid();
        await server.AddIndexerAsync(fake.Site("torznab"), "First");

        var response = await server.Anonymous.GetAsync($"/api/v1/indexers/{id}/torznab?t=search&q=x&apikey={server.ApiKey}");

        var items = XDocument.Parse(await response.Content.ReadAsStringAsync()).Descendants("item").ToList();
        Assert.Equal(3, items.Count);
        Assert.Single(fake.QueriesTo("torznab"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("&apikey=hk_not-a-real-key")]
    public async Task Torznab_WithoutAValidKey_IsRefusedWithErrorCode100(string key)
    {
        await using var server = await HubServer.StartAsync();

        var response = await server.Anonymous.GetAsync("/api/v1/indexers/all/torznab?t=caps" + key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(("error", "100"), (error.Name.LocalName, (string?)error.Attribute("code")));
    }

    [Fact]
    public async Task Torznab_SessionTokenAsApikey_IsRefused()
    {
        await using var server = await HubServer.StartAsync();

        var response = await server.Anonymous.GetAsync($"/api/v1/indexers/all/torznab?t=caps&apikey={server.AdminToken}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Torznab_UnknownFunction_IsError202()
    {
        await using var server = await HubServer.StartAsync();

        var response = await server.Anonymous.GetAsync($"/api/v1/indexers/all/torznab?t=register&apikey={server.ApiKey}");

        Assert.Equal("202", (string?)XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Attribute("code"));
    }
}
