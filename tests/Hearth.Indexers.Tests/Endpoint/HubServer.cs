using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hearth.Indexers.Tests.Endpoint;

/// <summary>
/// A whole Hearth server on loopback (as `hearth up` composes it) with an admin and an API key; or, split, the
/// server role and the acquire role apart (as `up --role server --acquire URL` and `up --role acquire` run them),
/// each with its own data folder and one role key between them.
/// </summary>
public sealed class HubServer : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly WebApplication app;
    private readonly WebApplication? acquire;
    private readonly TempFolder folder;

    private HubServer(WebApplication app, WebApplication? acquire, TempFolder folder, string url)
    {
        this.app = app;
        this.acquire = acquire;
        this.folder = folder;
        Url = url;
        Anonymous = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(url) };
    }

    public string Url { get; }

    /// <summary>The acquire role's address, when split.</summary>
    public string? AcquireUrl { get; private set; }

    /// <summary>The file of the role key the two share, when split.</summary>
    public string? RoleKeyFile { get; private set; }

    public HttpClient Anonymous { get; }

    public HttpClient Admin { get; private set; } = null!;

    public string AdminToken { get; private set; } = string.Empty;

    public string ApiKey { get; private set; } = string.Empty;

    /// <param name="logs">Also receives everything the server logs.</param>
    /// <param name="split">Run the acquire role apart, reached over loopback with the role key.</param>
    public static async Task<HubServer> StartAsync(ILoggerProvider? logs = null, bool split = false, IReadOnlyDictionary<string, string?>? configuration = null)
    {
        var folder = new TempFolder();
        var settings = new ServerSettings
        {
            Data = folder.Combine("data"),
            WebRoot = folder.Combine("no-web-client"),
            Port = 0,
            Demo = false,
            Configuration = Merged(configuration),
        };
        WebApplication? acquire = null;
        string? acquireUrl = null;
        if (split)
        {
            var acquireSettings = settings with { Data = folder.Combine("acquire-data"), Role = Web.Roles.HearthRole.Acquire, RoleKeyFile = folder.Combine("role.key") };
            acquire = HearthServer.Build(acquireSettings, logs is null ? null : services => services.AddSingleton(logs));
            acquireUrl = await HearthServer.StartAsync(acquire, acquireSettings, TextWriter.Null, CancellationToken.None);
            settings = settings with { Role = Web.Roles.HearthRole.Server, Acquire = new Uri(acquireUrl), RoleKeyFile = acquireSettings.RoleKeyFile };
        }

        var app = HearthServer.Build(settings, logs is null ? null : services => services.AddSingleton(logs));
        var url = await HearthServer.StartAsync(app, settings, TextWriter.Null, CancellationToken.None);
        var server = new HubServer(app, acquire, folder, url) { AcquireUrl = acquireUrl, RoleKeyFile = settings.RoleKeyFile };
        var token = (await File.ReadAllTextAsync(Path.Combine(settings.Data, "setup-token"))).Trim();
        var setup = await server.Anonymous.PostAsJsonAsync("/api/v1/setup", new { token, username = "admin", password = "admin-password" });
        setup.EnsureSuccessStatusCode();
        server.AdminToken = (await setup.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("token").GetString()!;
        server.Admin = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(url) };
        server.Admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.AdminToken);
        var key = await server.Admin.PostAsJsonAsync("/api/v1/me/api-keys", new { name = "sonarr" });
        key.EnsureSuccessStatusCode();
        server.ApiKey = (await key.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("key").GetString()!;
        return server;
    }

    private static Dictionary<string, string?> Merged(IReadOnlyDictionary<string, string?>? configuration)
    {
        var merged = new Dictionary<string, string?> { ["Library:RescanInterval"] = "00:00:00", ["Library:Watch"] = "false", ["Access:PasswordMemoryKiB"] = "256", ["Access:PasswordIterations"] = "1" };
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        return merged;
    }

    public async Task<JsonElement> AddIndexerAsync(string url, string name, string kind = "torznab")
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/indexers", new { name, kind, url, apiKey = FakeIndexer.GoodKey });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    public async ValueTask DisposeAsync()
    {
        Anonymous.Dispose();
        Admin?.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        if (acquire is not null)
        {
            await acquire.StopAsync();
            await acquire.DisposeAsync();
        }

        folder.Dispose();
    }
}
