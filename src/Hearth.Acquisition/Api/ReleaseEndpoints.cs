using Hearth.Acquisition.Grabs;
using Hearth.Acquisition.Searches;
using Hearth.Acquisition.Store;
using Hearth.Core.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Acquisition.Api;

/// <summary>What <c>POST /api/v1/releases</c> takes: a release of a recent search, for a movie or episodes.</summary>
/// <param name="VersionId">A further version of the movie the search was for (as the search's <c>versionId</c>); absent for its own.</param>
public sealed record GrabInput(string? Guid, Guid IndexerId, int? MovieId, IReadOnlyList<int>? EpisodeIds, bool Override, int? VersionId = null);

/// <summary>A grab as the API answers it when it is made (the queue then follows it: <c>/api/v1/queue</c>).</summary>
public sealed record GrabView(int Id, DateTimeOffset At, int? MovieId, int? VersionId, int? SeriesId, int? Season, IReadOnlyList<int> Episodes, string Title,
    string Indexer, string Quality, int CustomFormatScore, string Protocol, long? Size, string Client, string Status, string? Message, string Trigger, bool Override,
    int? ClientId = null, string? DownloadId = null)
{
    public static GrabView From(GrabRow g) => new(g.Id, DateTimeOffset.FromUnixTimeMilliseconds(g.AtMs), g.MovieId, g.VersionId, g.SeriesId, g.Season,
        Catalog.CatalogViews.Ints(g.Episodes), g.Title, g.Indexer, g.Quality, g.FormatScore, g.Protocol, g.Size, g.Client, g.Status, g.Message, g.Trigger, g.Override,
        g.ClientId, g.DownloadId);
}

/// <summary>A row of the automation's history.</summary>
public sealed record HistoryView(long Id, DateTimeOffset At, string Kind, string Trigger, int? MovieId, int? SeriesId, string Subject, string? Release, int Found, int Accepted, string Detail);

/// <summary>
/// Interactive search and grab (<c>/api/v1/releases</c>), the history, and an RSS sync on demand. Searching
/// and grabbing spend the indexers' limits: they take the indexer permission, as the hub's own search does.
/// </summary>
public static class ReleaseEndpoints
{
    public static IEndpointRouteBuilder MapReleaseEndpoints(this IEndpointRouteBuilder routes)
    {
        var releases = routes.MapGroup("/api/v1/releases").WithTags("Releases").RequireAuthorization(CallerAccess.IndexersPolicy);
        releases.MapGet("/", SearchAsync)
            .WithSummary("Searches now for a movie (movieId, and versionId for one of its further versions), an episode (episodeId) or a season (seriesId and season): every release, best first, with its decision and every reason");
        releases.MapPost("/", GrabAsync)
            .WithSummary("Grabs a release of a recent search for its movie or episodes; a rejected one only with \"override\": true");
        releases.MapPost("/rss-sync", async (RssSync sync, CancellationToken ct) => TypedResults.Ok(await sync.SyncAsync(ct).ConfigureAwait(false)))
            .WithSummary("Runs the RSS sync now (it also runs every 15 minutes)").RequireAuthorization(CallerAccess.AdminPolicy);
        releases.MapPost("/backlog-search", Results<Accepted, Conflict<ProblemDetails>> (BacklogSearch backlog) =>
                backlog.Start()
                    ? TypedResults.Accepted("/api/v1/history")
                    : TypedResults.Conflict(new ProblemDetails { Title = "Already running", Detail = "A backlog search is running; its searches show in the history.", Status = 409 }))
            .WithSummary("Searches the whole wanted list now, one item at a time (it also runs once a day)").RequireAuthorization(CallerAccess.AdminPolicy);

        routes.MapGet("/api/v1/history", async (int? movieId, int? seriesId, int? limit, IDbContextFactory<AcquisitionDb> factory, CancellationToken ct) =>
            {
                await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
                var rows = db.History.AsNoTracking();
                rows = movieId is { } m ? rows.Where(h => h.MovieId == m) : rows;
                rows = seriesId is { } s ? rows.Where(h => h.SeriesId == s) : rows;
                var list = await rows.OrderByDescending(h => h.Id).Take(Math.Clamp(limit ?? 100, 1, 1000)).ToListAsync(ct).ConfigureAwait(false);
                return TypedResults.Ok(list.Select(h => new HistoryView(h.Id, DateTimeOffset.FromUnixTimeMilliseconds(h.AtMs), h.Kind, h.Trigger, h.MovieId, h.SeriesId,
                    h.Subject, h.Release, h.Found, h.Accepted, h.Detail)).ToList());
            })
            .WithTags("Releases").WithSummary("Every search and grab of the automation, newest first, with the decisions' summary").RequireAuthorization();
        return routes;
    }

