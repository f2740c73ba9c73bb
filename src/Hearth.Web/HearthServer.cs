using Hearth.Access;
using Hearth.Access.Sessions;
using Hearth.Access.Store;
using Hearth.Acquisition;
using Hearth.Acquisition.Store;
using Hearth.Core.Paths;
using Hearth.Core.Roles;
using Hearth.Egress;
using Hearth.Indexers;
using Hearth.Indexers.Store;
using Hearth.Jellyfin;
using Hearth.Library;
using Hearth.Library.Store;
using Hearth.Streaming;
using Hearth.Web.Roles;
using Hearth.Web.Settings;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hearth.Web;

/// <summary>
/// Composes a Hearth process by role: every role in one (the embedded default), or one alone — the server
/// (library, streaming, accounts, web client; the indexer routes forwarded to acquire), acquire (the indexer hub,
/// reached only with the role key) or egress (the tunnel and its control API). Each host starts from
/// <see cref="HearthDefaults"/>.
/// </summary>
public static class HearthServer
{
    /// <param name="settings">What the command line asked for.</param>
    /// <param name="configureServices">Replacements for tools and benchmarks (a prober that reads nothing, say).</param>
    public static WebApplication Build(ServerSettings settings, Action<IServiceCollection>? configureServices = null)
    {
        if (Problem(settings) is { } problem)
        {
            throw new ArgumentException(problem);
        }

        return settings.Role switch
        {
            HearthRole.Acquire => BuildAcquire(settings, configureServices),
            HearthRole.Egress => BuildEgress(settings, configureServices),
            _ => BuildServer(settings, configureServices),
        };
    }

    /// <summary>What is wrong with the combination of settings, in words naming the flags; null when it can run.</summary>
    /// <param name="egressComing">The egress controller will be made (--vpn was given), though it is not in the settings yet.</param>
    public static string? Problem(ServerSettings settings, bool egressComing = false) => settings.Role switch
    {
        HearthRole.Server when settings.Acquire is null => "--role server needs --acquire URL: where the acquire role answers (start it with hearth up --role acquire)",
        not HearthRole.Server when settings.Acquire is not null => "--acquire is for --role server alone: the embedded default runs acquire in its own process",
        HearthRole.Egress when settings.Egress is null && !egressComing => "--role egress needs --vpn FILE: the WireGuard file of the tunnel it keeps",
        // (the server composed by `up --vpn` has the egress controller in its settings; a user's --role server with --vpn is refused)
        HearthRole.Server or HearthRole.Acquire when egressComing || (settings.Role == HearthRole.Acquire && settings.Egress is not null)
            => $"--vpn starts the egress role; --role {HearthRoles.Name(settings.Role)} runs without it (start egress with --role egress --vpn FILE, or leave out --role)",
        not HearthRole.Acquire when settings.Server is not null => "--server is for --role acquire alone",
        _ when settings.Acquire is { } a && !IsHttp(a) => $"--acquire takes an http:// or https:// URL, not '{a}'",
        _ when settings.Server is { } s && !IsHttp(s) => $"--server takes an http:// or https:// URL, not '{s}'",
        _ => null,
    };

    private static bool IsHttp(Uri uri) => uri.IsAbsoluteUri && uri.Scheme is "http" or "https";

    private static WebApplication BuildServer(ServerSettings settings, Action<IServiceCollection>? configureServices)
    {
        var builder = HearthDefaults.CreateBuilder(settings, kestrel =>
        {
            if (settings.Egress?.Options is { HostNamespace: null } egress && !HearthDefaults.ParseBind(settings.Bind).Equals(System.Net.IPAddress.Any))
            {
                // the link to the egress namespace: acquire inside reaches the server and the control API here
                kestrel.Listen(egress.HostLinkAddress, settings.Port);
            }
        });
        builder.AddAccess();
        builder.AddLibrary();
        // the library answers IPlayableMediaSource, the Core contract streaming plays from
        builder.AddStreaming();
        // the TV apps' API, over the library, streaming and access just added
        builder.AddJellyfin();
        var acquireApart = settings.Role == HearthRole.Server;
        if (acquireApart)
        {
            builder.Services.AddAcquireProxy(settings.Acquire!, LoadKey(settings, create: true));
        }
        else
        {
            // the acquire role's indexer hub and automation, in this process
            builder.AddIndexers();
            builder.AddAcquisition();
            builder.Services.AddHealthChecks().AddCheck<StoreCheck<IndexersDb>>("indexers").AddCheck<StoreCheck<AcquisitionDb>>("acquisition");
            if (settings.ManagedClient)
            {
                builder.AddManagedDownloadClient();
            }
        }

        if (settings.Egress is { } egressController)
        {
            builder.AddEgress(egressController);
            builder.Services.AddHealthChecks().AddCheck<TunnelCheck>("tunnel", HealthStatus.Degraded);
        }

        builder.Services.AddHealthChecks()
            .AddCheck<StoreCheck<AccessDb>>("access")
            .AddCheck<StoreCheck<LibraryDb>>("library");
        builder.Services.AddOpenApi(OpenApiWireFormat.Configure);
        builder.Services.AddSingleton<StartupTasks>();
        builder.Services.AddSingleton<Settings.SettingsFile>();
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseHearthDefaults(settings);
        app.UseWebClientFiles(settings.WebRoot);
        app.UseStatusCodePages();
        app.UseRoutingRejections();
        app.UseAuthentication();
        app.UseCrossSiteGuard();
        app.UseAuthorization();
        app.MapHealth(settings.Role);
        app.MapGet("/api/v1/server", () => TypedResults.Ok(new ServerInfo("Hearth", Version, Environment.OSVersion.VersionString, Environment.Version.ToString())))
            .WithTags("Server");
        // open on purpose (README, "Open routes"): it describes routes, holds no data, and tools read it before they have a key
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapAccessEndpoints();
        app.MapLibraryEndpoints();
        app.MapStreamingEndpoints();
        app.MapReleasesEndpoints();
        app.MapSettingsEndpoints();
        app.MapJellyfinEndpoints();
        if (acquireApart)
        {
            app.MapAcquireProxy();
        }
        else
        {
            app.MapIndexersEndpoints();
            app.MapAcquisitionEndpoints();
        }

        if (settings.Egress is not null)
        {
            app.MapEgressEndpoints();
        }

        app.MapWebClient(settings.WebRoot);
        return app;
    }

