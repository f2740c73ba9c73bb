using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hearth.Access;
using Hearth.Access.Sessions;
using Hearth.Core.Paths;
using Hearth.Egress;
using Hearth.Indexers;
using Hearth.Library;
using Hearth.Streaming;

namespace Hearth.Web;

/// <summary>The server role: composes the contexts, their endpoints and the HTTP pipeline.</summary>
public static class HearthServer
{
    /// <param name="settings">What the command line asked for.</param>
    /// <param name="configureServices">Replacements for tools and benchmarks (a prober that reads nothing, say).</param>
    public static WebApplication Build(ServerSettings settings, Action<IServiceCollection>? configureServices = null)
    {
        var data = new DataFolder(settings.Data);
        data.EnsureCreated();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings.Configuration);
        builder.Logging.ClearProviders();
        builder.Logging.AddHearthConsole();
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(ParseBind(settings.Bind), settings.Port);
            if (settings.Egress?.Options is { HostNamespace: null } egress && !ParseBind(settings.Bind).Equals(IPAddress.Any))
            {
                // the link to the egress namespace: acquire inside reaches the server and the control API here
                kestrel.Listen(egress.HostLinkAddress, settings.Port);
            }
        });
        builder.Services.AddSingleton(data);
        builder.AddAccess();
        builder.AddLibrary();
        // the library answers IPlayableMediaSource, the Core contract streaming plays from
        builder.AddStreaming();
        // the acquire role's indexer hub; the embedded default runs it in this process
        builder.AddIndexers();
        if (settings.Egress is { } egressController)
        {
            builder.AddEgress(egressController);
        }
        builder.Services.AddOpenApi(OpenApiWireFormat.Configure);
        builder.Services.AddProblemDetails();
        // enums travel as words ("hdr10", "dolbyVision"), as clients and people read them
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        builder.Services.AddSingleton<StartupTasks>();
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        // first: the client's address and scheme must be right for everything after (throttle, cookie, origin check)
        app.UseTrustedProxies(settings.TrustedProxies);
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseWebClientFiles(settings.WebRoot);
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseCrossSiteGuard();
        app.UseAuthorization();
        app.MapGet("/health", () => TypedResults.Ok(new Health("ok", Version))).AllowAnonymous().WithTags("Server");
        app.MapGet("/api/v1/server", () => TypedResults.Ok(new ServerInfo("Hearth", Version, Environment.OSVersion.VersionString, Environment.Version.ToString())))
            .WithTags("Server");
        // open on purpose (README, "Open routes"): it describes routes, holds no data, and tools read it before they have a key
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapAccessEndpoints();
        app.MapLibraryEndpoints();
        app.MapStreamingEndpoints();
        app.MapReleasesEndpoints();
        app.MapIndexersEndpoints();
        if (settings.Egress is not null)
        {
            app.MapEgressEndpoints();
        }
        app.MapWebClient(settings.WebRoot);
        return app;
    }

    public static string Version { get; } = typeof(HearthServer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>Migrates, seeds, starts listening, and answers the address it serves on.</summary>
    public static async Task<string> StartAsync(WebApplication app, ServerSettings settings, TextWriter console, CancellationToken ct)
    {
        await app.Services.MigrateAccessAsync(ct).ConfigureAwait(false);
        await app.Services.MigrateLibraryAsync(ct).ConfigureAwait(false);
        await app.Services.MigrateIndexersAsync(ct).ConfigureAwait(false);
        var startup = app.Services.GetRequiredService<StartupTasks>();
        var demoCreated = await startup.SeedLibrariesAsync(settings, console, ct).ConfigureAwait(false);
        await app.StartAsync(ct).ConfigureAwait(false);
        if (demoCreated)
        {
            await startup.WaitForScansAsync(TimeSpan.FromMinutes(2), ct).ConfigureAwait(false);
        }

        // the port the server really got (tests ask for port 0)
        var bound = new Uri(app.Urls.First());
        var shown = settings.Bind is "0.0.0.0" or "*" ? "127.0.0.1" : settings.Bind is "::" ? "[::1]" : bound.Host;
        var url = $"http://{shown}:{bound.Port}";
        await startup.AnnounceSetupAsync(url, console, ct).ConfigureAwait(false);
        return url;
    }

    /// <summary>The answer of /health (named, not anonymous, so the OpenAPI document describes it exactly).</summary>
    public sealed record Health(string Status, string Version);

    /// <summary>The answer of /api/v1/server.</summary>
    public sealed record ServerInfo(string Name, string Version, string Os, string Dotnet);

    private static IPAddress ParseBind(string bind) => bind switch
    {
        "localhost" => IPAddress.Loopback,
        "*" or "0.0.0.0" => IPAddress.Any,
        _ when IPAddress.TryParse(bind, out var address) => address,
        _ => throw new ArgumentException($"--bind takes an IP address (127.0.0.1, 0.0.0.0, a LAN or tailnet address), not '{bind}'"),
    };
}
