using System.Text.Encodings.Web;
using Hearth.Core.Roles;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Access.Sessions;

/// <summary>
/// Signs a request in on a role that runs apart from the server: only with the role key, and then as the caller
/// the server forwarded (none when the server forwarded a request nobody signed in to, which the endpoint then
/// refuses as it would on the server). A request without the key, or with a wrong one, is never signed in.
/// </summary>
public sealed class RoleKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    RoleKey key)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "HearthRole";

    /// <summary>Set on a request that carried the right role key, whoever it was for.</summary>
    public const string FromRoleItem = "hearth:from-role";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var offered = Request.Headers[RoleKey.Header].ToString();
        if (offered.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!key.Matches(offered))
        {
            return Task.FromResult(AuthenticateResult.Fail("The role key is not this role's."));
        }

        Context.Items[FromRoleItem] = true;
        var caller = Request.Headers[ForwardedCaller.Header].ToString();
        if (caller.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(ForwardedCaller.Read(caller, SchemeName) is { } principal
            ? AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName))
            : AuthenticateResult.Fail("The forwarded caller cannot be read."));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"hearth\"";
        return Task.CompletedTask;
    }
}
