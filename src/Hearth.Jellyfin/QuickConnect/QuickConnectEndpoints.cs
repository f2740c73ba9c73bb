using Hearth.Access.Sessions;
using Hearth.Core.Access;
using Hearth.Jellyfin.Auth;
using Hearth.Jellyfin.Json;
using Hearth.Jellyfin.Server;
using Hearth.Jellyfin.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hearth.Jellyfin.QuickConnect;

/// <summary>
/// Quick Connect: the TV shows a six-digit code, a signed-in person approves it (in Hearth's web UI, or another
/// Jellyfin app), and the TV, which polls with its secret, is signed in as that person — no password typed with a
/// remote. Off (<see cref="JellyfinOptions.QuickConnect"/>): <c>Enabled</c> says false and every step is refused.
/// </summary>
internal static class QuickConnectEndpoints
{
    /// <summary>The Jellyfin routes (in the Jellyfin group) and Hearth's own route for the web UI (in the OpenAPI document).</summary>
    public static void MapQuickConnectEndpoints(this IEndpointRouteBuilder api, IEndpointRouteBuilder routes)
    {
        api.MapGet("/QuickConnect/Enabled", (IOptionsMonitor<JellyfinOptions> options) => JellyfinJson.Ok(options.CurrentValue.QuickConnect)).AllowAnonymous();
        api.MapPost("/QuickConnect/Initiate", Initiate).AllowAnonymous();
        api.MapGet("/QuickConnect/Connect", Connect).AllowAnonymous();
        api.MapPost("/QuickConnect/Authorize", Authorize);
        api.MapPost("/Users/AuthenticateWithQuickConnect", AuthenticateAsync).AllowAnonymous();

        routes.MapPost("/api/v1/quick-connect/authorize", AuthorizeNative)
            .WithTags("Quick Connect")
            .WithSummary("Approves the code a TV app shows, signing that app in as the caller")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The body of <c>POST /api/v1/quick-connect/authorize</c>.</summary>
    /// <param name="Code">The six digits the TV app shows.</param>
    public sealed record QuickConnectApproval(string? Code);

    /// <summary>Jellyfin's <c>QuickConnectResult</c>: the request as the app sees it while it waits.</summary>
    internal sealed record QuickConnectResult(bool Authenticated, string Secret, string Code, string? DeviceId, string? DeviceName, string? AppName, string? AppVersion, DateTimeOffset DateAdded);

    internal sealed record SecretBody(string? Secret);

    private static IResult Initiate(HttpContext http, QuickConnectRequests requests, IOptionsMonitor<JellyfinOptions> options)
    {
        if (!options.CurrentValue.QuickConnect)
        {
            return Off(StatusCodes.Status401Unauthorized);
        }

        var client = Client(http);
        var request = requests.Initiate(client?.DeviceId, client?.Device, client?.Client, client?.Version);
        if (request is null)
        {
            http.Response.Headers.RetryAfter = "60";
            return TypedResults.Problem("Too many Quick Connect codes are waiting; try again in a few minutes.", statusCode: StatusCodes.Status429TooManyRequests, title: "Slow down");
        }

        http.Response.Headers.CacheControl = "no-store";
        return JellyfinJson.Ok(Result(request));
    }

    private static IResult Connect(HttpContext http, QuickConnectRequests requests, IOptionsMonitor<JellyfinOptions> options, string? secret)
    {
        if (!options.CurrentValue.QuickConnect)
        {
            return Off(StatusCodes.Status401Unauthorized);
        }

        http.Response.Headers.CacheControl = "no-store";
        return requests.FindBySecret(secret) is { } request ? JellyfinJson.Ok(Result(request)) : TypedResults.NotFound();
    }

    private static IResult Authorize(HttpContext http, QuickConnectRequests requests, IOptionsMonitor<JellyfinOptions> options, string? code, string? userId)
    {
        if (!options.CurrentValue.QuickConnect)
        {
            return Off(StatusCodes.Status403Forbidden);
        }

        var caller = CallerAccess.FromPrincipal(http.User);
        // an app approves for its own user only (an admin, too: the TV is signed in as whoever approves)
        if (!string.IsNullOrEmpty(userId) && !(JellyfinIds.TryParse(userId, out var id) && id == caller.UserId))
        {
            return TypedResults.Problem("A code is approved for the person approving it.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        return IsCode(code) && requests.Authorize(code!, caller.UserId) ? JellyfinJson.Ok(true) : TypedResults.NotFound();
    }

    private static Results<NoContent, ProblemHttpResult> AuthorizeNative(
        HttpContext http, QuickConnectRequests requests, IOptionsMonitor<JellyfinOptions> options, QuickConnectApproval body)
    {
        if (!options.CurrentValue.QuickConnect)
        {
            return TypedResults.Problem("Quick Connect is turned off on this server (setting Jellyfin:QuickConnect).", statusCode: StatusCodes.Status403Forbidden, title: "Quick Connect is off");
        }

        var code = body.Code?.Trim();
        if (!IsCode(code))
        {
            return TypedResults.Problem("The code is the six digits the TV app shows.", statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        }

        return requests.Authorize(code!, CallerAccess.FromPrincipal(http.User).UserId)
            ? TypedResults.NoContent()
            : TypedResults.Problem("No TV app is waiting with this code; it may have expired (codes last ten minutes). Start again on the TV.", statusCode: StatusCodes.Status404NotFound, title: "Unknown code");
    }

    private static async Task<IResult> AuthenticateAsync(HttpContext http, QuickConnectRequests requests, IOptionsMonitor<JellyfinOptions> options, IServiceProvider services)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (!options.CurrentValue.QuickConnect)
        {
            return Off(StatusCodes.Status401Unauthorized);
        }

        var (body, problem) = await JellyfinJson.ReadAsync<SecretBody>(http.Request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (requests.Redeem(body?.Secret) is not var (request, userId))
        {
            return TypedResults.Problem("This Quick Connect request is unknown, expired, or not approved yet.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        }

        // the session is described by what the app said when it asked for the code
        var client = Client(http) ?? new ClientAuthorization(request.AppName, request.DeviceName, request.DeviceId, request.AppVersion, null);
        var result = await UserEndpoints.SignInAsync(
            services.GetRequiredService<SessionService>(), services.GetRequiredService<ServerIdentity>(), userId, client, http.RequestAborted).ConfigureAwait(false);
        return JellyfinJson.Ok(result);
    }

    private static bool IsCode(string? code) => code is { Length: 6 } && code.All(char.IsAsciiDigit);

    private static ClientAuthorization? Client(HttpContext http) =>
        http.Items[ClientAuthorization.Item] as ClientAuthorization
        ?? ClientAuthorization.Parse(http.Request.Headers.Authorization.ToString())
        ?? ClientAuthorization.Parse(http.Request.Headers["X-Emby-Authorization"].ToString());

    private static QuickConnectResult Result(PendingRequest r) =>
        new(r.ApprovedBy is not null, r.Secret, r.Code, r.DeviceId, r.DeviceName, r.AppName, r.AppVersion, r.Added);

    private static ProblemHttpResult Off(int status) =>
        TypedResults.Problem("Quick Connect is turned off on this server.", statusCode: status, title: "Quick Connect is off");
}
