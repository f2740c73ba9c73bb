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

public sealed record Me(Guid Id, string Name, bool IsAdmin, bool AllLibraries, IReadOnlyList<Guid> Libraries, bool CanUseIndexers);

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
        group.MapGet("/me/api-keys", async (HttpContext http, SessionService sessions) =>
            TypedResults.Ok(await sessions.ListApiKeysAsync(CallerAccess.FromPrincipal(http.User).UserId, http.RequestAborted).ConfigureAwait(false)))
            .WithSummary("The caller's API keys (names and dates; a key is shown only once, when made)");
        group.MapDelete("/me/api-keys/{keyId:guid}", async Task<Results<NoContent, NotFound>> (HttpContext http, Guid keyId, SessionService sessions) =>
            await sessions.RevokeApiKeyAsync(CallerAccess.FromPrincipal(http.User).UserId, keyId, http.RequestAborted).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Revokes one of the caller's API keys at once");
    }

    private static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> SetupAsync(
        HttpContext http, SetupRequest request, SetupToken setup, UserService users, SessionService sessions, LoginThrottle throttle)
    {
        NoStore(http);
        if (!throttle.TryBegin(http.Connection.RemoteIpAddress, out var attempt, out var wait))
        {
            return TooMany(http, wait);
        }

        // one setup at a time: two racing requests with the token must not make two admins
        try
        {
            await setup.Gate.WaitAsync(http.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            attempt.Abandoned();
            throw;
        }

        UserDto admin;
        try
        {
            if (await users.AnyAsync(http.RequestAborted).ConfigureAwait(false))
            {
                attempt.Abandoned();
                return TypedResults.Problem("Setup is done already; sign in instead.", statusCode: StatusCodes.Status409Conflict, title: "Setup done");
            }

            if (!setup.Matches(request.Token))
            {
                attempt.Failed("setup");
                return TypedResults.Problem("The setup token is not right. It is in the file setup-token in the data folder, and was printed when the server started.", statusCode: StatusCodes.Status401Unauthorized, title: "Wrong setup token");
            }

            attempt.Succeeded("setup");
            try
            {
                admin = await users.CreateAsync(new NewUser(request.Username, request.Password, IsAdmin: true), http.RequestAborted).ConfigureAwait(false);
            }
            catch (UserConflictException)
            {
                // the name was taken between the check and the insert (a `hearth user add` at the same moment)
                return TypedResults.Problem("Setup is done already; sign in instead.", statusCode: StatusCodes.Status409Conflict, title: "Setup done");
            }
            catch (UserException e)
            {
                return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The admin was not created");
            }
        }
        finally
        {
            setup.Gate.Release();
        }

        return TypedResults.Ok(await SignInAsync(http, sessions, admin.Id).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> LoginAsync(
        HttpContext http, LoginRequest request, UserService users, SessionService sessions, LoginThrottle throttle)
    {
        NoStore(http);
        if (request.Password is { Length: > UserService.MaxPasswordLength })
        {
            return TypedResults.Problem($"A password is at most {UserService.MaxPasswordLength} characters.", statusCode: StatusCodes.Status400BadRequest, title: "Sign-in failed");
        }

        if (!throttle.TryBegin(http.Connection.RemoteIpAddress, out var attempt, out var wait))
        {
            return TooMany(http, wait);
        }

        (LoginOutcome Outcome, Guid? UserId, TimeSpan RetryAfter) result;
        try
        {
            result = await users.CheckLoginAsync(request.Username, request.Password, http.RequestAborted).ConfigureAwait(false);
        }
        catch
        {
            attempt.Abandoned();
            throw;
        }

        switch (result.Outcome)
        {
            case LoginOutcome.LockedOut:
                attempt.Failed(request.Username);
                // the same words whether or not the name has an account
                return TooMany(http, result.RetryAfter, "Too many wrong passwords for this name; sign-in for it is paused for a while.");
            case LoginOutcome.WrongCredentials:
                attempt.Failed(request.Username);
                return TypedResults.Problem("Wrong user name or password.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
            default:
                attempt.Succeeded(request.Username);
                return TypedResults.Ok(await SignInAsync(http, sessions, result.UserId!.Value).ConfigureAwait(false));
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

        NoStore(http);
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
            MaxAge = sessions.Lifetime,
            Path = "/",
        });
        var caller = await sessions.ValidateAsync(token, http.RequestAborted).ConfigureAwait(false);
        return new LoginResponse(token, ToMe(caller!));
    }

    // an answer that carries a token or key must not sit in a browser's or a proxy's cache
    private static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = "no-store";

    private static ProblemHttpResult TooMany(HttpContext http, TimeSpan wait, string? detail = null)
    {
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(detail ?? "Too many failed sign-ins from this address; try again later.", statusCode: StatusCodes.Status429TooManyRequests, title: "Slow down");
    }

    private static Me ToMe(CallerAccess caller) => new(caller.UserId, caller.Name, caller.IsAdmin, caller.AllLibraries, [.. caller.Libraries], caller.CanUseIndexers);
}
