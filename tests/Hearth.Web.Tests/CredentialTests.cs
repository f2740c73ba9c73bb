using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hearth.Web.Tests;

/// <summary>Where a credential may travel, and how a person takes back an API key.</summary>
public sealed class CredentialTests
{
    private static async Task<(Guid Id, string Key)> NewKeyAsync(HttpClient client, string name)
    {
        var created = await client.PostAsJsonAsync("/api/v1/me/api-keys", new { name });
        created.EnsureSuccessStatusCode();
        Assert.Equal("no-store", created.Headers.CacheControl?.ToString());
        var key = (await TestServer.ReadAsync<JsonElement>(created)).GetProperty("key").GetString()!;
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/api-keys", TestServer.Json);
        var id = list.EnumerateArray().First(k => k.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
        return (id, key);
    }

    private static HttpClient WithKey(TestServer server, string key)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(server.Url) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Fact]
    public async Task QueryStringKey_OnAnOrdinaryRoute_DoesNotSignIn()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var (_, key) = await NewKeyAsync(server.Admin, "script");
        var session = server.Admin.DefaultRequestHeaders.Authorization!.Parameter!;

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync($"/api/v1/items?api_key={key}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync($"/api/v1/items?apikey={key}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync($"/api/v1/libraries?api_key={session}")).StatusCode);
        using var header = WithKey(server, key);
        Assert.Equal(HttpStatusCode.OK, (await header.GetAsync("/api/v1/items")).StatusCode);
    }

    [Fact]
    public async Task QueryStringKey_OnTorznab_TakesApiKeysButNeverSessionTokens()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var (_, key) = await NewKeyAsync(server.Admin, "sonarr");
        var session = server.Admin.DefaultRequestHeaders.Authorization!.Parameter!;

        Assert.Equal(HttpStatusCode.OK, (await server.Anonymous.GetAsync($"/api/v1/indexers/all/torznab?t=caps&apikey={key}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Anonymous.GetAsync($"/api/v1/indexers/all/torznab?t=caps&api_key={key}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync($"/api/v1/indexers/all/torznab?t=caps&api_key={session}")).StatusCode);
    }

    [Fact]
    public async Task ApiKeys_ListedWithoutTheKeyAndRevokedAtOnce()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var (id, key) = await NewKeyAsync(server.Admin, "kodi");
        using var client = WithKey(server, key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

        var listed = await server.Admin.GetStringAsync("/api/v1/me/api-keys");
        Assert.Contains("kodi", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await server.Admin.DeleteAsync($"/api/v1/me/api-keys/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.DeleteAsync($"/api/v1/me/api-keys/{id}")).StatusCode);
    }

    [Fact]
    public async Task ApiKeys_AnotherPersonsKey_CannotBeRevokedThroughMe()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        using var kid = await server.UserAsync("kid");
        var (id, key) = await NewKeyAsync(server.Admin, "admin-script");

        Assert.Equal(HttpStatusCode.NotFound, (await kid.DeleteAsync($"/api/v1/me/api-keys/{id}")).StatusCode);
        using var client = WithKey(server, key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task PasswordReset_AskedToRevokeKeys_RevokesThem()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var me = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/me", TestServer.Json);
        var (_, kept) = await NewKeyAsync(server.Admin, "kept");
        using var keptClient = WithKey(server, kept);

        var plain = await server.Admin.PostAsJsonAsync($"/api/v1/users/{me.GetProperty("id").GetGuid()}/password", new { password = "new-password-1" });
        Assert.Equal(HttpStatusCode.NoContent, plain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await keptClient.GetAsync("/api/v1/me")).StatusCode);

        var login = await server.Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = "new-password-1" });
        using var admin = server.ClientWithToken((await TestServer.ReadAsync<JsonElement>(login)).GetProperty("token").GetString()!);
        var revoking = await admin.PostAsJsonAsync($"/api/v1/users/{me.GetProperty("id").GetGuid()}/password", new { password = "new-password-2", revokeApiKeys = true });
        Assert.Equal(HttpStatusCode.NoContent, revoking.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await keptClient.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Indexers_PlainUser_MayNotUseThemUntilAnAdminAllows()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        using var kid = await server.UserAsync("kid");
        var (_, key) = await NewKeyAsync(kid, "kid-sonarr");
        var me = await kid.GetFromJsonAsync<JsonElement>("/api/v1/me", TestServer.Json);
        Assert.False(me.GetProperty("canUseIndexers").GetBoolean());

        Assert.Equal(HttpStatusCode.Forbidden, (await kid.GetAsync("/api/v1/indexers/search?q=anything")).StatusCode);
        var torznab = await server.Anonymous.GetAsync($"/api/v1/indexers/all/torznab?t=search&q=x&apikey={key}");
        Assert.Equal(HttpStatusCode.Forbidden, torznab.StatusCode);
        Assert.Contains("code=\"102\"", await torznab.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Anonymous.GetAsync($"/api/v1/indexers/{Guid.NewGuid()}/grab/token?apikey={key}")).StatusCode);

        var allow = await server.Admin.PatchAsJsonAsync($"/api/v1/users/{me.GetProperty("id").GetGuid()}", new { canUseIndexers = true });
        Assert.Equal(HttpStatusCode.OK, allow.StatusCode);
        Assert.True((await TestServer.ReadAsync<JsonElement>(allow)).GetProperty("canUseIndexers").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await kid.GetAsync("/api/v1/indexers/search?q=anything")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Anonymous.GetAsync($"/api/v1/indexers/all/torznab?t=caps&apikey={key}")).StatusCode);
    }
}
