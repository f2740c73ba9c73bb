using Hearth.Access.Sessions;
using Hearth.Core.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Access.Users;

/// <param name="RevokeApiKeys">Also revoke the person's API keys (sessions always end with a new password).</param>
public sealed record PasswordChange(string Password, bool RevokeApiKeys = false);

public static class UsersEndpoints
{
    public static void MapUsersEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/users").WithTags("Users");
        group.MapGet("/", async (UserService users, CancellationToken ct) => TypedResults.Ok(await users.ListAsync(ct).ConfigureAwait(false)))
            .RequireAuthorization(CallerAccess.AdminPolicy);
        group.MapPost("/", CreateAsync).RequireAuthorization(CallerAccess.AdminPolicy);
        group.MapPatch("/{id:guid}", UpdateAsync).RequireAuthorization(CallerAccess.AdminPolicy);
        group.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(CallerAccess.AdminPolicy);
        group.MapPost("/{id:guid}/password", SetPasswordAsync);
        group.MapGet("/{id:guid}/api-keys", async (Guid id, SessionService sessions, CancellationToken ct) => TypedResults.Ok(await sessions.ListApiKeysAsync(id, ct).ConfigureAwait(false)))
            .RequireAuthorization(CallerAccess.AdminPolicy).WithSummary("Someone's API keys (admin)");
        group.MapDelete("/{id:guid}/api-keys/{keyId:guid}", async Task<Results<NoContent, NotFound>> (Guid id, Guid keyId, SessionService sessions, CancellationToken ct) =>
            await sessions.RevokeApiKeyAsync(id, keyId, ct).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(CallerAccess.AdminPolicy).WithSummary("Revokes someone's API key (admin)");
    }

    private static async Task<Results<Created<UserDto>, ProblemHttpResult>> CreateAsync(NewUser request, UserService users, CancellationToken ct)
    {
        try
        {
            var user = await users.CreateAsync(request, ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/v1/users/{user.Id}", user);
        }
        catch (UserException e)
        {
            return Problem(e);
        }
    }

    private static async Task<Results<Ok<UserDto>, NotFound, ProblemHttpResult>> UpdateAsync(Guid id, UserChange change, UserService users, CancellationToken ct)
    {
        try
        {
            var user = await users.UpdateAsync(id, change, ct).ConfigureAwait(false);
            return user is null ? TypedResults.NotFound() : TypedResults.Ok(user);
        }
        catch (UserException e)
        {
            return Problem(e);
        }
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(Guid id, UserService users, CancellationToken ct)
    {
        try
        {
            return await users.DeleteAsync(id, ct).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound();
        }
        catch (UserException e)
        {
            return Problem(e);
        }
    }

    /// <summary>An admin resets anyone's password; others only their own.</summary>
    private static async Task<Results<NoContent, NotFound, ForbidHttpResult, ProblemHttpResult>> SetPasswordAsync(HttpContext http, Guid id, PasswordChange change, UserService users)
    {
        var caller = CallerAccess.FromPrincipal(http.User);
        if (!caller.IsAdmin && caller.UserId != id)
        {
            return TypedResults.Forbid();
        }

        try
        {
            return await users.SetPasswordAsync(id, change.Password, http.RequestAborted, change.RevokeApiKeys).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound();
        }
        catch (UserException e)
        {
            return Problem(e);
        }
    }

    private static ProblemHttpResult Problem(UserException e) => e is UserConflictException
        ? TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "Name taken")
        : TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Not done");
}
