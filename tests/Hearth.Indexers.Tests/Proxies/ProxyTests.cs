using System.Net;
using Hearth.Core.Indexers;
using Hearth.Indexers.Definitions;
using Hearth.Indexers.Proxies;

namespace Hearth.Indexers.Tests.Proxies;

public sealed class ProxyTests
{
    [Fact]
    public async Task Search_ThroughSocks5_GoesThroughTheProxy()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var proxy = new Socks5Proxy();
        await using var hub = await Hub.StartAsync();

        var indexer = await hub.AddAsync(fake.Site("torznab"), "Behind SOCKS", proxy: proxy.Url);
        var result = await hub.Search.SearchAsync(new ReleaseQuery { Text = "x" }, CancellationToken.None);

        Assert.Equal(3, result.Releases.Count);
        var port = new Uri(fake.Url).Port;
        Assert.NotEmpty(proxy.Connections);
        Assert.All(proxy.Connections, c => Assert.Equal(new IPEndPoint(IPAddress.Loopback, port), c));
        Assert.Equal(proxy.Url, (await hub.Store.GetAsync(indexer.Id, CancellationToken.None))!.Proxy);
    }

    [Fact]
    public async Task Search_ThroughHttpProxy_GoesThroughTheProxy()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var proxy = await HttpForwardProxy.StartAsync();
        await using var hub = await Hub.StartAsync();

        await hub.AddAsync(fake.Site("torznab"), "Behind HTTP", proxy: proxy.Url);
        var result = await hub.Search.SearchAsync(new ReleaseQuery { Text = "x" }, CancellationToken.None);

        Assert.Equal(3, result.Releases.Count);
        Assert.Equal(2, proxy.Forwarded.Count);
        Assert.All(proxy.Forwarded, f => Assert.Equal(fake.Site("torznab") + "/api", f));
    }

    [Fact]
    public async Task Add_ProxyNotListening_IsUnreachable()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync();
        var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var (indexer, problem) = await hub.Catalog.AddAsync(new IndexerInput("x", "torznab", fake.Site("torznab"), FakeIndexer.GoodKey, null, null, null, null, $"socks5://127.0.0.1:{port}", null), CancellationToken.None);

        Assert.Null(indexer);
        Assert.Equal("unreachable", problem!.Kind);
    }

    [Theory]
    [InlineData("socks5://127.0.0.1:1080", null)]
    [InlineData("http://user:pass@127.0.0.1:3128", null)]
    [InlineData("ftp://127.0.0.1:21", "A proxy is written")]
    [InlineData("socks5://127.0.0.1", "needs a port")]
    public void Problem_ProxyAddresses_AreCheckedBeforeUse(string proxy, string? problem)
    {
        var found = ProxyAddress.Problem(proxy);

        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Redact_ProxyWithPassword_HidesThePassword()
    {
        Assert.Equal("http://user:****@127.0.0.1:3128", ProxyAddress.Redact("http://user:secret@127.0.0.1:3128"));
        Assert.Equal("socks5://127.0.0.1:1080", ProxyAddress.Redact("socks5://127.0.0.1:1080"));
    }
}
