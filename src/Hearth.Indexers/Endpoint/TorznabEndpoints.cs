using Hearth.Core.Access;
using Hearth.Core.Indexers;
using Hearth.Indexers.Definitions;
using Hearth.Indexers.Grabs;
using Hearth.Indexers.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Indexers.Endpoint;

/// <summary>
/// Hearth as a Torznab indexer, for tools that speak it (an existing Sonarr or Radarr): one endpoint per
/// indexer and one across all. Authentication is a Hearth API key (<c>apikey=</c>, as Prowlarr takes it);
/// a missing or wrong key is answered with the Torznab error document the clients understand.
/// </summary>
public static class TorznabEndpoints
{
    private const string Xml = "application/xml; charset=utf-8";

    public static IEndpointRouteBuilder MapTorznabEndpoints(this IEndpointRouteBuilder routes)
    {
        foreach (var suffix in new[] { "torznab", "torznab/api" })
        {
            routes.MapGet($"/api/v1/indexers/all/{suffix}", (HttpContext http, IReleaseSearch search, GrabLinks links, IndexerStore store, IdTitles titles, TimeProvider time) => AnswerAsync(http, search, links, store, titles, time, null, null))
                .AllowAnonymous().AllowQueryApiKey().WithTags("Torznab").WithSummary("Torznab across every enabled indexer");
            routes.MapGet($"/api/v1/indexers/{{id:guid}}/{suffix}", async (Guid id, HttpContext http, IReleaseSearch search, GrabLinks links, IndexerStore store, IdTitles titles, TimeProvider time) =>
                {
                    if (Refusal(http) is { } refused)
                    {
                        return refused;
                    }

                    var indexer = await store.GetAsync(id, http.RequestAborted).ConfigureAwait(false);
                    return indexer is null
                        ? TypedResults.Text(TorznabWriter.Error(300, "No such indexer"), Xml, statusCode: StatusCodes.Status404NotFound)
                        : await AnswerAsync(http, search, links, store, titles, time, indexer, id).ConfigureAwait(false);
                })
                .AllowAnonymous().AllowQueryApiKey().WithTags("Torznab").WithSummary("Torznab for one indexer");
        }

        return routes;
    }

    // AllowAnonymous only so the refusal is a Torznab error document; no answer goes out without a signed-in caller
    private static async Task<ContentHttpResult> AnswerAsync(HttpContext http, IReleaseSearch search, GrabLinks links, IndexerStore store, IdTitles titles, TimeProvider time, IndexerDefinition? indexer, Guid? id)
    {
        if (Refusal(http) is { } refused)
        {
            return refused;
        }

        var title = indexer is null ? "Hearth (all indexers)" : "Hearth: " + indexer.Name;
        var t = http.Request.Query["t"].ToString().ToLowerInvariant();
        if (t == "caps")
        {
            // what the indexer (or every enabled one) can be asked, as its caps say, and what Hearth answers for it
            IReadOnlyList<Caps.IndexerCaps> behind = indexer is not null
                ? (indexer.Caps is { } own ? [own] : [])
                : (await store.ListAsync(http.RequestAborted).ConfigureAwait(false)).Where(i => i.Enabled).Select(i => i.Caps).OfType<Caps.IndexerCaps>().ToList();
            return TypedResults.Text(TorznabWriter.Caps(title, AdvertisedSearch.For(behind, titles), indexer?.Caps?.Categories), Xml);
        }

        if (t is not ("search" or "tvsearch" or "movie"))
        {
            return TypedResults.Text(TorznabWriter.Error(202, $"No such function ({(t.Length == 0 ? "t is missing" : t)})"), Xml, statusCode: StatusCodes.Status400BadRequest);
        }

        var (query, problem) = Queries.FromRequest(http.Request.Query);
        if (query is null)
        {
            return TypedResults.Text(TorznabWriter.Error(201, "Incorrect parameter: " + problem), Xml, statusCode: StatusCodes.Status400BadRequest);
        }

        if (id is { } one)
        {
            query = query with { Indexers = [one] };
        }

        var result = await search.SearchAsync(query, http.RequestAborted).ConfigureAwait(false);
        // download links point at Hearth's grab endpoint with the caller's own key, as Prowlarr's do
        var prefix = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var key = QueryApiKey.Parameters.Select(p => http.Request.Query[p].ToString()).FirstOrDefault(k => k.Length > 0);
        return TypedResults.Text(TorznabWriter.Results(title, result.Releases.Select(r => links.Rewrite(r, prefix, key)), time.GetUtcNow()), Xml);
    }

    // Torznab's own codes: 100 for credentials, 102 for a caller who may not use the indexers
    private static ContentHttpResult? Refusal(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return Unauthorized();
        }

        return CallerAccess.FromPrincipal(http.User).CanUseIndexers
            ? null
            : TypedResults.Text(TorznabWriter.Error(102, "Insufficient privileges: an admin has not allowed this account to use the indexers"), Xml, statusCode: StatusCodes.Status403Forbidden);
    }

    private static ContentHttpResult Unauthorized() =>
        TypedResults.Text(TorznabWriter.Error(100, "Incorrect user credentials: pass a Hearth API key as apikey"), Xml, statusCode: StatusCodes.Status401Unauthorized);
}
