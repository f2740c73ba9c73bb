using Hearth.Acquisition.Clients;
using Hearth.Core.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Acquisition.Api;

/// <summary>What a check of a client answered: its version in words.</summary>
public sealed record ClientCheckView(string Version);

/// <summary><c>/api/v1/downloadclients</c>: the clients releases go to, each checked against the real client before it is saved (admins only).</summary>
public static class DownloadClientEndpoints
{
    public static IEndpointRouteBuilder MapDownloadClientEndpoints(this IEndpointRouteBuilder routes)
    {
        var clients = routes.MapGroup("/api/v1/downloadclients").WithTags("Download clients").RequireAuthorization(CallerAccess.AdminPolicy);
        clients.MapGet("/", async (DownloadClients store, CancellationToken ct) => TypedResults.Ok(await store.ListAsync(ct).ConfigureAwait(false)))
            .WithSummary("Every download client with its kind, protocol and health (ok, failing with the reason, disabled, unknown); passwords are never answered");
        clients.MapGet("/{id:int}", async Task<Results<Ok<DownloadClientView>, NotFound>> (int id, DownloadClients store, CancellationToken ct) =>
            await store.GetAsync(id, ct).ConfigureAwait(false) is { } client ? TypedResults.Ok(client) : TypedResults.NotFound());
        clients.MapPost("/", async Task<Results<Created<DownloadClientView>, ProblemHttpResult>> (DownloadClientInput input, DownloadClients store, CancellationToken ct) =>
                await store.SaveAsync(null, input, ct).ConfigureAwait(false) switch
                {
                    ({ } client, _) => TypedResults.Created($"/api/v1/downloadclients/{client.Id}", client),
                    (_, var problem) => Problem(problem!),
                })
            .WithSummary("Adds a client ({name, kind: qbittorrent|transmission|nzbget, url, username, password, category, savePath, priority, enabled}) once it answers as it should");
        clients.MapPut("/{id:int}", async Task<Results<Ok<DownloadClientView>, ProblemHttpResult>> (int id, DownloadClientInput input, DownloadClients store, CancellationToken ct) =>
                await store.SaveAsync(id, input, ct).ConfigureAwait(false) switch
                {
                    ({ } client, _) => TypedResults.Ok(client),
                    (_, var problem) => Problem(problem!),
                })
            .WithSummary("Changes a client; what is left out stays (the password too)");
        clients.MapDelete("/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, DownloadClients store, CancellationToken ct) =>
                await store.DeleteAsync(id, ct).ConfigureAwait(false) is { } problem ? Problem(problem) : TypedResults.NoContent())
            .WithSummary("Removes a client (404 when there is none; 409 for the qBittorrent Hearth runs, which can only be turned off)");
        clients.MapPost("/test", async Task<Results<Ok<ClientCheckView>, ProblemHttpResult>> (DownloadClientInput input, DownloadClients store, CancellationToken ct) =>
                Checked(await store.TestAsync(null, input, ct).ConfigureAwait(false)))
            .WithSummary("Checks a client as it would be saved, without saving it");
        clients.MapPost("/{id:int}/test", async Task<Results<Ok<ClientCheckView>, ProblemHttpResult>> (int id, DownloadClientInput? input, DownloadClients store, CancellationToken ct) =>
                Checked(await store.TestAsync(id, input ?? new DownloadClientInput(null, null, null, null, null, null, null, null, null), ct).ConfigureAwait(false)))
            .WithSummary("Checks a saved client now (with the changes given, unsaved)");
        return routes;
    }

    private static Results<Ok<ClientCheckView>, ProblemHttpResult> Checked((ClientCheck? Check, ClientProblem? Problem) result) =>
        result.Check is { } check ? TypedResults.Ok(new ClientCheckView(check.Version)) : Problem(result.Problem!);

    private static ProblemHttpResult Problem(ClientProblem problem) =>
        TypedResults.Problem(problem.Detail, statusCode: problem.Status, title: problem.Title,
            extensions: problem.Failure is { } failure ? new Dictionary<string, object?> { ["failure"] = DownloadClients.FailureWord(failure) } : null);
}
