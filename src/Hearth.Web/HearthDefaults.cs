using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hearth.Core.Paths;
using Hearth.Web.Roles;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hearth.Web;

/// <summary>
/// What every role's host is built from, so the server, acquire and egress log, fail, describe their health and
/// write JSON alike: the console logger that keeps secrets out, ProblemDetails, enums as words, health checks
/// and the metrics hook; and the front of the pipeline every role shares.
/// </summary>
public static class HearthDefaults
{
    /// <summary>A slim host for one role, listening where the settings allow and nowhere else.</summary>
    public static WebApplicationBuilder CreateBuilder(ServerSettings settings, Action<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>? listen = null)
    {
        var data = new DataFolder(settings.Data);
        data.EnsureCreated();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // settings: <data>/settings.json (the admin Settings page writes it), then HEARTH_Section__Key from the
        // environment, which wins; what the command line or a test passes in wins over both
        // (read at start; the Settings page reloads it after a save, so a half-edited file is never taken mid-run)
        builder.Configuration.AddJsonFile(data.Settings, optional: true, reloadOnChange: false);
        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        builder.Configuration.AddInMemoryCollection(settings.Configuration);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(ParseBind(settings.Bind), settings.Port);
            listen?.Invoke(kestrel);
        });
        builder.Services.AddSingleton(data);
        // ASP.NET Core's key ring (every role makes one: authentication registers data protection) lives in the
        // data folder with it, not in ~/.aspnet where a second instance or a backup would miss it. Linux has no
        // DPAPI and Hearth no certificate to wrap the keys with: an encryption key stored beside them would add
        // nothing, so what protects them is the folder's mode, 0700 (and 0600 on each key file), like the stores.
        builder.Services.AddDataProtection()
            .SetApplicationName("Hearth")
            .PersistKeysToFileSystem(new DirectoryInfo(data.Keys));
        builder.AddHearthDefaults();
        return builder;
    }

    /// <summary>Environment variables named HEARTH_Section__Key set the setting Section:Key.</summary>
    public const string EnvironmentPrefix = "HEARTH_";

    public static IHostApplicationBuilder AddHearthDefaults(this IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddHearthConsole();
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        // "Hosting failed to start" with a stack trace: `hearth up` says why in one line (a setting, a taken port)
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        // its one warning says the keys are kept unencrypted: chosen, and the keys are owner-only (see CreateBuilder)
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);
        // the handlers' own lines ("was not authenticated", "was challenged") are two per refused request:
        // RefusedRequests logs refusals once, at debug, and warns of a burst
        builder.Logging.AddFilter(typeof(Hearth.Access.Sessions.HearthAuthenticationHandler).FullName, LogLevel.Warning);
        builder.Logging.AddFilter(typeof(Hearth.Access.Sessions.RoleKeyAuthenticationHandler).FullName, LogLevel.Warning);
        builder.Services.AddSingleton<RefusedRequests>();
        builder.Services.AddProblemDetails();
        // a request the endpoint cannot read throws, so BadRequestProblems can say what and where (else a bare 400)
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<BadRequestProblems>();
        // enums travel as words ("hdr10", "dolbyVision"), as clients and people read them
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        // each context adds its checks (its store, the tunnel, the other role); /health reports them all
        builder.Services.AddHealthChecks();
        // the metrics hook: contexts publish on System.Diagnostics.Metrics meters, an exporter (operations) reads them
        builder.Services.AddMetrics();
        return builder;
    }

    /// <summary>The front of every role's pipeline: the client's real address first, then headers, errors and status pages.</summary>
    public static WebApplication UseHearthDefaults(this WebApplication app, ServerSettings settings)
    {
        // first: the client's address and scheme must be right for everything after (throttle, cookie, origin check)
        app.UseTrustedProxies(settings.TrustedProxies);
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseRefusedRequestLog();
        return app;
    }

    /// <summary>GET /health: open, so a supervisor can ask; says the role, the version and each check, never a secret.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes, HearthRole role)
    {
        routes.MapGet("/health", async Task<IResult> (HealthCheckService checks, CancellationToken ct) =>
        {
            var report = await checks.CheckHealthAsync(ct).ConfigureAwait(false);
            var health = new Health(
                report.Status switch { HealthStatus.Healthy => "ok", HealthStatus.Degraded => "degraded", _ => "unhealthy" },
                Version,
                HearthRoles.Name(role),
                NetworkNamespace(),
                report.Entries.ToDictionary(e => e.Key, e => new HealthCheck(e.Value.Status == HealthStatus.Healthy ? "ok" : e.Value.Status.ToString().ToLowerInvariant(), e.Value.Description)));
            // a role that cannot do its work answers 503, so a supervisor restarts or alerts; a degraded one still works
            return report.Status == HealthStatus.Unhealthy ? TypedResults.Json(health, statusCode: StatusCodes.Status503ServiceUnavailable) : TypedResults.Ok(health);
        }).AllowAnonymous().WithTags("Server").Produces<Health>().Produces<Health>(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    public static string Version { get; } = typeof(HearthDefaults).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The answer of /health (named, not anonymous, so the OpenAPI document describes it exactly).</summary>
    /// <param name="Status">"ok", "degraded" (works, but something needs a look) or "unhealthy" (answered with 503).</param>
    /// <param name="Network">The network namespace the role runs in (acquire runs inside the egress namespace under --vpn).</param>
    public sealed record Health(string Status, string Version, string Role, string Network, IReadOnlyDictionary<string, HealthCheck> Checks);

    /// <param name="Status">"ok", "degraded" or "unhealthy".</param>
    /// <param name="Description">What is wrong, in words (null when all is well).</param>
    public sealed record HealthCheck(string Status, string? Description);

    internal static IPAddress ParseBind(string bind) => bind switch
    {
        "localhost" => IPAddress.Loopback,
        "*" or "0.0.0.0" => IPAddress.Any,
        _ when IPAddress.TryParse(bind, out var address) => address,
        _ => throw new ArgumentException($"--bind takes an IP address (127.0.0.1, 0.0.0.0, a LAN or tailnet address), not '{bind}'"),
    };

    private static string NetworkNamespace() => new FileInfo("/proc/self/ns/net").LinkTarget ?? "unknown";
}
