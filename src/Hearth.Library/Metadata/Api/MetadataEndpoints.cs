using Hearth.Core.Access;
using Hearth.Core.Metadata;
using Hearth.Library.Items;
using Hearth.Library.Metadata.Apply;
using Hearth.Library.Metadata.Refresh;
using Hearth.Library.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Library.Metadata.Api;

/// <summary>Online metadata of items: the record, identify (search and choose), edits and locks, pictures, refreshes, status.</summary>
public static class MetadataEndpoints
{
    public static IEndpointRouteBuilder MapMetadataEndpoints(this IEndpointRouteBuilder routes)
    {
        var items = routes.MapGroup("/api/v1/items/{id:guid}").WithTags("Metadata");
        items.MapGet("/metadata", GetAsync).WithSummary("The item's match: state, provider and id, confidence, reason, locked and local fields, alternatives");
        items.MapPatch("/metadata", EditAsync).RequireAuthorization(CallerAccess.AdminPolicy)
            .WithSummary("Edits fields; every edited field is locked against refreshes and rescans, 'unlock' releases locks");
        items.MapPost("/identify/search", SearchAsync).RequireAuthorization(CallerAccess.AdminPolicy)
            .WithSummary("Candidates from the providers for the identify dialog");
        items.MapPost("/identify", IdentifyAsync).RequireAuthorization(CallerAccess.AdminPolicy)
            .WithSummary("Applies the chosen match now: a provider and id, or an IMDb, TVDB or TMDB id");
        items.MapGet("/images/remote", RemoteImagesAsync).WithSummary("The provider's pictures of a role (poster, backdrop, logo) for the picker, best first");
        items.MapRemotePreview();
        items.MapPost("/images/{role}", ChooseImageAsync).RequireAuthorization(CallerAccess.AdminPolicy)
            .WithSummary("Downloads one of the provider's listed pictures and uses it; the role is locked");
        items.MapPost("/refresh", RefreshItemAsync).RequireAuthorization(CallerAccess.AdminPolicy)
            .WithSummary("Queues a refresh of the item (locked fields are kept)");
        routes.MapPost("/api/v1/libraries/{id:guid}/refresh-metadata", RefreshLibraryAsync).WithTags("Metadata").RequireAuthorization(CallerAccess.AdminPolicy)
            .WithSummary("Queues a refresh of every movie and show of the library (locked fields are kept)");
        var metadata = routes.MapGroup("/api/v1/metadata").WithTags("Metadata");
        metadata.MapGet("/unmatched", UnmatchedAsync).WithSummary("Items that need a person (unmatched or failing), with the reason");
        metadata.MapGet("/status", StatusAsync).WithSummary("Each provider's health, with a sentence to act on, and each library's refresh progress");
        return routes;
    }

    private static async Task<Results<Ok<ItemMetadataDto>, NotFound>> GetAsync(HttpContext http, MetadataEditor editor, Guid id)
    {
        var dto = await editor.GetAsync(CallerAccess.FromPrincipal(http.User), id, http.RequestAborted).ConfigureAwait(false);
        return dto is null ? TypedResults.NotFound() : TypedResults.Ok(dto);
    }

    private static async Task<Results<Ok<ItemMetadataDto>, NotFound, ProblemHttpResult>> EditAsync(HttpContext http, MetadataEditor editor, NfoSaver nfo, Guid id, MetadataEdit edit)
    {
        if (MetadataEditor.Problem(edit) is { } problem)
        {
            return Problem(problem);
        }

        if (!await editor.EditAsync(id, edit, http.RequestAborted).ConfigureAwait(false))
        {
            return TypedResults.NotFound();
        }

        // a person's edit is saved with the rest, where the library writes NFO files
        await nfo.SaveAsync(id, http.RequestAborted).ConfigureAwait(false);

        return TypedResults.Ok((await editor.GetAsync(CallerAccess.FromPrincipal(http.User), id, http.RequestAborted).ConfigureAwait(false))!);
    }