    private static async Task<Results<Ok<List<ReleaseView>>, NotFound, ProblemHttpResult>> SearchAsync(
        int? movieId, int? versionId, int? seriesId, int? season, int? episodeId, SearchContexts contexts, ReleaseSearcher searcher, IDbContextFactory<AcquisitionDb> factory, CancellationToken ct)
    {
        SearchContext? context;
        if (movieId is { } movie && seriesId is null && episodeId is null)
        {
            context = await contexts.ForMovieAsync(movie, versionId, ct).ConfigureAwait(false);
        }
        else if (versionId is not null)
        {
            return TypedResults.Problem("versionId goes with movieId alone.", statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be used");
        }
        else if (episodeId is { } episode && movieId is null)
        {
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            var row = await db.Episodes.AsNoTracking().FirstOrDefaultAsync(e => e.Id == episode, ct).ConfigureAwait(false);
            context = row is null || (seriesId is { } s && s != row.SeriesId) ? null : await contexts.ForEpisodesAsync(row.SeriesId, row.Season, [row.Number], ct).ConfigureAwait(false);
        }
        else if (seriesId is { } series && season is { } n && movieId is null)
        {
            context = await contexts.ForEpisodesAsync(series, n, [], ct).ConfigureAwait(false);
        }
        else
        {
            return TypedResults.Problem("Give movieId, or episodeId, or seriesId with season.", statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be used");
        }
        if (context is null)
        {
            return TypedResults.NotFound();
        }
        var decisions = await searcher.SearchAsync(context, "interactive", ct).ConfigureAwait(false);
        return TypedResults.Ok(decisions.Select(ReleaseView.From).ToList());
    }

    private static async Task<Results<Created<GrabView>, NotFound<ProblemDetails>, ProblemHttpResult>> GrabAsync(
        GrabInput input, ReleaseSearcher searcher, Grabber grabber, IDbContextFactory<AcquisitionDb> factory, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(input.Guid) || input.IndexerId == Guid.Empty)
        {
            return TypedResults.Problem("Give the release's guid and indexerId, as the search answered them.", statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be used");
        }
        if (searcher.Find(input.IndexerId, input.Guid) is not { } cached)
        {
            return TypedResults.NotFound(new ProblemDetails
            {
                Title = "No such release",
                Detail = "This release is not among the results of a recent search (they are kept 30 minutes): search again.",
                Status = StatusCodes.Status404NotFound,
            });
        }
        var context = cached.Context;
        if (input.MovieId is { } movie && (context.MovieId != movie || context.VersionId != input.VersionId))
        {
            var asked = input.VersionId is { } v ? $"version {v} of movie {movie}" : $"movie {movie}";
            return TypedResults.Problem($"The release was found for {context.Subject}, not for {asked}.", statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be used");
        }
        if (input.EpisodeIds is { Count: > 0 } episodes)
        {
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            var belong = await db.Episodes.AsNoTracking().CountAsync(e => episodes.Contains(e.Id) && e.SeriesId == context.SeriesId, ct).ConfigureAwait(false);
            if (belong != episodes.Distinct().Count())
            {
                return TypedResults.Problem($"The release was found for {context.Subject}; those episodes are not all of that series.", statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be used");
            }
        }
        var outcome = await grabber.GrabAsync(cached.Decision, context, "interactive", input.Override, ct).ConfigureAwait(false);
        return outcome switch
        {
            { Status: 201, Grab: { } grab } => TypedResults.Created($"/api/v1/queue", GrabView.From(grab)),
            _ => TypedResults.Problem(outcome.Problem, statusCode: outcome.Status, title: outcome.Status == 409 ? "Not grabbed" : "The grab failed"),
        };
    }
}