    private static WebApplication BuildAcquire(ServerSettings settings, Action<IServiceCollection>? configureServices) =>
        BuildRoleApart(settings, configureServices, builder =>
        {
            builder.AddIndexers();
            builder.AddAcquisition();
            builder.Services.AddHealthChecks().AddCheck<StoreCheck<IndexersDb>>("indexers").AddCheck<StoreCheck<AcquisitionDb>>("acquisition");
            if (settings.ManagedClient)
            {
                builder.AddManagedDownloadClient();
            }
            if (settings.Server is { } server)
            {
                builder.Services.AddHttpClient();
                builder.Services.AddHealthChecks().Add(new HealthCheckRegistration("server", sp => new ServerLinkCheck(server, sp.GetRequiredService<IHttpClientFactory>()), HealthStatus.Degraded, null));
            }
        }, app =>
        {
            app.MapIndexersEndpoints();
            app.MapAcquisitionEndpoints();
        });

    private static WebApplication BuildEgress(ServerSettings settings, Action<IServiceCollection>? configureServices) =>
        BuildRoleApart(settings, configureServices, builder =>
        {
            builder.AddEgress(settings.Egress!);
            builder.Services.AddHealthChecks().AddCheck<TunnelCheck>("tunnel");
        }, app => app.MapEgressEndpoints());

    /// <summary>A role apart from the server: no accounts, the role key at the door, its health open.</summary>
    private static WebApplication BuildRoleApart(ServerSettings settings, Action<IServiceCollection>? configureServices, Action<WebApplicationBuilder> add, Action<WebApplication> map)
    {
        var builder = HearthDefaults.CreateBuilder(settings);
        builder.AddRoleAccess(LoadKey(settings, create: true));
        add(builder);
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseHearthDefaults(settings);
        app.UseRoleGate();
        app.UseStatusCodePages();
        app.UseRoutingRejections();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealth(settings.Role);
        app.MapRolePing();
        map(app);
        return app;
    }

    private static RoleKey LoadKey(ServerSettings settings, bool create) =>
        RoleKey.Load(settings.RoleKeyFile ?? new DataFolder(settings.Data).RoleKey, create);

    public static string Version => HearthDefaults.Version;

    /// <summary>Migrates, seeds, starts listening, and answers the address it serves on.</summary>
    public static async Task<string> StartAsync(WebApplication app, ServerSettings settings, TextWriter console, CancellationToken ct)
    {
        var serves = settings.Role is HearthRole.All or HearthRole.Server;
        if (serves)
        {
            await app.Services.MigrateAccessAsync(ct).ConfigureAwait(false);
            await app.Services.MigrateLibraryAsync(ct).ConfigureAwait(false);
        }

        if (settings.Role is HearthRole.All or HearthRole.Acquire)
        {
            await app.Services.MigrateIndexersAsync(ct).ConfigureAwait(false);
            await app.Services.MigrateAcquisitionAsync(ct).ConfigureAwait(false);
        }

        var startup = serves ? app.Services.GetRequiredService<StartupTasks>() : null;
        var demoCreated = startup is not null && await startup.SeedLibrariesAsync(settings, console, ct).ConfigureAwait(false);
        await app.StartAsync(ct).ConfigureAwait(false);
        if (demoCreated)
        {
            await startup!.WaitForScansAsync(TimeSpan.FromMinutes(2), ct).ConfigureAwait(false);
        }

        // the port the server really got (tests ask for port 0)
        var bound = new Uri(app.Urls.First());
        var shown = settings.Bind is "0.0.0.0" or "*" ? "127.0.0.1" : settings.Bind is "::" ? "[::1]" : bound.Host;
        var url = $"http://{shown}:{bound.Port}";
        if (startup is not null)
        {
            await startup.AnnounceSetupAsync(url, console, ct).ConfigureAwait(false);
        }

        // start-up (migrations, models, seeding) leaves garbage the heap would keep committed until it is needed:
        // one aggressive collection hands it back, so a box that is idle holds only what Hearth uses
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return url;
    }

    /// <summary>The answer of /api/v1/server.</summary>
    public sealed record ServerInfo(string Name, string Version, string Os, string Dotnet);
}
