using Hearth.Core.Access;
using Microsoft.AspNetCore.Http;

namespace Hearth.Jellyfin.PlayState;

/// <summary>
/// The <c>userId</c> a Jellyfin route names. Marks and progress are written for the caller only: a userId that is
/// not the caller's is refused (403), an admin's too — Hearth has no "act as another person" and the apps never
/// need it (they send their own id).
/// </summary>
internal static class UserIds
{
    public static bool IsCaller(HttpContext http, string? userId) =>
        string.IsNullOrEmpty(userId) || (JellyfinIds.TryParse(userId, out var id) && id == CallerAccess.FromPrincipal(http.User).UserId);

    public static IResult Forbidden() =>
        TypedResults.Problem("A user may only report and mark for themselves.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
}
