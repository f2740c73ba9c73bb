using System.Security.Claims;
using Hearth.Core.Access;

namespace Hearth.Access.Sessions;

/// <summary>
/// The principal a signed-in caller gets, whichever scheme signed them in (Hearth's own, or an API edge's such as
/// the Jellyfin-compatible one): the same claims, so every check downstream reads them alike.
/// </summary>
public static class CallerPrincipal
{
    public static ClaimsPrincipal Create(CallerAccess caller, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, caller.Name),
            new(CallerAccess.UserIdClaim, caller.UserId.ToString()),
            new(CallerAccess.AdminClaim, caller.IsAdmin ? "true" : "false"),
            new(CallerAccess.AllLibrariesClaim, caller.AllLibraries ? "true" : "false"),
        };
        if (caller.MayUseIndexers)
        {
            claims.Add(new Claim(CallerAccess.IndexersClaim, "true"));
        }

        claims.AddRange(caller.Libraries.Select(id => new Claim(CallerAccess.LibraryClaim, id.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
