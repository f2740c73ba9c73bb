using Hearth.Core.Access;
using Hearth.Core.Indexers;
using Hearth.Indexers.Grabs;
using Hearth.Indexers.Newznab;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Indexers.Endpoint;

/// <summary>
/// Downloads a release's .torrent or .nzb through Hearth: the links in search answers point here with a
/// sealed token instead of the indexer's own link (which can hold its passkey or API key).
/// </summary>
public static class GrabEndpoints
{
    public static RouteHandlerBuilder MapGrabEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/indexers/{id:guid}/grab/{token}", GrabAsync).WithTags("Indexers").WithSummary("Fetches a release's file from its indexer (grab limits apply)")
            .RequireAuthorization(CallerAccess.IndexersPolicy).AllowQueryApiKey();

    private static async Task<Results<FileContentHttpResult, RedirectHttpResult, NotFound, ProblemHttpResult>> GrabAsync(Guid id, string token, GrabLinks links, GrabService grabs, CancellationToken ct)
    {
        if (links.Open(token) is not { } opened || opened.Indexer != id)
        {
            return TypedResults.NotFound();
        }

        try
        {
            var file = await grabs.GrabAsync(id, opened.Link, ct).ConfigureAwait(false);
            if (file is null)
            {
                return TypedResults.NotFound();
            }

            return file.MagnetUrl is { } magnet ? TypedResults.Redirect(magnet) : TypedResults.File(file.Content!, file.ContentType, file.FileName);
        }
        catch (IndexerException e)
        {
            var status = e.Kind is IndexerOutcome.LimitReached or IndexerOutcome.BackingOff or IndexerOutcome.RateLimited
                ? StatusCodes.Status429TooManyRequests
                : StatusCodes.Status502BadGateway;
            return TypedResults.Problem(e.Message, statusCode: status, title: "The grab failed", extensions: new Dictionary<string, object?> { ["kind"] = e.Kind.Text() });
        }
    }
}
