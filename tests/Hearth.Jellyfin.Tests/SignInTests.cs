using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Web.Tests;

namespace Hearth.Jellyfin.Tests;

public sealed class SignInTests : IAsyncLifetime
{
    private TestServer server = null!;

    public async Task InitializeAsync() => server = await TestServer.StartAsync(watch: false);

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task PublicInfo_Anonymous_NamesAJellyfinServerWithAStableId()
    {
        using var client = JellyfinClient.Anonymous(server);

        var info = await client.GetJsonAsync("/System/Info/Public");
        var again = await client.GetJsonAsync("/system/info/public");

        Assert.Equal("Jellyfin Server", info.GetProperty("ProductName").GetString());
        Assert.Matches("^[0-9a-f]{32}$", info.GetProperty("Id").GetString());
        Assert.Equal(info.GetProperty("Id").GetString(), again.GetProperty("Id").GetString());
        Assert.True(info.GetProperty("StartupWizardCompleted").GetBoolean());
        Assert.StartsWith("10.", info.GetProperty("Version").GetString());
    }

    [Fact]
    public async Task AuthenticateByName_RightPassword_GivesATokenEveryHeaderFormTakes()
    {
        var (client, auth) = await JellyfinClient.SignInAsync(server, "admin", "admin-password");
        var token = auth.GetProperty("AccessToken").GetString()!;
        Assert.Equal("admin", auth.GetProperty("User").GetProperty("Name").GetString());
        Assert.True(auth.GetProperty("User").GetProperty("Policy").GetProperty("IsAdministrator").GetBoolean());

        var me = await client.GetJsonAsync("/Users/Me");
        Assert.Equal(auth.GetProperty("User").GetProperty("Id").GetString(), me.GetProperty("Id").GetString());

        foreach (var (header, value) in new[]
        {
            ("X-Emby-Authorization", JellyfinClient.Header(token)),
            ("X-Emby-Token", token),
            ("X-MediaBrowser-Token", token),
        })
        {
            using var other = new HttpClient { BaseAddress = new Uri(server.Url) };
            other.DefaultRequestHeaders.TryAddWithoutValidation(header, value);
            Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/Users/Me")).StatusCode);
        }
    }

    [Fact]
    public async Task AuthenticateByName_WrongPassword_401AndNoToken()
    {
        using var client = JellyfinClient.Anonymous(server);

        var response = await client.PostAsJsonAsync("/Users/AuthenticateByName", new { Username = "admin", Pw = "wrong-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("AccessToken", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Refusals_NoTokenOrWrongToken_401()
    {
        using var none = JellyfinClient.Anonymous(server);
        using var wrong = JellyfinClient.Anonymous(server, "hs_not-a-real-token");
        using var query = new HttpClient { BaseAddress = new Uri(server.Url) };

        Assert.Equal(HttpStatusCode.Unauthorized, (await none.GetAsync("/Users/Me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/Users/Me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/System/Info")).StatusCode);
        // a session token in a URL is taken on media routes only
        var (_, auth) = await JellyfinClient.SignInAsync(server, "admin", "admin-password");
        var token = auth.GetProperty("AccessToken").GetString();
        Assert.Equal(HttpStatusCode.Unauthorized, (await query.GetAsync($"/Users/Me?api_key={token}")).StatusCode);
    }

    [Fact]
    public async Task ApiKey_InTheAddressOrAHeader_SignsInOnEveryRoute()
    {
        var made = await server.Admin.PostAsJsonAsync("/api/v1/me/api-keys", new { name = "tv" });
        var key = (await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();
        using var bare = new HttpClient { BaseAddress = new Uri(server.Url) };
        using var header = JellyfinClient.Anonymous(server, key);

        Assert.Equal(HttpStatusCode.OK, (await bare.GetAsync($"/Users/Me?api_key={key}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bare.GetAsync($"/Users/Me?ApiKey={key}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await header.GetAsync("/Users/Me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bare.GetAsync("/Users/Me?api_key=hk_not-a-real-key")).StatusCode);
        // the native API still takes no key from the address
        Assert.Equal(HttpStatusCode.Unauthorized, (await bare.GetAsync($"/api/v1/me?api_key={key}")).StatusCode);
    }

    [Fact]
    public async Task HearthsOwnCredentials_SignInOnJellyfinRoutes_AndJellyfinsAreNotTakenOnNativeRoutes()
    {
        var made = await server.Admin.PostAsJsonAsync("/api/v1/me/api-keys", new { name = "script" });
        var key = (await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();
        using var apiKeyHeader = new HttpClient { BaseAddress = new Uri(server.Url) };
        apiKeyHeader.DefaultRequestHeaders.Add("X-Api-Key", key);
        var (jellyfin, _) = await JellyfinClient.SignInAsync(server, "admin", "admin-password");

        // Hearth's Bearer token and API key header on the Jellyfin API
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.GetAsync("/Users/Me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await apiKeyHeader.GetAsync("/Users/Me")).StatusCode);
        // the native API does not read a Jellyfin app's header
        Assert.Equal(HttpStatusCode.Unauthorized, (await jellyfin.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task UsersPublic_ByDefault_ListsNoNames()
    {
        using var client = JellyfinClient.Anonymous(server);

        var users = await client.GetJsonAsync("/Users/Public");

        Assert.Equal(JsonValueKind.Array, users.ValueKind);
        Assert.Equal(0, users.GetArrayLength());
    }
}
