using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hearth.Indexers.Tests.Endpoint;

public sealed class IndexersApiTests
{
    [Fact]
    public async Task List_ShowsHealthAndStatsButNeverTheApiKey()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var server = await HubServer.StartAsync();
        await server.AddIndexerAsync(fake.Site("torznab"), "Tracker");
        (await server.Admin.GetAsync("/api/v1/indexers/search?q=x")).EnsureSuccessStatusCode();

        var body = await server.Admin.GetStringAsync("/api/v1/indexers");

        Assert.DoesNotContain(FakeIndexer.GoodKey, body, StringComparison.Ordinal);
        var indexer = JsonDocument.Parse(body).RootElement[0];
        Assert.Equal("…6789", indexer.GetProperty("apiKeyHint").GetString());
        Assert.Equal("healthy", indexer.GetProperty("state").GetProperty("health").GetString());
        Assert.Equal(1, indexer.GetProperty("stats").GetProperty("queries").GetInt32());
        Assert.Equal(3.0, indexer.GetProperty("stats").GetProperty("averageResults").GetDouble());
    }

    [Fact]
    public async Task Add_WrongKey_IsABadRequestNamingTheKind()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var server = await HubServer.StartAsync();

        var response = await server.Admin.PostAsJsonAsync("/api/v1/indexers", new { name = "x", kind = "torznab", url = fake.Site("torznab"), apiKey = "wrong-key" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("auth", problem.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Update_WithoutApiKey_KeepsTheStoredKeyAndDisables()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var server = await HubServer.StartAsync();
        var id = (await server.AddIndexerAsync(fake.Site("torznab"), "Tracker")).GetProperty("id").GetGuid();

        var response = await server.Admin.PutAsJsonAsync($"/api/v1/indexers/{id}", new { name = "Renamed", enabled = false, priority = 5 });

        response.EnsureSuccessStatusCode();
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Renamed", updated.GetProperty("name").GetString());
        Assert.Equal("disabled", updated.GetProperty("state").GetProperty("health").GetString());
        var test = await server.Admin.PostAsync($"/api/v1/indexers/{id}/test", null);
        test.EnsureSuccessStatusCode();
        var search = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/indexers/search?q=x");
        Assert.Equal(0, search.GetProperty("indexers").GetArrayLength());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // acquire apart: it refuses on the caller the server forwards, alike
    public async Task Routes_NonAdminAndAnonymous_AreRefused(bool split)
    {
        await using var server = await HubServer.StartAsync(split: split);
        var created = await server.Admin.PostAsJsonAsync("/api/v1/users", new { name = "kid", password = "user-password" });
        created.EnsureSuccessStatusCode();
        var login = await server.Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "kid", password = "user-password" });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        using var user = new HttpClient { BaseAddress = new Uri(server.Url) };
        user.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync("/api/v1/indexers")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync("/api/v1/indexers/search?q=x")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/v1/indexers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsJsonAsync("/api/v1/indexers", new { url = "http://127.0.0.1:1/", apiKey = "k" })).StatusCode);
        // searching spends the household's tracker limits: a permission an admin grants, off by default
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/v1/indexers/search?q=x")).StatusCode);
    }

    [Fact]
    public async Task History_AndSearchOutcomes_KeepTheirJsonShapeAndWords()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var server = await HubServer.StartAsync();
        var added = await server.Admin.PostAsJsonAsync("/api/v1/indexers", new { name = "Strict", kind = "torznab", url = fake.Site("torznab"), apiKey = FakeIndexer.GoodKey, limits = new { queriesPerHour = 1 } });
        added.EnsureSuccessStatusCode();

        var first = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/indexers/search?q=x");
        var second = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/indexers/search?q=x");

        Assert.Equal("ok", first.GetProperty("indexers")[0].GetProperty("outcome").GetString());
        Assert.Equal("limitReached", second.GetProperty("indexers")[0].GetProperty("outcome").GetString());
        var history = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/indexers/history");
        Assert.Equal(["limitReached", "ok", "ok"], history.EnumerateArray().Select(e => e.GetProperty("outcome").GetString()));
        Assert.Equal(["query", "query", "test"], history.EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(
            ["id", "indexerId", "indexerName", "at", "kind", "parameters", "resultCount", "skipped", "durationMs", "outcome", "message"],
            history[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Number, history[0].GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.String, history[0].GetProperty("message").ValueKind);
        Assert.Equal(JsonValueKind.Null, history[1].GetProperty("message").ValueKind);
    }
}
