using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;

namespace Hearth.Indexers.Tests.Endpoint;

/// <summary>Downloads go through Hearth: the links handed out hold a sealed token, never the indexer's passkey.</summary>
public sealed class GrabTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)] // acquire apart: the links still name the server, never the acquire role behind it
    public async Task Torznab_Links_PointAtHearthAndFetchTheFileWithoutThePasskey(bool split)
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var server = await HubServer.StartAsync(split: split);
        var id = (await server.AddIndexerAsync(fake.Site("grabbable"), "Private")).GetProperty("id").GetGuid();

        var body = await server.Anonymous.GetStringAsync($"/api/v1/indexers/all/torznab?t=search&q=x&apikey={server.ApiKey}");

        Assert.DoesNotContain("secretpasskey", body, StringComparison.Ordinal);
        var item = XDocument.Parse(body).Descendants("item").Single(i => ((string?)i.Element("title"))!.StartsWith("Grabbable", StringComparison.Ordinal));
        var link = (string)item.Element("link")!;
        Assert.StartsWith($"{server.Url}/api/v1/indexers/{id}/grab/", link);
        Assert.EndsWith($"?apikey={server.ApiKey}", link);
        Assert.Equal(link, (string?)item.Element("enclosure")?.Attribute("url"));

        // a tool fetches the link as it is, with no other credentials
        var file = await server.Anonymous.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/x-bittorrent", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(FakeIndexer.TorrentBytes, await file.Content.ReadAsStringAsync());
        Assert.Equal(["release.torrent"], fake.Downloads);

        var history = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/indexers/{id}/history");
        var grab = history.EnumerateArray().First(e => e.GetProperty("kind").GetString() == "grab");
        Assert.Equal("ok", grab.GetProperty("outcome").GetString());
        Assert.DoesNotContain("secretpasskey", grab.GetProperty("parameters").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grab_IndexerRedirectsToAMagnet_RedirectsThere()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var server = await HubServer.StartAsync();
        await server.AddIndexerAsync(fake.Site("grabbable"), "Private");
        var search = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/indexers/search?q=x");
        var link = search.GetProperty("releases").EnumerateArray().Single(r => r.GetProperty("title").GetString()!.StartsWith("Redirects", StringComparison.Ordinal)).GetProperty("link").GetString()!;
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(server.Url) };
        noRedirects.DefaultRequestHeaders.Authorization = server.Admin.DefaultRequestHeaders.Authorization;

        var response = await noRedirects.GetAsync(link);

        Assert.StartsWith("/api/v1/indexers/", link);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("magnet:?xt=urn:btih:0123456789abcdef", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Grab_OverTheHourlyLimit_IsHeldBack()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var server = await HubServer.StartAsync();
        var created = await server.Admin.PostAsJsonAsync("/api/v1/indexers", new { name = "Strict", url = fake.Site("grabbable"), apiKey = FakeIndexer.GoodKey, limits = new { grabsPerHour = 1 } });
        created.EnsureSuccessStatusCode();
        var search = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/indexers/search?q=x");
        var link = search.GetProperty("releases").EnumerateArray().Single(r => r.GetProperty("title").GetString()!.StartsWith("Grabbable", StringComparison.Ordinal)).GetProperty("link").GetString()!;

        Assert.Equal(HttpStatusCode.OK, (await server.Admin.GetAsync(link)).StatusCode);
        var second = await server.Admin.GetAsync(link);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("limitReached", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("kind").GetString());
        Assert.Single(fake.Downloads);
    }

    [Fact]
    public async Task Grab_TamperedOrForeignToken_IsNotFound()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var server = await HubServer.StartAsync();
        var id = (await server.AddIndexerAsync(fake.Site("grabbable"), "Private")).GetProperty("id").GetGuid();
        var search = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/indexers/search?q=x");
        var link = search.GetProperty("releases")[0].GetProperty("link").GetString()!;
        var token = link[(link.LastIndexOf('/') + 1)..];
        var flipped = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/indexers/{id}/grab/{flipped}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/indexers/{Guid.NewGuid()}/grab/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync(link)).StatusCode);
        Assert.Empty(fake.Downloads);
    }
}
