using Hearth.Access.Users;
using Hearth.Jellyfin.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Jellyfin.Server;

/// <summary>What an app asks before it signs in: is this a server, which one, and what does its sign-in page look like.</summary>
internal static class SystemEndpoints
{
    public static void MapSystemEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/System/Info/Public", PublicInfoAsync).AllowAnonymous();
        routes.MapGet("/System/Info", InfoAsync);
        routes.MapGet("/System/Ping", () => JellyfinJson.Ok(ServerIdentity.ProductName)).AllowAnonymous();
        routes.MapPost("/System/Ping", () => JellyfinJson.Ok(ServerIdentity.ProductName)).AllowAnonymous();
        routes.MapGet("/System/Endpoint", (HttpContext http) => JellyfinJson.Ok(new EndpointInfo(IsLocal(http), IsLocal(http))));
        routes.MapGet("/Branding/Configuration", () => JellyfinJson.Ok(new BrandingOptions(null, string.Empty, false))).AllowAnonymous();
        routes.MapGet("/Branding/Css", () => TypedResults.Text(string.Empty, "text/css")).AllowAnonymous();
        routes.MapGet("/Branding/Css.css", () => TypedResults.Text(string.Empty, "text/css")).AllowAnonymous();
    }

    private static async Task<IResult> PublicInfoAsync(HttpContext http, ServerIdentity server, UserService users) =>
        JellyfinJson.Ok(new PublicSystemInfo(
            LocalAddress(http),
            server.Name,
            ServerIdentity.ApiVersion,
            ServerIdentity.ProductName,
            string.Empty,
            server.Id,
            await users.AnyAsync(http.RequestAborted).ConfigureAwait(false)));

    private static IResult InfoAsync(HttpContext http, ServerIdentity server) =>
        JellyfinJson.Ok(new SystemInfo(
            LocalAddress(http),
            server.Name,
            ServerIdentity.ApiVersion,
            ServerIdentity.ProductName,
            string.Empty,
            server.Id,
            StartupWizardCompleted: true,
            OperatingSystemDisplayName: "Linux",
            PackageName: "hearth",
            HasPendingRestart: false,
            IsShuttingDown: false,
            SupportsLibraryMonitor: true,
            WebSocketPortNumber: http.Connection.LocalPort,
            CompletedInstallations: [],
            CanSelfRestart: false,
            CanLaunchWebBrowser: false,
            HasUpdateAvailable: false,
            TranscodingTempPath: string.Empty,
            CastReceiverApplications: []));

    /// <summary>The address the app reached this server on: the one it can use again.</summary>
    private static string LocalAddress(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    private static bool IsLocal(HttpContext http) => http.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address);

    internal sealed record PublicSystemInfo(string LocalAddress, string ServerName, string Version, string ProductName, string OperatingSystem, string Id, bool StartupWizardCompleted);

    internal sealed record SystemInfo(
        string LocalAddress,
        string ServerName,
        string Version,
        string ProductName,
        string OperatingSystem,
        string Id,
        bool StartupWizardCompleted,
        string OperatingSystemDisplayName,
        string PackageName,
        bool HasPendingRestart,
        bool IsShuttingDown,
        bool SupportsLibraryMonitor,
        int WebSocketPortNumber,
        IReadOnlyList<object> CompletedInstallations,
        bool CanSelfRestart,
        bool CanLaunchWebBrowser,
        bool HasUpdateAvailable,
        string TranscodingTempPath,
        IReadOnlyList<object> CastReceiverApplications);

    internal sealed record EndpointInfo(bool IsLocal, bool IsInNetwork);

    internal sealed record BrandingOptions(string? LoginDisclaimer, string CustomCss, bool SplashscreenEnabled);
}