    private static async Task<Results<Ok<IReadOnlyList<MetadataCandidate>>, NotFound, ProblemHttpResult>> SearchAsync(
        HttpContext http, ItemQueries queries, MetadataRefresher refresher, MetadataLocale locale, OfferedPictures offered, Guid id, IdentifySearch search)
    {
        if (search.Year is < 1870 or > 2200)
        {
            return Problem("year must be between 1870 and 2200");
        }

        var item = await queries.FindAsync(CallerAccess.FromPrincipal(http.User), id, http.RequestAborted).ConfigureAwait(false);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        if (item.Kind is not (ItemKind.Movie or ItemKind.Show))
        {
            return Problem("only movies and shows are identified; an episode follows its show");
        }

        var title = string.IsNullOrWhiteSpace(search.Title) ? item.Title : search.Title.Trim();
        var year = search.Year ?? (string.IsNullOrWhiteSpace(search.Title) ? item.Year : null);
        var language = await locale.LanguageOfAsync(item.LibraryId, http.RequestAborted).ConfigureAwait(false);
        var found = new List<MetadataCandidate>();
        ProviderResult<IReadOnlyList<MetadataCandidate>>? failure = null;
        var asked = item.Kind == ItemKind.Movie
            ? refresher.Movies.Select(p => (Func<Task<ProviderResult<IReadOnlyList<MetadataCandidate>>>>)(() => p.SearchMoviesAsync(title, year, language, http.RequestAborted)))
            : refresher.Shows.Select(p => (Func<Task<ProviderResult<IReadOnlyList<MetadataCandidate>>>>)(() => p.SearchShowsAsync(title, year, language, http.RequestAborted)));
        foreach (var ask in asked)
        {
            var result = await ask().ConfigureAwait(false);
            if (result.IsOk)
            {
                found.AddRange(result.Value!);
            }
            else if (result.Outcome != ProviderOutcome.NotFound)
            {
                failure = result;
            }
        }

        if (found.Count == 0 && failure is not null)
        {
            return TypedResults.Problem(failure.Detail ?? "the providers did not answer", statusCode: StatusCodes.Status502BadGateway, title: "No provider answered");
        }

        offered.Add(id, found.Select(c => c.PosterUrl));
        return TypedResults.Ok<IReadOnlyList<MetadataCandidate>>(found);
    }

    private static async Task<Results<Ok<ItemMetadataDto>, NotFound, ProblemHttpResult>> IdentifyAsync(
        HttpContext http, ItemQueries queries, MetadataRefresher refresher, MetadataEditor editor, Guid id, IdentifyRequest request)
    {
        var caller = CallerAccess.FromPrincipal(http.User);
        var item = await queries.FindAsync(caller, id, http.RequestAborted).ConfigureAwait(false);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        if (item.Kind is not (ItemKind.Movie or ItemKind.Show))
        {
            return Problem("only movies and shows are identified; an episode follows its show");
        }

        string? provider = request.Provider?.Trim().ToLowerInvariant();
        string? providerId = request.Id?.Trim();
        if (provider is null || providerId is null)
        {
            if (provider is not null || providerId is not null)
            {
                return Problem("provider and id go together");
            }

            var (source, external) = request switch
            {
                { Tmdb: { Length: > 0 } t } => (ProviderIdNames.Tmdb, t),
                { Imdb: { Length: > 0 } i } => (ProviderIdNames.Imdb, i),
                { Tvdb: { Length: > 0 } v } => (ProviderIdNames.Tvdb, v),
                _ => (null, null),
            };
            if (source is null)
            {
                return Problem("give provider and id, or one of imdb, tvdb, tmdb");
            }

            if (source == ProviderIdNames.Imdb && !System.Text.RegularExpressions.Regex.IsMatch(external!.Trim(), "^tt[0-9]{5,10}$"))
            {
                return Problem("an IMDb id looks like tt0083658");
            }

            var direct = source == ProviderIdNames.Tmdb && (item.Kind == ItemKind.Movie ? refresher.Movies.Any(p => p.Name == source) : refresher.Shows.Any(p => p.Name == source));
            if (direct)
            {
                (provider, providerId) = (source, external!.Trim());
            }
            else
            {
                var found = await refresher.FindAsync(item.Kind, source, external!.Trim(), http.RequestAborted).ConfigureAwait(false);
                if (found.Provider is null)
                {
                    return found.Outcome == ProviderOutcome.NotFound
                        ? Problem($"no provider knows {source} id {external}")
                        : TypedResults.Problem(found.Detail, statusCode: StatusCodes.Status502BadGateway, title: "No provider answered");
                }

                (provider, providerId) = (found.Provider, found.Id);
            }
        }

        var known = item.Kind == ItemKind.Movie ? refresher.Movies.Any(p => p.Name == provider) : refresher.Shows.Any(p => p.Name == provider);
        if (!known)
        {
            return Problem($"'{provider}' is not a {(item.Kind == ItemKind.Movie ? "film" : "show")} provider here");
        }

        var (outcome, detail) = await refresher.IdentifyAsync(id, provider, providerId!, http.RequestAborted).ConfigureAwait(false);
        if (outcome == ProviderOutcome.NotFound)
        {
            return Problem($"{provider} has no {providerId}");
        }

        if (outcome != ProviderOutcome.Ok)
        {
            return TypedResults.Problem(detail, statusCode: StatusCodes.Status502BadGateway, title: "The provider did not answer");
        }

        return TypedResults.Ok((await editor.GetAsync(caller, id, http.RequestAborted).ConfigureAwait(false))!);
    }

