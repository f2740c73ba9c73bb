using System.Security.Claims;
using Hearth.Access.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Hearth.Jellyfin.Auth;

/// <summary>
/// For the routes that let anonymous requests in to check a capability tag themselves (pictures, direct-play
/// streams): the caller when the request carried credentials, by either scheme, or null.
/// </summary>
internal static class SignedIn
{
    public static async Task<ClaimsPrincipal?> CallerAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            return http.User;
        }

        foreach (var scheme in (string[])[JellyfinAuthenticationHandler.SchemeName, HearthAuthenticationHandler.SchemeName])
        {
            var result = await http.AuthenticateAsync(scheme).ConfigureAwait(false);
            if (result.Succeeded)
            {
                return result.Principal;
            }
        }

        return null;
    }
}
