using System.Security.Claims;
using System.Text.Encodings.Web;
using Hearth.Core.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Access.Sessions;

/// <summary>
/// Signs a request in from, in order: an `Authorization: Bearer` token, an `X-Api-Key` header, an
/// `api_key` query parameter (for players that cannot set headers on a media URL), an `apikey` query
/// parameter holding an API key (how Torznab clients such as Sonarr send it), or the session cookie.
/// </summary>
public sealed class HearthAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SessionService sessions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Hearth";
    public const string CookieName = "hearth_session";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = FindToken();
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        var caller = await sessions.ValidateAsync(token, Context.RequestAborted).ConfigureAwait(false);
        if (caller is null)
        {
            return AuthenticateResult.Fail("The token is not valid or has expired.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, caller.Name),
            new(CallerAccess.UserIdClaim, caller.UserId.ToString()),
            new(CallerAccess.AdminClaim, caller.IsAdmin ? "true" : "false"),
            new(CallerAccess.AllLibrariesClaim, caller.AllLibraries ? "true" : "false"),
        };
        claims.AddRange(caller.Libraries.Select(id => new Claim(CallerAccess.LibraryClaim, id.ToString())));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        Context.Items[TokenItem] = token;
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"hearth\"";
        return Task.CompletedTask;
    }

    /// <summary>Where the endpoints find the token the request signed in with (to log it out).</summary>
    public const string TokenItem = "hearth:token";

    private string? FindToken()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return NonEmpty(header["Bearer ".Length..].Trim());
        }

        return NonEmpty(Request.Headers["X-Api-Key"].ToString())
            ?? NonEmpty(Request.Query["api_key"].ToString())
            ?? ApiKeyOnly(Request.Query["apikey"].ToString())
            ?? NonEmpty(Request.Cookies[CookieName]);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // the Torznab spelling takes API keys only, never a session token
    private static string? ApiKeyOnly(string? value) => value?.StartsWith(Tokens.ApiKeyPrefix, StringComparison.Ordinal) == true ? value : null;
}
