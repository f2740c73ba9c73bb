using Hearth.Core.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Egress.Api;

/// <summary>The egress control API: status for anyone signed in, restart for admins. Nothing here is anonymous.</summary>
public static class EgressEndpoints
{
    public static IEndpointRouteBuilder MapEgressControlEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/egress").WithTags("Egress");
        group.MapGet("/status", GetStatusAsync);
        group.MapPost("/restart", RestartAsync).RequireAuthorization(CallerAccess.AdminPolicy);
        routes.MapGet("/metrics", GetMetricsAsync).WithTags("Egress");
        return routes;
    }

    private static async Task<Ok<EgressStatus>> GetStatusAsync(EgressController egress, CancellationToken ct) =>
        TypedResults.Ok(await egress.StatusAsync(ct).ConfigureAwait(false));

    private static async Task<Results<Ok<EgressStatus>, ProblemHttpResult>> RestartAsync(EgressController egress, CancellationToken ct)
    {
        try
        {
            await egress.RestartAsync("restart asked through the control API", ct).ConfigureAwait(false);
            return TypedResults.Ok(await egress.StatusAsync(ct).ConfigureAwait(false));
        }
        catch (Exception e) when (e is Core.Processes.ExternalProcessException or IOException or InvalidOperationException)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The tunnel could not be restarted; the kill switch stays on");
        }
    }

    private static async Task<ContentHttpResult> GetMetricsAsync(EgressController egress, CancellationToken ct) =>
        TypedResults.Text(EgressMetrics.Format(await egress.StatusAsync(ct).ConfigureAwait(false)), "text/plain; version=0.0.4; charset=utf-8");
}
