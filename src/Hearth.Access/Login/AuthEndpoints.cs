using Hearth.Access.Sessions;
using Hearth.Access.Setup;
using Hearth.Access.Users;
using Hearth.Core.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Access.Login;

public sealed record LoginRequest(string Username, string Password);

public sealed record SetupRequest(string Token, string Username, string Password);

public sealed record SetupState(bool Required);

public sealed record Me(Guid Id, string Name, bool IsAdmin, bool AllLibraries, IReadOnlyList<Guid> Libraries);

public sealed record LoginResponse(string Token, Me User);

public sealed record NewApiKey(string Name);

public sealed record ApiKeyCreated(string Name, string Key);

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1").WithTags("Auth");
        group.MapGet("/setup", async (UserService users, CancellationToken ct) => TypedResults.Ok(new SetupState(!await users.AnyAsync(ct).ConfigureAwait(false)))).AllowAnonymous();
        group.MapPost("/setup", SetupAsync).AllowAnonymous();
        group.MapPost("/auth/login", LoginAsync).AllowAnonymous();
        group.MapPost("/auth/logout", LogoutAsync);
        group.MapGet("/me", (HttpContext http) => TypedResults.Ok(ToMe(CallerAccess.FromPrincipal(http.User))));
        group.MapPost("/me/api-keys", CreateApiKeyAsync);
    }

    private static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> SetupAsync(
        HttpContext http, SetupRequest request, SetupToken setup, UserService users, SessionService sessions, LoginThrottle throttle)
    {
        var address = http.Connection.RemoteIpAddress;
        if (throttle.RetryAfter(address) is { TotalSeconds: > 0 } wait)
        {
            return TooMany(http, wait);
        }

        if (await users.AnyAsync(http.RequestAborted).ConfigureAwait(false))
        {
            return TypedResults.Problem("Setup is done already; sign in instead.", statusCode: StatusCodes.Status409Conflict, title: "Setup done");
        }

        if (!setup.Matches(request.Token))
        {
            throttle.Failed(address);
            return TypedResults.Problem("The setup token is not right. It is in the file setup-token in the data folder, and was printed when the server started.", statusCode: StatusCodes.Status401Unauthorized, title: "Wrong setup token");
        }

        UserDto admin;
        try
        {
            admin = await users.CreateAsync(new NewUser(request.Username, request.Password, IsAdmin: true), http.RequestAborted).ConfigureAwait(false);
        }
        catch (UserException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The admin was not created");
        }

        setup.Consume();
        return TypedResults.Ok(await SignInAsync(http, sessions, admin.Id).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> LoginAsync(
        HttpContext http, LoginRequest request, UserService users, SessionService sessions, LoginThrottle throttle)
    {
        var address = http.Connection.RemoteIpAddress;
        if (throttle.RetryAfter(address) is { TotalSeconds: > 0 } wait)
        {
            return TooMany(http, wait);
        }

        var (outcome, userId, retry) = await users.CheckLoginAsync(request.Username, request.Password, http.RequestAborted).ConfigureAwait(false);
        switch (outcome)
        {
            case LoginOutcome.LockedOut:
                return TooMany(http, retry, "This account is locked for a while after repeated wrong passwords.");
            case LoginOutcome.WrongCredentials:
                throttle.Failed(address);
                return TypedResults.Problem("Wrong user name or password.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
            default:
                throttle.Succeeded(address);
                return TypedResults.Ok(await SignInAsync(http, sessions, userId!.Value).ConfigureAwait(false));
        }
    }

    private static async Task<NoContent> LogoutAsync(HttpContext http, SessionService sessions)
    {
        if (http.Items[HearthAuthenticationHandler.TokenItem] is string token)
        {
            await sessions.RevokeAsync(token, http.RequestAborted).ConfigureAwait(false);
        }

        http.Response.Cookies.Delete(HearthAuthenticationHandler.CookieName);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<ApiKeyCreated>, ProblemHttpResult>> CreateApiKeyAsync(HttpContext http, NewApiKey request, SessionService sessions)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100)
        {
            return TypedResults.Problem("An API key needs a name of up to 100 characters.", statusCode: StatusCodes.Status400BadRequest);
        }

        var caller = CallerAccess.FromPrincipal(http.User);
        var key = await sessions.CreateApiKeyAsync(caller.UserId, request.Name.Trim(), http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok(new ApiKeyCreated(request.Name.Trim(), key));
    }

    private static async Task<LoginResponse> SignInAsync(HttpContext http, SessionService sessions, Guid userId)
    {
        var token = await sessions.CreateAsync(userId, http.Request.Headers.UserAgent.ToString(), http.RequestAborted).ConfigureAwait(false);
        http.Response.Cookies.Append(HearthAuthenticationHandler.CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            MaxAge = SessionService.Lifetime,
            Path = "/",
        });
        var caller = await sessions.ValidateAsync(token, http.RequestAborted).ConfigureAwait(false);
        return new LoginResponse(token, ToMe(caller!));
    }

    private static ProblemHttpResult TooMany(HttpContext http, TimeSpan wait, string? detail = null)
    {
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(detail ?? "Too many failed sign-ins from this address; try again later.", statusCode: StatusCodes.Status429TooManyRequests, title: "Slow down");
    }

    private static Me ToMe(CallerAccess caller) => new(caller.UserId, caller.Name, caller.IsAdmin, caller.AllLibraries, [.. caller.Libraries]);
}
