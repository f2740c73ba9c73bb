using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Hearth.Web.Tests;

public sealed partial class AuthTests
{
    [Fact]
    public async Task Health_WithoutCredentials_IsOk()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Anonymous.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EveryApiRoute_WithoutCredentials_Answers401()
    {
        await using var server = await TestServer.StartAsync();
        var open = new HashSet<string> { "/api/v1/setup", "/api/v1/auth/login" };
        var routes = server.Routes.Where(r => r.Pattern.StartsWith("/api/v1", StringComparison.Ordinal) && !open.Contains(r.Pattern)).ToList();
        Assert.True(routes.Count >= 15, $"only {routes.Count} routes found");

        foreach (var (pattern, method) in routes)
        {
            var path = RouteParameter().Replace(pattern, m => m.Value.Contains("guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString() : m.Value.Contains(":int", StringComparison.Ordinal) ? "1" : "poster");
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) };
            var response = await server.Anonymous.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task AnyApiRoute_WithBadToken_Answers401()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.ClientWithToken("hs_not-a-real-token");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/items")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.GetAsync("/api/v1/items")).StatusCode);
    }

    [Fact]
    public async Task Setup_SecondTimeOrWrongToken_IsRefused()
    {
        await using var server = await TestServer.StartAsync();

        var again = await server.Anonymous.PostAsJsonAsync("/api/v1/setup", new { token = "whatever", username = "evil", password = "evil-password" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.False(File.Exists(Path.Combine(server.Data, "setup-token")));
    }

    [Fact]
    public async Task Login_RightPassword_SetsHttpOnlyCookieThatSignsIn()
    {
        await using var server = await TestServer.StartAsync();
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = new Uri(server.Url) };

        var login = await browser.PostAsJsonAsync("/api/v1/auth/login", new { username = "ADMIN", password = "admin-password" });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("hearth_session=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/api/v1/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Login_RepeatedWrongPasswords_LocksTheAccount()
    {
        await using var server = await TestServer.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await server.Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = "wrong-" + i });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var right = await server.Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = "admin-password" });

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.True(right.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task AdminRoutes_AsPlainUser_AreForbidden()
    {
        await using var server = await TestServer.StartAsync();
        using var user = await server.UserAsync("kid");

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsJsonAsync("/api/v1/libraries", new { name = "x", kind = "movies", folders = new[] { "/tmp" } })).StatusCode);
    }

    [Fact]
    public async Task ApiKey_InHeader_SignsIn()
    {
        await using var server = await TestServer.StartAsync();
        var created = await server.Admin.PostAsJsonAsync("/api/v1/me/api-keys", new { name = "script" });
        var key = (await TestServer.ReadAsync<System.Text.Json.JsonElement>(created)).GetProperty("key").GetString();
        using var client = new HttpClient { BaseAddress = new Uri(server.Url) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/libraries")).StatusCode);
    }

    [Fact]
    public async Task Root_InABrowser_SaysWhereThingsAre()
    {
        await using var server = await TestServer.StartAsync();

        var page = await server.Anonymous.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("setup token", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        await using var server = await TestServer.StartAsync();

        var document = await server.Anonymous.GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/items", out _));
        Assert.True(paths.TryGetProperty("/api/v1/items/{id}/stream", out _));
        Assert.True(paths.TryGetProperty("/api/v1/auth/login", out _));
    }

    [Fact]
    public async Task OpenApiExport_WithoutStartingAServer_WritesTheServedDocument()
    {
        await using var server = await TestServer.StartAsync();
        var served = System.Text.Json.Nodes.JsonNode.Parse(await server.Anonymous.GetStringAsync("/openapi/v1.json"))!.AsObject();
        using var written = new StringWriter();

        await OpenApiExport.WriteAsync(written, CancellationToken.None);

        // only the server's own address (from the request) differs: the exported document has none
        served.Remove("servers");
        Assert.Equal(served.ToJsonString(), System.Text.Json.Nodes.JsonNode.Parse(written.ToString())!.ToJsonString());
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
