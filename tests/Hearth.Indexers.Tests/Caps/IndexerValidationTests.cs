using System.Net;
using System.Net.Sockets;
using Hearth.Indexers.Definitions;
using Hearth.Indexers.Proxies;

namespace Hearth.Indexers.Tests.Caps;

/// <summary>Adding an indexer asks it for t=caps over real HTTP on loopback; each kind of failure is named.</summary>
public sealed class IndexerValidationTests
{
    private static IndexerInput Input(string url, string key = FakeIndexer.GoodKey, string kind = "torznab") =>
        new("Test", kind, url, key, null, null, null, null, null, null);

    [Fact]
    public async Task Add_Torznab_StoresTheCapsItAnswered()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync();

        var indexer = await hub.AddAsync(fake.Site("torznab"), "Tracker");

        var stored = await hub.Store.GetAsync(indexer.Id, CancellationToken.None);
        Assert.NotNull(stored?.Caps);
        Assert.Equal("Example Tracker", stored.Caps.ServerTitle);
        Assert.True(stored.Caps.Mode("tv-search").Supports("tvdbid"));
        Assert.Equal(FakeIndexer.GoodKey, stored.ApiKey);
        var asked = Assert.Single(fake.QueriesTo("torznab"));
        Assert.Equal("caps", asked["t"]);
    }

    [Fact]
    public async Task Add_Newznab_StoresTheCapsItAnswered()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync();

        var indexer = await hub.AddAsync(fake.Site("newznab") + "/api", "Usenet", "newznab");

        Assert.Equal(IndexerKind.Newznab, indexer.Kind);
        Assert.False(indexer.Caps!.Mode("tv-search").Supports("tvdbid"));
        Assert.Single(fake.QueriesTo("newznab"));
    }

    [Fact]
    public async Task Add_SendsAUserAgentNamingHearth()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync();

        await hub.AddAsync(fake.Site("torznab"), "Tracker");

        Assert.StartsWith("Hearth/", fake.Requests.Single().UserAgent);
        Assert.Equal(IndexerHttp.UserAgent, fake.Requests.Single().UserAgent);
    }

    [Fact]
    public async Task Add_NothingListening_IsUnreachable()
    {
        await using var hub = await Hub.StartAsync();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var (indexer, problem) = await hub.Catalog.AddAsync(Input($"http://127.0.0.1:{port}/torznab"), CancellationToken.None);

        Assert.Null(indexer);
        Assert.Equal("unreachable", problem!.Kind);
        Assert.Contains($"127.0.0.1:{port}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_UntrustedCertificate_IsATlsError()
    {
        await using var fake = await FakeIndexer.StartAsync(tls: true);
        await using var hub = await Hub.StartAsync();

        var (indexer, problem) = await hub.Catalog.AddAsync(Input(fake.Site("torznab")), CancellationToken.None);

        Assert.StartsWith("https://", fake.Url);
        Assert.Null(indexer);
        Assert.Equal("tls", problem!.Kind);
    }

    [Fact]
    public async Task Add_WrongApiKey_IsAnAuthErrorAndKeepsTheKeyOutOfTheMessage()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync();

        var (indexer, problem) = await hub.Catalog.AddAsync(Input(fake.Site("torznab"), "wrong-key-abcdef"), CancellationToken.None);

        Assert.Null(indexer);
        Assert.Equal("auth", problem!.Kind);
        Assert.Contains("100", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-key-abcdef", problem.Message, StringComparison.Ordinal);
        Assert.Empty(await hub.Store.ListAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("html")]
    [InlineData("notcaps")]
    public async Task Add_NotTorznab_SaysSo(string site)
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync();

        var (indexer, problem) = await hub.Catalog.AddAsync(Input(fake.Site(site)), CancellationToken.None);

        Assert.Null(indexer);
        Assert.Equal("notTorznab", problem!.Kind);
    }

    [Fact]
    public async Task Add_SlowIndexer_TimesOut()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync(new IndexerOptions { RequestTimeout = TimeSpan.FromMilliseconds(300) });

        var (indexer, problem) = await hub.Catalog.AddAsync(Input(fake.Site("slow")), CancellationToken.None);

        Assert.Null(indexer);
        Assert.Equal("timeout", problem!.Kind);
    }

    [Fact]
    public async Task Add_ServerError_IsAnHttpError()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync();

        var (_, problem) = await hub.Catalog.AddAsync(Input(fake.Site("fail")), CancellationToken.None);

        Assert.Equal("httpError", problem!.Kind);
        Assert.Contains("500", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/x", "key")]
    [InlineData("http://127.0.0.1/x?apikey=1", "key")]
    [InlineData("http://127.0.0.1/x", "")]
    public async Task Add_InvalidInput_IsRefusedWithoutACall(string url, string key)
    {
        await using var hub = await Hub.StartAsync();

        var (indexer, problem) = await hub.Catalog.AddAsync(Input(url, key), CancellationToken.None);

        Assert.Null(indexer);
        Assert.Equal("invalid", problem!.Kind);
    }
}