    private static async Task<Results<Ok<IReadOnlyList<RemoteImage>>, NotFound, ProblemHttpResult>> RemoteImagesAsync(
        HttpContext http, MetadataEditor editor, Guid id, string? role)
    {
        if (!TryRole(role, out var parsed))
        {
            return Problem("role must be poster, backdrop or logo");
        }

        var list = await editor.RemoteImagesAsync(CallerAccess.FromPrincipal(http.User), id, parsed, http.RequestAborted).ConfigureAwait(false);
        return list is null ? TypedResults.NotFound() : TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<ItemMetadataDto>, NotFound, ProblemHttpResult>> ChooseImageAsync(
        HttpContext http, ItemQueries queries, MetadataEditor editor, Guid id, string role, ChooseImage request)
    {
        if (!TryRole(role, out var parsed))
        {
            return Problem("role must be poster, backdrop or logo");
        }

        if (string.IsNullOrWhiteSpace(request.Url))
        {
            return Problem("url is required");
        }

        var caller = CallerAccess.FromPrincipal(http.User);
        if (await queries.FindAsync(caller, id, http.RequestAborted).ConfigureAwait(false) is null)
        {
            return TypedResults.NotFound();
        }

        if (await editor.ChooseImageAsync(id, parsed, request.Url, http.RequestAborted).ConfigureAwait(false) is { } failed)
        {
            return TypedResults.Problem(failed.Problem, statusCode: failed.Status, title: failed.Status == 400 ? "Bad request" : "The picture was not downloaded");
        }

        return TypedResults.Ok((await editor.GetAsync(caller, id, http.RequestAborted).ConfigureAwait(false))!);
    }

    private static async Task<Results<Accepted, NotFound>> RefreshItemAsync(HttpContext http, ItemQueries queries, MetadataEditor editor, RefreshQueue queue, Guid id)
    {
        var item = await queries.FindAsync(CallerAccess.FromPrincipal(http.User), id, http.RequestAborted).ConfigureAwait(false);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        // an episode or season is refreshed with its show
        var target = item.Kind is ItemKind.Movie or ItemKind.Show ? item.Id : item.ShowId ?? item.Id;
        var ids = await editor.MarkForRefreshAsync(item.LibraryId, target, http.RequestAborted).ConfigureAwait(false);
        queue.Enqueue(new RefreshRequest(item.LibraryId, ids, "requested by " + http.User.Identity?.Name));
        return TypedResults.Accepted($"/api/v1/items/{id}/metadata");
    }

    private static async Task<Results<Accepted<Refresh.RefreshProgress>, NotFound>> RefreshLibraryAsync(HttpContext http, Libraries.LibraryCatalog catalog, MetadataEditor editor, RefreshQueue queue, Guid id)
    {
        if (await catalog.GetAsync(id, http.RequestAborted).ConfigureAwait(false) is null)
        {
            return TypedResults.NotFound();
        }

        var ids = await editor.MarkForRefreshAsync(id, null, http.RequestAborted).ConfigureAwait(false);
        queue.Enqueue(new RefreshRequest(id, ids, "requested by " + http.User.Identity?.Name));
        return TypedResults.Accepted("/api/v1/metadata/status", new RefreshProgress(id, false, ids.Count, 0, 0, 0, 0, null));
    }

    private static async Task<Ok<IReadOnlyList<UnmatchedDto>>> UnmatchedAsync(HttpContext http, MetadataEditor editor, Guid? libraryId) =>
        TypedResults.Ok(await editor.UnmatchedAsync(CallerAccess.FromPrincipal(http.User), libraryId, http.RequestAborted).ConfigureAwait(false));

    private static Ok<MetadataStatusDto> StatusAsync(HttpContext http, MetadataStatus status)
    {
        var caller = CallerAccess.FromPrincipal(http.User);
        return TypedResults.Ok(new MetadataStatusDto(status.Providers(), [.. status.Libraries().Where(l => caller.CanSee(l.LibraryId))]));
    }

    private static bool TryRole(string? text, out ImageRole role) =>
        Enum.TryParse(text, ignoreCase: true, out role) && role is ImageRole.Poster or ImageRole.Backdrop or ImageRole.Logo;

    private static ProblemHttpResult Problem(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
}
