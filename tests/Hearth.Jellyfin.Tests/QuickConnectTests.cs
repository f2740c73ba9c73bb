using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Jellyfin.QuickConnect;
using Hearth.Web.Tests;

namespace Hearth.Jellyfin.Tests;

public sealed class QuickConnectTests : IAsyncLifetime
{
    private TestServer server = null!;

    public async Task InitializeAsync() => server = await TestServer.StartAsync(watch: false);

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static async Task<JsonElement> InitiateAsync(HttpClient tv)
    {
        var response = await tv.PostAsync("/QuickConnect/Initiate", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task WholeFlow_ApprovedInHearth_TvGetsAWorkingTokenOnce()
    {
        using var tv = JellyfinClient.Anonymous(server);
        Assert.True((await tv.GetJsonAsync("/QuickConnect/Enabled")).GetBoolean());

        var started = await InitiateAsync(tv);
        var secret = started.GetProperty("Secret").GetString()!;
        var code = started.GetProperty("Code").GetString()!;
        Assert.Matches("^[0-9]{6}$", code);
        Assert.True(secret.Length >= 32);
        Assert.False(started.GetProperty("Authenticated").GetBoolean());
        Assert.Equal("Test Shield", started.GetProperty("DeviceName").GetString());

        // not approved yet: the poll says so, the sign-in is refused
        Assert.False((await tv.GetJsonAsync($"/QuickConnect/Connect?Secret={secret}")).GetProperty("Authenticated").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await tv.PostAsJsonAsync("/Users/AuthenticateWithQuickConnect", new { Secret = secret })).StatusCode);

        // anonymous approval gets nowhere; the signed-in person's does
        Assert.Equal(HttpStatusCode.Unauthorized, (await tv.PostAsync($"/QuickConnect/Authorize?Code={code}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await server.Admin.PostAsJsonAsync("/api/v1/quick-connect/authorize", new { code })).StatusCode);
        Assert.True((await tv.GetJsonAsync($"/QuickConnect/Connect?Secret={secret}")).GetProperty("Authenticated").GetBoolean());

        var signedIn = await tv.PostAsJsonAsync("/Users/AuthenticateWithQuickConnect", new { Secret = secret });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var auth = await signedIn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("admin", auth.GetProperty("User").GetProperty("Name").GetString());
        using var app = JellyfinClient.Anonymous(server, auth.GetProperty("AccessToken").GetString());
        Assert.Equal("admin", (await app.GetJsonAsync("/Users/Me")).GetProperty("Name").GetString());

        // single use: the secret and the code are spent
        Assert.Equal(HttpStatusCode.Unauthorized, (await tv.PostAsJsonAsync("/Users/AuthenticateWithQuickConnect", new { Secret = secret })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tv.GetAsync($"/QuickConnect/Connect?Secret={secret}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.PostAsJsonAsync("/api/v1/quick-connect/authorize", new { code })).StatusCode);
    }

    [Fact]
    public async Task Authorize_JellyfinRouteBySignedInApp_ApprovesForThatUser()
    {
        using var tv = JellyfinClient.Anonymous(server);
        var started = await InitiateAsync(tv);
        var (phone, phoneAuth) = await JellyfinClient.SignInAsync(server, "admin", "admin-password");

        Assert.Equal(HttpStatusCode.Forbidden, (await phone.PostAsync($"/QuickConnect/Authorize?Code={started.GetProperty("Code").GetString()}&UserId={Guid.NewGuid():N}", null)).StatusCode);
        var approved = await phone.PostAsync($"/QuickConnect/Authorize?Code={started.GetProperty("Code").GetString()}", null);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var auth = await (await tv.PostAsJsonAsync("/Users/AuthenticateWithQuickConnect", new { Secret = started.GetProperty("Secret").GetString() })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(phoneAuth.GetProperty("User").GetProperty("Id").GetString(), auth.GetProperty("User").GetProperty("Id").GetString());
        phone.Dispose();
    }

    [Fact]
    public async Task Authorize_UnknownOrMalformedCode_404Or400()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.PostAsJsonAsync("/api/v1/quick-connect/authorize", new { code = "000000" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Admin.PostAsJsonAsync("/api/v1/quick-connect/authorize", new { code = "12ab" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Admin.PostAsJsonAsync("/api/v1/quick-connect/authorize", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.PostAsJsonAsync("/api/v1/quick-connect/authorize", new { code = "000000" })).StatusCode);
        using var tv = JellyfinClient.Anonymous(server);
        Assert.Equal(HttpStatusCode.NotFound, (await tv.GetAsync("/QuickConnect/Connect?Secret=guess")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await tv.PostAsJsonAsync("/Users/AuthenticateWithQuickConnect", new { Secret = "guess" })).StatusCode);
    }

    [Fact]
    public async Task Disabled_EnabledFalseAndEveryStepRefused()
    {
        await using var off = await TestServer.StartAsync(watch: false, configuration: new Dictionary<string, string?> { ["Jellyfin:QuickConnect"] = "false" });
        using var tv = JellyfinClient.Anonymous(off);

        Assert.False((await tv.GetJsonAsync("/QuickConnect/Enabled")).GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await tv.PostAsync("/QuickConnect/Initiate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await tv.GetAsync("/QuickConnect/Connect?Secret=x")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await off.Admin.PostAsJsonAsync("/api/v1/quick-connect/authorize", new { code = "123456" })).StatusCode);
    }

    [Fact]
    public void Requests_ExpiredAfterTenMinutes_AndAtMostFiftyWait()
    {
        var clock = new ManualClock();
        var requests = new QuickConnectRequests(clock);
        var first = requests.Initiate("d", "TV", "app", "1")!;

        clock.Advance(QuickConnectRequests.Lifetime + TimeSpan.FromSeconds(1));

        Assert.False(requests.Authorize(first.Code, Guid.NewGuid()));
        Assert.Null(requests.FindBySecret(first.Secret));
        for (var i = 0; i < QuickConnectRequests.MaxOutstanding; i++)
        {
            Assert.NotNull(requests.Initiate(null, null, null, null));
        }

        Assert.Null(requests.Initiate(null, null, null, null));
    }

    [Fact]
    public async Task Initiate_TooManyOutstanding_429()
    {
        using var tv = JellyfinClient.Anonymous(server);
        for (var i = 0; i < QuickConnectRequests.MaxOutstanding; i++)
        {
            await InitiateAsync(tv);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await tv.PostAsync("/QuickConnect/Initiate", null)).StatusCode);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset now = DateTimeOffset.UnixEpoch.AddYears(50);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
