using System.Net;
using System.Net.Http.Json;
using Hearth.Testing;

namespace Hearth.Web.Tests;

/// <summary>Answer headers on every kind of route, cross-site requests with the cookie, and forwarded headers.</summary>
public sealed class HeadersAndOriginTests
{
    private static async Task<(HttpClient Browser, CookieContainer Jar)> BrowserAsync(TestServer server)
    {
        var jar = new CookieContainer();
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = jar }) { BaseAddress = new Uri(server.Url) };
        var login = await browser.PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = "admin-password" });
        login.EnsureSuccessStatusCode();
        return (browser, jar);
    }

    [Fact]
    public async Task IndexHtml_AskedForByName_CarriesThePagePolicy()
    {
        using var web = new TempFolder();
        File.WriteAllText(web.Combine("index.html"), "<!doctype html><title>x</title>");
        await using var server = await TestServer.StartAsync(watch: false, webRoot: web.Path);

        foreach (var path in new[] { "/index.html", "/", "/movies/1" })
        {
            var page = await server.Anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task ApiAnswers_CarryNosniff_AndTheLoginAnswerIsNeverStored()
    {
        await using var server = await TestServer.StartAsync(watch: false);

        var items = await server.Admin.GetAsync("/api/v1/items");
        var refused = await server.Anonymous.GetAsync("/api/v1/items");
        var login = await server.Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = "admin-password" });

        Assert.Equal("nosniff", items.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("nosniff", refused.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-store", login.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task CookiePost_FromAnotherSite_IsRefusedAndChangesNothing()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var (browser, _) = await BrowserAsync(server);
        using (browser)
        {
            using var forged = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/logout");
            forged.Headers.Add("Origin", "http://evil.example");
            var answer = await browser.SendAsync(forged);

            Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/me")).StatusCode);

            using var fetchMeta = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/logout");
            fetchMeta.Headers.Add("Sec-Fetch-Site", "cross-site");
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.SendAsync(fetchMeta)).StatusCode);

            // behind a TLS proxy that rewrites the host, the browser's own verdict is what counts
            using var proxied = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/api-keys") { Content = JsonContent.Create(new { name = "from-the-page" }) };
            proxied.Headers.Add("Origin", "https://hearth.example.net");
            proxied.Headers.Add("Sec-Fetch-Site", "same-origin");
            Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(proxied)).StatusCode);

            using var own = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/logout");
            own.Headers.Add("Origin", server.Url);
            own.Headers.Add("Sec-Fetch-Site", "same-origin");
            Assert.Equal(HttpStatusCode.NoContent, (await browser.SendAsync(own)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/me")).StatusCode);
        }
    }

    [Fact]
    public async Task BearerPost_WithAForeignOrigin_IsNotACrossSiteForgery()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/api-keys") { Content = JsonContent.Create(new { name = "tool" }) };
        request.Headers.Add("Origin", "http://elsewhere.example");

        Assert.Equal(HttpStatusCode.OK, (await server.Admin.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Cookie_BehindATrustedTlsProxy_IsSecure_AndForwardedHeadersFromOthersAreIgnored()
    {
        await using (var trusting = await TestServer.StartAsync(watch: false, trustedProxies: ["127.0.0.1"]))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = JsonContent.Create(new { username = "admin", password = "admin-password" }) };
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", "203.0.113.9");
            var login = await trusting.Anonymous.SendAsync(request);
            Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        }

        await using var plain = await TestServer.StartAsync(watch: false);
        using var spoofed = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = JsonContent.Create(new { username = "admin", password = "admin-password" }) };
        spoofed.Headers.Add("X-Forwarded-Proto", "https");
        var answer = await plain.Anonymous.SendAsync(spoofed);
        Assert.DoesNotContain(answer.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));

        // the throttle counts the real address: a client cannot hop addresses by claiming them
        for (var i = 0; i < 10; i++)
        {
            using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = JsonContent.Create(new { username = "x" + i, password = "wrong-password" }) };
            wrong.Headers.Add("X-Forwarded-For", $"198.51.100.{i + 1}");
            await plain.Anonymous.SendAsync(wrong);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await plain.Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = "admin-password" })).StatusCode);
    }

    [Fact]
    public async Task OpenRoutes_AreExactlyTheOnesTheReadmeLists()
    {
        await using var server = await TestServer.StartAsync(watch: false);

        var open = server.AnonymousRoutes.Where(r => !r.StartsWith("/api/v1/indexers/", StringComparison.Ordinal)).OrderBy(r => r, StringComparer.Ordinal).ToList();
        var readme = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "README.md"));

        var native = open.Where(r => r.StartsWith("/api/", StringComparison.Ordinal) || r.StartsWith("/openapi/", StringComparison.Ordinal) || r == "/health").Distinct().ToList();
        Assert.Equal(["/api/v1/auth/login", "/api/v1/setup", "/health", "/openapi/{documentName}.json"], native);
        foreach (var route in new[] { "/health", "/api/v1/setup", "/api/v1/auth/login", "/openapi/v1.json" })
        {
            Assert.Contains($"`{route}`", readme, StringComparison.Ordinal);
        }

        // the Jellyfin-compatible API's open routes (what an app asks before it signs in): each named in README too
        // (an unknown route under one of its prefixes answers a plain 404 to anyone: README says so once)
        var jellyfin = open.Except(native).Where(r => !r.EndsWith("/{**rest}", StringComparison.Ordinal)).ToList();
        Assert.Contains("`/{prefix}/{**rest}`", readme, StringComparison.Ordinal);
        Assert.Contains("/System/Info/Public", jellyfin);
        foreach (var route in jellyfin)
        {
            Assert.Contains($"`{route}`", readme, StringComparison.Ordinal);
        }
    }
}
