using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hearth.Web.Tests;

/// <summary>
/// A real Hearth server on Kestrel (loopback, a free port) over a temp data folder, with an admin
/// created through the setup token the way a first-time user does it.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly WebApplication app;

    private TestServer(WebApplication app, TempFolder folder, string url)
    {
        this.app = app;
        Folder = folder;
        Url = url;
        // no cookie jar: a client here sends only what the test gives it
        Anonymous = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(url) };
    }

    /// <summary>The routes anyone may call without signing in (the web client's page fallback aside).</summary>
    public IEnumerable<string> AnonymousRoutes =>
        ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText ?? string.Empty)
            .Where(p => !p.StartsWith('{'));

    public TempFolder Folder { get; }

    public string Url { get; }

    public string Data => Folder.Combine("data");

    /// <summary>A client that sends no credentials.</summary>
    public HttpClient Anonymous { get; }

    /// <summary>Signed in as the admin made at setup.</summary>
    public HttpClient Admin { get; private set; } = null!;

    public IServiceProvider Services => app.Services;

    /// <summary>Every route the server maps, with its HTTP methods.</summary>
    public IEnumerable<(string Pattern, string Method)> Routes =>
        ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (e.RoutePattern.RawText ?? string.Empty, m)));

    /// <param name="watch">False turns the folder watcher off, for tests that change folders and want only their own scans.</param>
    /// <param name="webRoot">The built web client to serve; by default none, whatever the build copied beside the tests.</param>
    /// <param name="configuration">More settings, over the test defaults (e.g. <c>Streaming:SegmentSeconds</c>).</param>
    /// <param name="trustedProxies">Proxies whose X-Forwarded-* headers the server believes (tests pose as one on loopback).</param>
    /// <param name="logs">Also receives everything the server logs, for tests that check what was logged.</param>
    /// <param name="services">More registrations, after the server's own (e.g. a guard on outgoing HTTP).</param>
    /// <param name="managedClient">Run Hearth's own qBittorrent, as `hearth up` does.</param>
    public static async Task<TestServer> StartAsync(bool watch = true, string? webRoot = null, IReadOnlyDictionary<string, string?>? configuration = null, IReadOnlyList<string>? trustedProxies = null, ILoggerProvider? logs = null, Action<IServiceCollection>? services = null, bool managedClient = false)
    {
        var folder = new TempFolder();
        var settings = new ServerSettings
        {
            Data = folder.Combine("data"),
            WebRoot = webRoot ?? folder.Combine("no-web-client"),
            Port = 0,
            Demo = false,
            TrustedProxies = trustedProxies ?? [],
            ManagedClient = managedClient,
            Configuration = new Dictionary<string, string?>(configuration ?? new Dictionary<string, string?>())
            {
                ["Library:WatchDebounce"] = "00:00:00.300",
                ["Library:RescanInterval"] = "00:00:00",
                ["Library:Watch"] = watch ? "true" : "false",
                // a cheap Argon2 keeps sign-ins in tests fast; the cost is stored in each hash, so nothing else changes
                ["Access:PasswordMemoryKiB"] = "256",
                ["Access:PasswordIterations"] = "1",
                // every test server on one machine would ask for UDP 7359 on loopback; discovery's tests name a port
                ["Jellyfin:Discovery"] = configuration?.ContainsKey("Jellyfin:DiscoveryPort") == true ? "true" : "false",
            },
        };

        // no test reaches the internet: the metadata providers answer from a closed loopback port unless a test names its fixture server
        foreach (var (key, value) in new Dictionary<string, string?>
        {
            ["Metadata:Tmdb:BaseUrl"] = "http://127.0.0.1:9/3",
            ["Metadata:TvMaze:BaseUrl"] = "http://127.0.0.1:9",
            ["Metadata:Retries"] = "0",
            ["Metadata:Refresh:PollInterval"] = "00:00:00.200",
        })
        {
            ((Dictionary<string, string?>)settings.Configuration).TryAdd(key, value);
        }

        var app = HearthServer.Build(settings, logs is null && services is null ? null : registrations =>
        {
            if (logs is not null)
            {
                registrations.AddSingleton(logs);
            }

            services?.Invoke(registrations);
        });
        var url = await HearthServer.StartAsync(app, settings, TextWriter.Null, CancellationToken.None);
        var server = new TestServer(app, folder, url);
        // read as bytes: the token must be plain ASCII, as a user pasting it from `cat` gets it
        var token = System.Text.Encoding.ASCII.GetString(await File.ReadAllBytesAsync(Path.Combine(settings.Data, "setup-token"))).Trim();
        var setup = await server.Anonymous.PostAsJsonAsync("/api/v1/setup", new { token, username = "admin", password = "admin-password" });
        setup.EnsureSuccessStatusCode();
        server.Admin = server.ClientWithToken((await ReadAsync<JsonElement>(setup)).GetProperty("token").GetString()!);
        return server;
    }

    public HttpClient ClientWithToken(string token)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(Url) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Creates a user through the API and answers a client signed in as them.</summary>
    public async Task<HttpClient> UserAsync(string name, params Guid[] libraries)
    {
        var created = await Admin.PostAsJsonAsync("/api/v1/users", new { name, password = "user-password", libraries });
        created.EnsureSuccessStatusCode();
        var login = await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = name, password = "user-password" });
        login.EnsureSuccessStatusCode();
        return ClientWithToken((await ReadAsync<JsonElement>(login)).GetProperty("token").GetString()!);
    }

    public async Task<Guid> AddLibraryAsync(string name, string kind, string folder)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/libraries", new { name, kind, folders = new[] { folder } });
        response.EnsureSuccessStatusCode();
        var id = (await ReadAsync<JsonElement>(response)).GetProperty("id").GetGuid();
        await WaitForScanAsync(id);
        return id;
    }

    /// <summary>Waits until the library has no scan queued or running and has finished at least one.</summary>
    public async Task<JsonElement> WaitForScanAsync(Guid library, TimeSpan? limit = null)
    {
        var until = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var status = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/libraries/{library}/scan", Json);
            var idle = !status.GetProperty("queued").GetBoolean() && status.GetProperty("running").ValueKind == JsonValueKind.Null;
            if (idle && status.GetProperty("lastScan").ValueKind != JsonValueKind.Null)
            {
                return status;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"scan of {library} did not finish: {status}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Asks for a scan and answers the record of a scan that started after the request and has finished.</summary>
    public async Task<JsonElement> RescanAsync(Guid library)
    {
        var asked = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var response = await Admin.PostAsync($"/api/v1/libraries/{library}/scan", null);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            await WaitForScanAsync(library);
            var runs = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/libraries/{library}/scans?limit=10", Json);
            var done = runs.EnumerateArray().Where(r => r.GetProperty("startedMs").GetInt64() >= asked && r.GetProperty("finishedMs").ValueKind != JsonValueKind.Null).ToList();
            if (done.Count > 0)
            {
                return done[0];
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no scan of {library} started after the request finished");
    }

    public async Task<JsonElement> ItemsAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/items?" + query);
        response.EnsureSuccessStatusCode();
        return await ReadAsync<JsonElement>(response);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;

    public async ValueTask DisposeAsync()
    {
        Anonymous.Dispose();
        Admin?.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Folder.Dispose();
    }
}
