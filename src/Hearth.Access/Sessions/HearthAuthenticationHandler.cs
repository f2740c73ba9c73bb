using System.Text.Encodings.Web;
using Hearth.Core.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Access.Sessions;

/// <summary>
/// Signs a request in from, in order: an `Authorization: Bearer` token, an `X-Api-Key` header, the
/// session cookie, or — only on endpoints marked <see cref="QueryApiKey"/>, whose protocol has no other
/// place for it (Torznab, grab links) — an API key in the `apikey` or `api_key` query parameter.
/// A session token in a URL is never taken: URLs end up in proxy logs and browser history.
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
        var (token, fromCookie) = FindToken();
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        var caller = await sessions.ValidateAsync(token, Context.RequestAborted).ConfigureAwait(false);
        if (caller is null)
        {
            return AuthenticateResult.Fail("The token is not valid or has expired.");
        }

        var principal = CallerPrincipal.Create(caller, SchemeName);
        Context.Items[TokenItem] = token;
        if (fromCookie)
        {
            Context.Items[CookieItem] = true;
        }

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

    /// <summary>Set when the request signed in with the session cookie, which a browser sends by itself (see <see cref="CrossSiteGuard"/>).</summary>
    public const string CookieItem = "hearth:cookie";

    private (string? Token, bool FromCookie) FindToken()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (NonEmpty(header["Bearer ".Length..].Trim()), false);
        }

        if (NonEmpty(Request.Headers["X-Api-Key"].ToString()) is { } headerKey)
        {
            return (headerKey, false);
        }

        if (NonEmpty(Request.Cookies[CookieName]) is { } cookie)
        {
            return (cookie, true);
        }

        if (Context.GetEndpoint()?.Metadata.GetMetadata<QueryApiKey>() is not null)
        {
            foreach (var parameter in QueryApiKey.Parameters)
            {
                if (ApiKeyOnly(Request.Query[parameter].ToString()) is { } key)
                {
                    return (key, false);
                }
            }
        }

        return (null, false);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string? ApiKeyOnly(string? value) => value?.StartsWith(Tokens.ApiKeyPrefix, StringComparison.Ordinal) == true ? value : null;
}
