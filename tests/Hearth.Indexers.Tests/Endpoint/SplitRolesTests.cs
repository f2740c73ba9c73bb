using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Core.Roles;
using Hearth.Web;
using Hearth.Web.Roles;

namespace Hearth.Indexers.Tests.Endpoint;

/// <summary>
/// The server role and the acquire role apart: the server forwards the indexer routes with the role key, the
/// acquire role answers nobody else, and what goes wrong between them is said in words, not as a bare 401.
/// </summary>
public sealed class SplitRolesTests
{
    [Fact]
    public async Task Split_ServerReachesAcquire_AndAcquireAnswersNobodyElse()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var server = await HubServer.StartAsync(split: true);
        await server.AddIndexerAsync(fake.Site("torznab"), "Public");

        // through the server: the admin's list and search reach the acquire role
        var list = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/indexers", HubServer.Json);
        Assert.Equal("Public", list.EnumerateArray().Single().GetProperty("name").GetString());
        var search = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/indexers/search?q=ubuntu", HubServer.Json);
        Assert.NotEmpty(search.GetProperty("releases").EnumerateArray());

        // the acquire role itself: without the key nothing, not even with the admin's own token
        using var direct = new HttpClient { BaseAddress = new Uri(server.AcquireUrl!) };
        direct.DefaultRequestHeaders.Authorization = server.Admin.DefaultRequestHeaders.Authorization;
        var refused = await direct.GetAsync("/api/v1/indexers");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("The role key is missing or wrong", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await direct.GetAsync($"/api/v1/indexers/all/torznab?t=caps&apikey={server.ApiKey}")).StatusCode);

        // with a key but no caller (what the server sends for a request nobody signed in to): refused as on the server
        using var keyOnly = new HttpRequestMessage(HttpMethod.Get, "/api/v1/indexers");
        keyOnly.Headers.Add(RoleKey.Header, RoleKey.Load(server.RoleKeyFile!, create: false).Value);
        Assert.Equal(HttpStatusCode.Unauthorized, (await direct.SendAsync(keyOnly)).StatusCode);

        // both roles say how they are: the server reaches acquire, acquire has its health open for supervisors
        var health = await server.Anonymous.GetFromJsonAsync<JsonElement>("/health", HubServer.Json);
        Assert.Equal("server", health.GetProperty("role").GetString());
        Assert.Equal("ok", health.GetProperty("checks").GetProperty("acquire").GetProperty("status").GetString());
        var acquireHealth = await direct.GetFromJsonAsync<JsonElement>("/health", HubServer.Json);
        Assert.Equal("acquire", acquireHealth.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Split_RoleKeysDiffer_ServerSaysSoInsteadOfA401()
    {
        using var folder = new TempFolder();
        var acquireSettings = Settings(folder, "acquire") with { Role = HearthRole.Acquire, RoleKeyFile = folder.Combine("acquire.key") };
        await using var acquire = HearthServer.Build(acquireSettings);
        var acquireUrl = await HearthServer.StartAsync(acquire, acquireSettings, TextWriter.Null, CancellationToken.None);
        await using var server = await StartServerAsync(folder, new Uri(acquireUrl));

        var answer = await server.Client.GetAsync("/api/v1/indexers");

        Assert.Equal(HttpStatusCode.BadGateway, answer.StatusCode);
        Assert.Equal("The acquire role refused this server's role key", (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        var health = await server.Client.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.Contains("role key", health.GetProperty("checks").GetProperty("acquire").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Split_AcquireDown_ServerAnswers502WithWhatToCheck()
    {
        using var folder = new TempFolder();
        // a port that was free a moment ago: nothing answers there
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        await using var server = await StartServerAsync(folder, new Uri($"http://127.0.0.1:{port}"));

        var answer = await server.Client.GetAsync("/api/v1/indexers");

        Assert.Equal(HttpStatusCode.BadGateway, answer.StatusCode);
        Assert.Contains("--acquire", (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        // the library and streaming work without acquire: degraded, not down
        var health = await server.Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Theory]
    [InlineData(HearthRole.Server, null, "--role server needs --acquire")]
    [InlineData(HearthRole.All, "http://127.0.0.1:8097", "--acquire is for --role server")]
    [InlineData(HearthRole.Acquire, "http://127.0.0.1:8097", "--acquire is for --role server")]
    [InlineData(HearthRole.Egress, null, "--role egress needs --vpn")]
    [InlineData(HearthRole.Server, "ftp://127.0.0.1/", "http:// or https://")]
    public void Problem_BadCombinations_NameTheFlag(HearthRole role, string? acquire, string said)
    {
        var problem = HearthServer.Problem(new ServerSettings { Data = "/nonexistent", Role = role, Acquire = acquire is null ? null : new Uri(acquire) });

        Assert.NotNull(problem);
        Assert.Contains(said, problem, StringComparison.Ordinal);
    }

    private static ServerSettings Settings(TempFolder folder, string name) => new()
    {
        Data = folder.Combine(name),
        WebRoot = folder.Combine("no-web-client"),
        Port = 0,
        Demo = false,
        Configuration = new Dictionary<string, string?> { ["Library:Watch"] = "false", ["Access:PasswordMemoryKiB"] = "256", ["Access:PasswordIterations"] = "1" },
    };

    private static async Task<Running> StartServerAsync(TempFolder folder, Uri acquire)
    {
        var settings = Settings(folder, "server") with { Role = HearthRole.Server, Acquire = acquire, RoleKeyFile = folder.Combine("server.key") };
        var app = HearthServer.Build(settings);
        var url = await HearthServer.StartAsync(app, settings, TextWriter.Null, CancellationToken.None);
        var token = (await File.ReadAllTextAsync(Path.Combine(settings.Data, "setup-token"))).Trim();
        var client = new HttpClient { BaseAddress = new Uri(url) };
        var setup = await client.PostAsJsonAsync("/api/v1/setup", new { token, username = "admin", password = "admin-password" });
        setup.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await setup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        return new Running(app, client);
    }

    private sealed record Running(Microsoft.AspNetCore.Builder.WebApplication App, HttpClient Client) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await App.DisposeAsync();
        }
    }
}
