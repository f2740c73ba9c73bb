using System.Globalization;
using Hearth.Core.Access;
using Hearth.Core.Indexers;
using Hearth.Indexers.Grabs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Indexers.Endpoint;

/// <summary>Manual search across the indexers: the aggregated, deduplicated results with each indexer's outcome.</summary>
public static class IndexerSearchEndpoints
{
    public static RouteHandlerBuilder MapIndexerSearchEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/indexers/search", SearchAsync).WithTags("Indexers").WithSummary("Searches every enabled indexer (or those given)")
            .RequireAuthorization(CallerAccess.IndexersPolicy);

    private static async Task<Results<Ok<ReleaseSearchResult>, ProblemHttpResult>> SearchAsync(HttpContext http, IReleaseSearch search, GrabLinks links)
    {
        var (query, problem) = Queries.FromRequest(http.Request.Query);
        if (query is null)
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "The search is not valid");
        }

        var ids = http.Request.Query["indexers"].ToString();
        if (ids.Length > 0)
        {
            var parsed = ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => Guid.TryParse(s, out var g) ? g : (Guid?)null).ToList();
            if (parsed.Any(g => g is null))
            {
                return TypedResults.Problem("indexers is a comma-separated list of indexer ids.", statusCode: StatusCodes.Status400BadRequest);
            }

            query = query with { Indexers = parsed.Select(g => g!.Value).ToList() };
        }

        var result = await search.SearchAsync(query, http.RequestAborted).ConfigureAwait(false);
        // the web client follows grab links with its cookie; the indexers' own links never leave the server
        return TypedResults.Ok(result with { Releases = result.Releases.Select(r => links.Rewrite(r, string.Empty, null)).ToList() });
    }
}

/// <summary>Reads Newznab-style query parameters (t, q, cat, season, ep, ids, year, offset, limit) into a query.</summary>
internal static class Queries
{
    public static (ReleaseQuery? Query, string? Problem) FromRequest(IQueryCollection q)
    {
        var kind = (q["t"].ToString() is { Length: > 0 } t ? t : q["type"].ToString()).ToLowerInvariant() switch
        {
            "" or "search" => SearchKind.Search,
            "tvsearch" or "tv" or "tv-search" => SearchKind.Tv,
            "movie" or "movie-search" => SearchKind.Movie,
            _ => (SearchKind?)null,
        };
        if (kind is null)
        {
            return (null, "t is search, tvsearch or movie.");
        }

        var categories = new List<int>();
        foreach (var part in q["cat"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var category))
            {
                return (null, "cat is a comma-separated list of category numbers.");
            }

            categories.Add(category);
        }

        int? Int(string name) => int.TryParse(q[name].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
        string? Text(string name) => q[name].ToString() is { Length: > 0 } v ? v : null;
        return (new ReleaseQuery
        {
            Kind = kind.Value,
            Text = Text("q"),
            Season = Int("season"),
            Episode = Text("ep"),
            TvdbId = Int("tvdbid"),
            TvMazeId = Int("tvmazeid"),
            ImdbId = Text("imdbid"),
            TmdbId = Int("tmdbid"),
            Year = Int("year"),
            Categories = categories,
            Offset = Math.Max(0, Int("offset") ?? 0),
            Limit = Math.Clamp(Int("limit") ?? 100, 1, 1000),
        }, null);
    }
}
