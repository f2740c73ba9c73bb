using Hearth.Acquisition.Monitoring;
using Hearth.Core.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Acquisition.Api;

/// <summary>The monitoring choice to apply to a series again.</summary>
public sealed record MonitorInput(string? Monitor);

/// <summary>Whether an episode or season is monitored.</summary>
public sealed record MonitoredInput(bool Monitored);

/// <summary>The wanted list and the switches of monitoring (admins change them).</summary>
public static class WantedEndpoints
{
    public static IEndpointRouteBuilder MapWantedEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/wanted", async Task<Results<Ok<IReadOnlyList<WantedEntry>>, ProblemHttpResult>> (string? kind, string? reason, WantedList wanted, CancellationToken ct) =>
            {
                if (kind is not (null or WantedWords.Movie or WantedWords.Episode) || reason is not (null or WantedWords.Missing or WantedWords.CutoffUnmet))
                {
                    return TypedResults.Problem("kind is movie or episode, reason is missing or cutoffUnmet.", statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be used");
                }
                var list = await wanted.ListAsync(ct).ConfigureAwait(false);
                return TypedResults.Ok<IReadOnlyList<WantedEntry>>(list.Where(e => (kind is null || e.Kind == kind) && (reason is null || e.Reason == reason)).ToList());
            })
            .WithTags("Wanted").RequireAuthorization()
            .WithSummary("What is monitored and out, and missing (no file) or below its profile's cutoff, with each entry's movie or episode id");

        routes.MapPut("/api/v1/series/{id:int}/monitor", async Task<Results<NoContent, NotFound, ProblemHttpResult>> (int id, MonitorInput input, EpisodeMonitoring monitoring, CancellationToken ct) =>
                await monitoring.ApplyAsync(id, input.Monitor ?? string.Empty, ct).ConfigureAwait(false) switch
                {
                    (false, _) => TypedResults.NotFound(),
                    (true, { } problem) => TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be used"),
                    _ => TypedResults.NoContent(),
                })
            .WithTags("Series").WithSummary("Applies a monitoring choice (all, future, missing, firstSeason, latestSeason, none) to every episode again")
            .RequireAuthorization(CallerAccess.AdminPolicy);
        routes.MapPut("/api/v1/series/{id:int}/seasons/{season:int}", async Task<Results<NoContent, NotFound>> (int id, int season, MonitoredInput input, EpisodeMonitoring monitoring, CancellationToken ct) =>
                await monitoring.SetSeasonAsync(id, season, input.Monitored, ct).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithTags("Series").WithSummary("Monitors a season's episodes or not")
            .RequireAuthorization(CallerAccess.AdminPolicy);
        routes.MapPut("/api/v1/episodes/{id:int}", async Task<Results<NoContent, NotFound>> (int id, MonitoredInput input, EpisodeMonitoring monitoring, CancellationToken ct) =>
                await monitoring.SetEpisodeAsync(id, input.Monitored, ct).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithTags("Series").WithSummary("Monitors an episode or not")
            .RequireAuthorization(CallerAccess.AdminPolicy);
        return routes;
    }
}
