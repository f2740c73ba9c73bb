using Hearth.Core.Access;
using Hearth.Streaming.Ffmpeg;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Streaming.Sessions;

public static class SessionsEndpoints
{
    public static IEndpointRouteBuilder MapSessionsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/sessions").WithTags("Sessions").RequireAuthorization(CallerAccess.AdminPolicy);
        group.MapGet("/", List).WithSummary("Who plays what, on which device, direct or transcoded and why, and at what bandwidth (admin)");
        group.MapDelete("/{id:guid}", StopAsync).WithSummary("Stops a playback (admin)");
        return routes;
    }

    private static Ok<List<SessionView>> List(SessionRegistry registry) =>
        TypedResults.Ok(registry.All.OrderBy(s => s.Started).Select(s => new SessionView(
            s.Id,
            s.UserName,
            s.Media.ItemId,
            s.Media.Title,
            s.Device,
            s.Decision.Method,
            s.Decision.Reasons,
            s.Bandwidth,
            s.BytesServed,
            s.Hls?.Speed,
            s.Hls?.IsPaused ?? false,
            s.Hls is { } hls && s.Decision.Video is { Copy: false } ? HardwareEncoders.H264(hls.Acceleration) : null,
            s.Started,
            Math.Round(s.Idle.TotalSeconds, 1),
            s.Hls?.Command,
            s.Decision.ReasonCodes)).ToList());

    private static async Task<Results<NoContent, NotFound>> StopAsync(SessionRegistry registry, Guid id) =>
        await registry.StopAsync(id, "stopped by an admin").ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound();
}
