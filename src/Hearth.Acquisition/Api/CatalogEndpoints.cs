using Hearth.Acquisition.Catalog;
using Hearth.Acquisition.Profiles;
using Hearth.Acquisition.Searches;
using Hearth.Core.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Acquisition.Api;

/// <summary>
/// The catalog: <c>/api/v1/movies</c>, <c>/api/v1/series</c>, <c>/api/v1/profiles</c> and the library's adoption.
/// Anyone signed in reads; admins change. The shapes of movies are fixed by the issue that made them
/// (<c>id, title, year, status, profile, files</c>); fields are only ever added.
/// </summary>
public static class CatalogEndpoints
{
    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder routes)
    {
        var movies = routes.MapGroup("/api/v1/movies").WithTags("Movies").RequireAuthorization();
        movies.MapGet("/", async (MovieCatalog catalog, CancellationToken ct) => TypedResults.Ok(await catalog.ListAsync(ct).ConfigureAwait(false)))
            .WithSummary("Every movie of the catalog, adopted ones included");
        movies.MapGet("/{id:int}", async Task<Results<Ok<MovieView>, NotFound>> (int id, MovieCatalog catalog, CancellationToken ct) =>
            await catalog.GetAsync(id, ct).ConfigureAwait(false) is { } movie ? TypedResults.Ok(movie) : TypedResults.NotFound());
        movies.MapGet("/lookup", async Task<Results<Ok<IReadOnlyList<LookupResult>>, ProblemHttpResult>> (string? term, MovieCatalog catalog, CancellationToken ct) =>
            Answer(await catalog.LookupAsync(term ?? string.Empty, ct).ConfigureAwait(false)))
            .WithSummary("Films TMDB finds for a title (\"Metropolis 1927\")").RequireAuthorization(CallerAccess.AdminPolicy);
        movies.MapPost("/", async Task<Results<Created<MovieView>, ProblemHttpResult>> (AddMovieInput input, MovieCatalog catalog, AutomaticSearch search, CancellationToken ct) =>
            await catalog.AddAsync(input, ct).ConfigureAwait(false) switch
            {
                ({ } movie, _) => Searched(TypedResults.Created($"/api/v1/movies/{movie.Id}", movie), movie.Status == TitleStatus.Wanted, () => search.SearchMovie(movie.Id)),
                (_, var problem) => Problem(problem!),
            })
            .WithSummary("Adds a movie: {title, year} offline, or {tmdbId} / {imdbId}; optional profileId and monitored")
            .RequireAuthorization(CallerAccess.AdminPolicy);
        movies.MapPut("/{id:int}", async Task<Results<Ok<MovieView>, NotFound, ProblemHttpResult>> (int id, UpdateMovieInput input, MovieCatalog catalog, AutomaticSearch search, CancellationToken ct) =>
            await catalog.UpdateAsync(id, input, ct).ConfigureAwait(false) switch
            {
                // a new profile may want what the old one did not
                ({ } movie, _) => Searched(TypedResults.Ok(movie), input.ProfileId is not null && movie.Monitored && movie.Versions[0].Status is TitleStatus.Wanted or TitleStatus.Have, () => search.SearchMovie(movie.Id)),
                (_, { } problem) => Problem(problem),
                _ => TypedResults.NotFound(),
            })
            .RequireAuthorization(CallerAccess.AdminPolicy);
        movies.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, MovieCatalog catalog, CancellationToken ct) =>
            await catalog.DeleteAsync(id, ct).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Removes a movie from the catalog; its files stay on disk").RequireAuthorization(CallerAccess.AdminPolicy);

        movies.MapPost("/{id:int}/versions", async Task<Results<Created<MovieView>, NotFound, ProblemHttpResult>> (int id, VersionInput input, MovieCatalog catalog, AutomaticSearch search, CancellationToken ct) =>
                await catalog.AddVersionAsync(id, input, ct).ConfigureAwait(false) switch
                {
                    ({ } movie, _) => Searched(TypedResults.Created($"/api/v1/movies/{movie.Id}", movie), movie.Versions[^1] is { Monitored: true, Status: TitleStatus.Wanted or TitleStatus.Have },
                        () => search.SearchMovie(movie.Id, movie.Versions[^1].Id)),
                    (_, { } problem) => Problem(problem),
                    _ => TypedResults.NotFound(),
                })
            .WithSummary("Adds a further version of the movie with its own profile ({profileId, name, monitored}): decided, grabbed and kept apart from the others")
            .RequireAuthorization(CallerAccess.AdminPolicy);
        movies.MapPut("/{id:int}/versions/{versionId:int}", async Task<Results<Ok<MovieView>, NotFound, ProblemHttpResult>> (int id, int versionId, VersionInput input, MovieCatalog catalog, AutomaticSearch search, CancellationToken ct) =>
                await catalog.UpdateVersionAsync(id, versionId, input, ct).ConfigureAwait(false) switch
                {
                    ({ } movie, _) => Searched(TypedResults.Ok(movie), input.ProfileId is not null && movie.Versions.FirstOrDefault(v => v.Id == versionId) is { Monitored: true, Status: TitleStatus.Wanted or TitleStatus.Have },
                        () => search.SearchMovie(movie.Id, versionId)),
                    (_, { } problem) => Problem(problem),
                    _ => TypedResults.NotFound(),
                })
            .WithSummary("Changes a version's name, profile or monitoring").RequireAuthorization(CallerAccess.AdminPolicy);
        movies.MapDelete("/{id:int}/versions/{versionId:int}", async Task<Results<NoContent, NotFound>> (int id, int versionId, MovieCatalog catalog, CancellationToken ct) =>
                await catalog.DeleteVersionAsync(id, versionId, ct).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Removes a further version; its files stay on disk").RequireAuthorization(CallerAccess.AdminPolicy);

        var series = routes.MapGroup("/api/v1/series").WithTags("Series").RequireAuthorization();
        series.MapGet("/", async (SeriesCatalog catalog, CancellationToken ct) => TypedResults.Ok(await catalog.ListAsync(ct).ConfigureAwait(false)))
            .WithSummary("Every series of the catalog, adopted ones included (without episodes; a series' own route has them)");
        series.MapGet("/{id:int}", async Task<Results<Ok<SeriesView>, NotFound>> (int id, SeriesCatalog catalog, CancellationToken ct) =>
            await catalog.GetAsync(id, ct).ConfigureAwait(false) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound());
        series.MapGet("/lookup", async Task<Results<Ok<IReadOnlyList<LookupResult>>, ProblemHttpResult>> (string? term, SeriesCatalog catalog, CancellationToken ct) =>
            Answer(await catalog.LookupAsync(term ?? string.Empty, ct).ConfigureAwait(false)))
            .WithSummary("Shows TVmaze (or TMDB) finds for a title").RequireAuthorization(CallerAccess.AdminPolicy);
        series.MapPost("/", async Task<Results<Created<SeriesView>, ProblemHttpResult>> (AddSeriesInput input, SeriesCatalog catalog, AutomaticSearch search, CancellationToken ct) =>
            await catalog.AddAsync(input, ct).ConfigureAwait(false) switch
            {
                ({ } added, _) => Searched(TypedResults.Created($"/api/v1/series/{added.Id}", added), added.Status == TitleStatus.Wanted, () => search.SearchSeries(added.Id)),
                (_, var problem) => Problem(problem!),
            })
            .WithSummary("Adds a series: {title, year} offline, or {tvdbId} / {tvMazeId} / {tmdbId} / {imdbId}; optional profileId, monitored and monitor (all, future, missing, firstSeason, latestSeason, none)")
            .RequireAuthorization(CallerAccess.AdminPolicy);
        series.MapPut("/{id:int}", async Task<Results<Ok<SeriesView>, NotFound, ProblemHttpResult>> (int id, UpdateSeriesInput input, SeriesCatalog catalog, CancellationToken ct) =>
            await catalog.UpdateAsync(id, input, ct).ConfigureAwait(false) switch
            {
                ({ } changed, _) => TypedResults.Ok(changed),
                (_, { } problem) => Problem(problem),
                _ => TypedResults.NotFound(),
            })
            .RequireAuthorization(CallerAccess.AdminPolicy);
        series.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, SeriesCatalog catalog, CancellationToken ct) =>
            await catalog.DeleteAsync(id, ct).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Removes a series from the catalog; its files stay on disk").RequireAuthorization(CallerAccess.AdminPolicy);

        var profiles = routes.MapGroup("/api/v1/profiles").WithTags("Profiles").RequireAuthorization();
        profiles.MapGet("/", async (ProfileStore store, CancellationToken ct) =>
            TypedResults.Ok((await store.ListAsync(ct).ConfigureAwait(false)).Select(p => ProfileDto.From(p)).ToList()));
        profiles.MapGet("/{id:int}", async Task<Results<Ok<ProfileDto>, NotFound>> (int id, ProfileStore store, CancellationToken ct) =>
            await store.GetAsync(id, ct).ConfigureAwait(false) is { } p ? TypedResults.Ok(ProfileDto.From(p)) : TypedResults.NotFound());

        routes.MapPost("/api/v1/catalog/adopt", async Task<Results<Ok<AdoptionCounts>, ProblemHttpResult>> (LibraryAdoption adoption, CancellationToken ct) =>
            await adoption.AdoptAsync(ct).ConfigureAwait(false) is { } counts
                ? TypedResults.Ok(counts)
                : TypedResults.Problem("This process holds no library to adopt from.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "No library here"))
            .WithTags("Movies", "Series").WithSummary("Adopts the library's films and shows into the catalog now (it also happens after every scan)")
            .RequireAuthorization(CallerAccess.AdminPolicy);
        return routes;
    }

    /// <summary>The answer, after queueing the automatic search when <paramref name="search"/> holds.</summary>
    private static T Searched<T>(T answer, bool search, Action start)
    {
        if (search)
        {
            start();
        }
        return answer;
    }

    private static Results<Ok<IReadOnlyList<LookupResult>>, ProblemHttpResult> Answer((IReadOnlyList<LookupResult>? Results, CatalogProblem? Problem) found) =>
        found.Results is { } results ? TypedResults.Ok(results) : Problem(found.Problem!);

    private static ProblemHttpResult Problem(CatalogProblem problem) =>
        TypedResults.Problem(problem.Detail, statusCode: problem.Status, title: problem.Title,
            extensions: problem.ExistingId is { } id ? new Dictionary<string, object?> { ["existingId"] = id } : null);
}
