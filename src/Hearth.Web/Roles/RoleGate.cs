using System.Net;
using Hearth.Core.Roles;

namespace Hearth.Web.Roles;

/// <summary>
/// The door of a role that runs apart from the server: every request but /health must carry the role key, and
/// only then are the server's X-Forwarded-* headers believed (so the links a role writes name the server).
/// </summary>
public static class RoleGate
{
    /// <summary>A route that answers 204 to the role key alone: how the server checks the link and the key.</summary>
    public const string PingRoute = "/api/v1/role/ping";

    public static WebApplication UseRoleGate(this WebApplication app)
    {
        var key = app.Services.GetRequiredService<RoleKey>();
        app.Use(async (http, next) =>
        {
            if (http.Request.Path.Equals("/health", StringComparison.OrdinalIgnoreCase))
            {
                await next(http).ConfigureAwait(false);
                return;
            }

            if (!key.Matches(http.Request.Headers[RoleKey.Header].ToString()))
            {
                http.Response.Headers[AcquireProxy.RefusedHeader] = "1";
                await Results.Problem(
                    "This Hearth role answers only the server, which sends the role key; people and tools reach it through the server.",
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "The role key is missing or wrong").ExecuteAsync(http).ConfigureAwait(false);
                return;
            }

            BelieveForwardedHeaders(http);
            await next(http).ConfigureAwait(false);
        });
        return app;
    }

    public static IEndpointRouteBuilder MapRolePing(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(PingRoute, () => TypedResults.NoContent()).AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    private static void BelieveForwardedHeaders(HttpContext http)
    {
        var request = http.Request;
        if (request.Headers["X-Forwarded-Host"].ToString() is { Length: > 0 } host)
        {
            request.Host = new HostString(host);
        }

        if (request.Headers["X-Forwarded-Proto"].ToString() is "http" or "https")
        {
            request.Scheme = request.Headers["X-Forwarded-Proto"].ToString();
        }

        if (IPAddress.TryParse(request.Headers["X-Forwarded-For"].ToString(), out var client))
        {
            http.Connection.RemoteIpAddress = client;
        }
    }
}
