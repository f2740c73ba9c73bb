using Hearth.Access.Users;
using Hearth.Core.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Jellyfin.Items;

/// <summary>
/// Whose view a request is for. Jellyfin routes name a user (<c>/Users/{userId}/…</c> or <c>?userId=</c>): it must be
/// the caller, or the caller is an admin browsing as that person (with that person's libraries, never more).
/// </summary>
internal static class Callers
{
    public static async Task<(CallerAccess? Caller, IResult? Refusal)> ResolveAsync(HttpContext http, UserService users)
    {
        var caller = CallerAccess.FromPrincipal(http.User);
        var named = http.GetRouteValue("userId") as string ?? new JellyfinQuery(http.Request.Query).Text("userId");
        if (string.IsNullOrWhiteSpace(named))
        {
            return (caller, null);
        }

        if (!JellyfinIds.TryParse(named, out var id))
        {
            return (null, TypedResults.NotFound());
        }

        if (id == caller.UserId)
        {
            return (caller, null);
        }

        if (!caller.IsAdmin)
        {
            return (null, TypedResults.StatusCode(StatusCodes.Status403Forbidden));
        }

        var user = await users.GetAsync(id, http.RequestAborted).ConfigureAwait(false);
        return user is null
            ? (null, TypedResults.NotFound())
            : (new CallerAccess(user.Id, user.Name, user.IsAdmin, user.AllLibraries, user.Libraries.ToHashSet()), null);
    }
}
