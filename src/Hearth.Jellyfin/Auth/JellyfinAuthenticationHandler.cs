using System.Text.Encodings.Web;
using Hearth.Access.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Jellyfin.Auth;

/// <summary>
/// Signs a Jellyfin app's request in with Hearth's own sessions and API keys, from every place these apps put the
/// token: <c>Authorization: MediaBrowser … Token="…"</c>, <c>X-Emby-Authorization</c>, <c>X-Emby-Token</c>,
/// <c>X-MediaBrowser-Token</c>, and the <c>api_key</c>/<c>ApiKey</c> query parameter — an API key there on any
/// route of this API, a session token only on media routes (<see cref="MediaUrlToken"/>). The caller gets the
/// same claims, so the same libraries and rights, as on the native API.
/// </summary>
public sealed class JellyfinAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SessionService sessions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Jellyfin";

    private static readonly string[] TokenHeaders = ["X-Emby-Token", "X-MediaBrowser-Token"];
    private static readonly string[] QueryParameters = ["api_key", "ApiKey"];

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var client = ClientAuthorization.Parse(Request.Headers.Authorization.ToString())
            ?? ClientAuthorization.Parse(Request.Headers["X-Emby-Authorization"].ToString());
        if (client is not null)
        {
            Context.Items[ClientAuthorization.Item] = client;
        }

        var token = FindToken(client);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        var caller = await sessions.ValidateAsync(token, Context.RequestAborted).ConfigureAwait(false);
        if (caller is null)
        {
            return AuthenticateResult.Fail("The token is not valid or has expired.");
        }

        Context.Items[HearthAuthenticationHandler.TokenItem] = token;
        return AuthenticateResult.Success(new AuthenticationTicket(CallerPrincipal.Create(caller, SchemeName), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    private string? FindToken(ClientAuthorization? client)
    {
        if (client?.Token is { } fromHeader)
        {
            return fromHeader;
        }

        foreach (var header in TokenHeaders)
        {
            if (NonEmpty(Request.Headers[header].ToString()) is { } token)
            {
                return token;
            }
        }

        var mediaUrl = Context.GetEndpoint()?.Metadata.GetMetadata<MediaUrlToken>() is not null;
        foreach (var parameter in QueryParameters)
        {
            if (NonEmpty(Request.Query[parameter].ToString()) is { } token && (mediaUrl || token.StartsWith(Tokens.ApiKeyPrefix, StringComparison.Ordinal)))
            {
                return token;
            }
        }

        return null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
