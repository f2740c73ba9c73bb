using Hearth.Access.Login;
using Hearth.Access.Sessions;
using Hearth.Access.Users;
using Hearth.Core.Access;
using Hearth.Jellyfin.Auth;
using Hearth.Jellyfin.Dtos;
using Hearth.Jellyfin.Json;
using Hearth.Jellyfin.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Hearth.Jellyfin.Users;

/// <summary>Signing in by name and password, and the user records apps read (never another person's unless admin).</summary>
internal static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/Users/AuthenticateByName", AuthenticateByNameAsync).AllowAnonymous();
        routes.MapGet("/Users/Public", PublicAsync).AllowAnonymous();
        routes.MapGet("/Users/Me", (HttpContext http, ServerIdentity server) => JellyfinJson.Ok(UserMapping.From(CallerAccess.FromPrincipal(http.User), server.Id)));
        routes.MapGet("/Users", ListAsync);
        routes.MapGet("/Users/{userId}", GetAsync);
    }

    /// <summary>The body of <c>/Users/AuthenticateByName</c>: <c>Pw</c> since Jellyfin 10.x, <c>Password</c> from older apps.</summary>
    internal sealed record AuthenticateUserByName(string? Username, string? Pw, string? Password);

    /// <summary>
    /// The native sign-in's rules (address throttle, account lockout, the same words for a wrong name and a wrong
    /// password), answered in Jellyfin's shape: a Hearth session whose token the app sends from then on.
    /// </summary>
    private static async Task<IResult> AuthenticateByNameAsync(HttpContext http, UserService users, SessionService sessions, LoginThrottle throttle, ServerIdentity server)
    {
        http.Response.Headers.CacheControl = "no-store";
        var (body, problem) = await JellyfinJson.ReadAsync<AuthenticateUserByName>(http.Request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var password = body?.Pw ?? body?.Password ?? string.Empty;
        if (string.IsNullOrWhiteSpace(body?.Username) || password.Length > UserService.MaxPasswordLength)
        {
            return JellyfinJson.BadRequest("Send Username and Pw.");
        }

        if (!throttle.TryBegin(http.Connection.RemoteIpAddress, out var attempt, out var wait))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem("Too many failed sign-ins from this address; try again later.", statusCode: StatusCodes.Status429TooManyRequests, title: "Slow down");
        }

        (LoginOutcome Outcome, Guid? UserId, TimeSpan RetryAfter) result;
        try
        {
            result = await users.CheckLoginAsync(body.Username, password, http.RequestAborted).ConfigureAwait(false);
        }
        catch
        {
            attempt.Abandoned();
            throw;
        }

        if (result.Outcome == LoginOutcome.LockedOut)
        {
            attempt.Failed(body.Username);
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(result.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem("Too many wrong passwords for this name; sign-in for it is paused for a while.", statusCode: StatusCodes.Status429TooManyRequests, title: "Slow down");
        }

        if (result.Outcome != LoginOutcome.Ok || result.UserId is not { } userId)
        {
            attempt.Failed(body.Username);
            return TypedResults.Problem("Wrong user name or password.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        }

        attempt.Succeeded(body.Username);
        var client = http.Items[ClientAuthorization.Item] as ClientAuthorization ?? ClientAuthorization.Parse(http.Request.Headers.Authorization.ToString()) ?? ClientAuthorization.Parse(http.Request.Headers["X-Emby-Authorization"].ToString());
        return JellyfinJson.Ok(await SignInAsync(sessions, server, userId, client, http.RequestAborted).ConfigureAwait(false));
    }

    /// <summary>A new Hearth session for the app, described by what it said of itself (the admin's sessions list shows it).</summary>
    internal static async Task<AuthenticationResult> SignInAsync(SessionService sessions, ServerIdentity server, Guid userId, ClientAuthorization? client, CancellationToken ct)
    {
        var described = client is null ? "Jellyfin app" : $"{client.Client ?? "Jellyfin app"} {client.Version} on {client.Device ?? "a device"}".Replace("  ", " ", StringComparison.Ordinal);
        var token = await sessions.CreateAsync(userId, described, ct).ConfigureAwait(false);
        var caller = await sessions.ValidateAsync(token, ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException("a session just made did not validate");
        var session = new SessionInfoDto(
            JellyfinIds.Format(Guid.NewGuid()),
            JellyfinIds.Format(userId),
            caller.Name,
            client?.Client,
            client?.Device,
            client?.DeviceId,
            client?.Version,
            DateTimeOffset.UtcNow,
            server.Id);
        return new AuthenticationResult(UserMapping.From(caller, server.Id), session, token, server.Id);
    }

    private static async Task<IResult> PublicAsync(HttpContext http, UserService users, ServerIdentity server, IOptionsMonitor<JellyfinOptions> options)
    {
        if (!options.CurrentValue.ListUsersPublicly)
        {
            return JellyfinJson.Ok(Array.Empty<JellyfinUser>());
        }

        var all = await users.ListAsync(http.RequestAborted).ConfigureAwait(false);
        return JellyfinJson.Ok(all.Select(u => UserMapping.From(u, server.Id) with { Policy = UserMapping.From(u, server.Id).Policy with { IsHidden = false } }).ToList());
    }

    private static async Task<IResult> ListAsync(HttpContext http, UserService users, ServerIdentity server)
    {
        var caller = CallerAccess.FromPrincipal(http.User);
        if (!caller.IsAdmin)
        {
            return JellyfinJson.Ok(new[] { UserMapping.From(caller, server.Id) });
        }

        var all = await users.ListAsync(http.RequestAborted).ConfigureAwait(false);
        return JellyfinJson.Ok(all.Select(u => UserMapping.From(u, server.Id)).ToList());
    }

    private static async Task<IResult> GetAsync(HttpContext http, UserService users, ServerIdentity server, string userId)
    {
        var caller = CallerAccess.FromPrincipal(http.User);
        if (!JellyfinIds.TryParse(userId, out var id))
        {
            return TypedResults.NotFound();
        }

        if (id == caller.UserId)
        {
            return JellyfinJson.Ok(UserMapping.From(caller, server.Id));
        }

        // another person's record is an admin's business; to anyone else it does not exist
        if (!caller.IsAdmin || await users.GetAsync(id, http.RequestAborted).ConfigureAwait(false) is not { } user)
        {
            return TypedResults.NotFound();
        }

        return JellyfinJson.Ok(UserMapping.From(user, server.Id));
    }
}
