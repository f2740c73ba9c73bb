using System.Text.Json.Nodes;
using Hearth.Acquisition.CustomFormats;
using Hearth.Acquisition.Profiles;
using Hearth.Core.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Acquisition.Api;

/// <summary>A custom format as imported, with the score its author suggests.</summary>
public sealed record ImportedFormatView(CustomFormat Format, int? SuggestedScore);

/// <summary>
/// Custom formats (<c>/api/v1/customformats</c>: the stored shape, by names; import and export in the *arr JSON shapes)
/// and the profiles' changes. Anyone signed in reads; admins change.
/// </summary>
public static class FormatEndpoints
{
    public static IEndpointRouteBuilder MapFormatEndpoints(this IEndpointRouteBuilder routes)
    {
        var formats = routes.MapGroup("/api/v1/customformats").WithTags("Custom formats").RequireAuthorization();
        formats.MapGet("/", async (FormatStore store, CancellationToken ct) => TypedResults.Ok(await store.ListAsync(ct).ConfigureAwait(false)));
        formats.MapGet("/{id:int}", async Task<Results<Ok<CustomFormat>, NotFound>> (int id, FormatStore store, CancellationToken ct) =>
            await store.GetAsync(id, ct).ConfigureAwait(false) is { } f ? TypedResults.Ok(f) : TypedResults.NotFound());
        formats.MapPost("/", async Task<Results<Created<CustomFormat>, ProblemHttpResult>> (CustomFormat input, FormatStore store, CancellationToken ct) =>
            {
                try
                {
                    var saved = (await store.SaveAsync([input with { Id = 0 }], ct).ConfigureAwait(false))[0];
                    return TypedResults.Created($"/api/v1/customformats/{saved.Id}", saved);
                }
                catch (CustomFormatException e)
                {
                    return Refused(e.Message);
                }
            })
            .WithSummary("Adds a custom format; a condition that cannot be used (a regex that does not compile) is refused with the reason")
            .RequireAuthorization(CallerAccess.AdminPolicy);
        formats.MapPut("/{id:int}", async Task<Results<Ok<CustomFormat>, NotFound, ProblemHttpResult>> (int id, CustomFormat input, FormatStore store, CancellationToken ct) =>
            {
                try
                {
                    return TypedResults.Ok((await store.SaveAsync([input with { Id = id }], ct).ConfigureAwait(false))[0]);
                }
                catch (KeyNotFoundException)
                {
                    return TypedResults.NotFound();
                }
                catch (CustomFormatException e)
                {
                    return Refused(e.Message);
                }
            })
            .RequireAuthorization(CallerAccess.AdminPolicy);
        formats.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, FormatStore store, CancellationToken ct) =>
                await store.DeleteAsync(id, ct).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(CallerAccess.AdminPolicy);
        formats.MapPost("/import", async Task<Results<Created<List<ImportedFormatView>>, ProblemHttpResult>> (HttpRequest request, string? app, FormatStore store, CancellationToken ct) =>
            {
                if (ParseApp(app) is not { } arr)
                {
                    return Refused("app is radarr or sonarr: the app the JSON comes from, since their numbers differ.");
                }
                using var reader = new StreamReader(request.Body);
                var json = await reader.ReadToEndAsync(ct).ConfigureAwait(false);
                try
                {
                    var imported = CustomFormatJson.Import(json, arr);
                    var saved = await store.SaveAsync(imported.Select(i => i.Format with { Id = 0 }).ToList(), ct).ConfigureAwait(false);
                    return TypedResults.Created("/api/v1/customformats", saved.Select((f, i) => new ImportedFormatView(f, imported[i].SuggestedScore)).ToList());
                }
                catch (CustomFormatException e)
                {
                    return Refused(e.Message);
                }
            })
            .Accepts<JsonNode>("application/json")
            .WithSummary("Imports custom formats as Radarr, Sonarr and the TRaSH guides write them (one or an array; ?app=radarr|sonarr); all or none are saved")
            .RequireAuthorization(CallerAccess.AdminPolicy);
        formats.MapGet("/{id:int}/export", async Task<Results<Ok<JsonObject>, NotFound, ProblemHttpResult>> (int id, string? app, FormatStore store, CancellationToken ct) =>
            {
                if (ParseApp(app) is not { } arr)
                {
                    return Refused("app is radarr or sonarr: the app the JSON is for, since their numbers differ.");
                }
                return await store.GetAsync(id, ct).ConfigureAwait(false) is { } format ? TypedResults.Ok(CustomFormatJson.Export(format, arr)) : TypedResults.NotFound();
            })
            .WithSummary("A custom format in the *arr export shape, with Radarr's or Sonarr's numbers");

        var profiles = routes.MapGroup("/api/v1/profiles").WithTags("Profiles").RequireAuthorization(CallerAccess.AdminPolicy);
        profiles.MapPost("/", async Task<Results<Created<ProfileDto>, ProblemHttpResult>> (ProfileDto input, ProfileStore store, CancellationToken ct) =>
                await store.SaveAsync(input with { Id = 0 }, ct).ConfigureAwait(false) switch
                {
                    ({ } p, _) => TypedResults.Created($"/api/v1/profiles/{p.Id}", ProfileDto.From(p)),
                    (_, var problems) => Refused(string.Join(" ", problems)),
                })
            .WithSummary("Adds a quality profile; every problem with it is named");
        profiles.MapPut("/{id:int}", async Task<Results<Ok<ProfileDto>, NotFound, ProblemHttpResult>> (int id, ProfileDto input, ProfileStore store, CancellationToken ct) =>
            {
                try
                {
                    return await store.SaveAsync(input with { Id = id }, ct).ConfigureAwait(false) switch
                    {
                        ({ } p, _) => TypedResults.Ok(ProfileDto.From(p)),
                        (_, var problems) => Refused(string.Join(" ", problems)),
                    };
                }
                catch (KeyNotFoundException)
                {
                    return TypedResults.NotFound();
                }
            });
        profiles.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound, ProblemHttpResult>> (int id, ProfileStore store, CancellationToken ct) =>
            await store.DeleteAsync(id, ct).ConfigureAwait(false) switch
            {
                (false, _) => TypedResults.NotFound(),
                (true, { } problem) => TypedResults.Problem(problem, statusCode: StatusCodes.Status409Conflict, title: "The profile was not removed"),
                _ => TypedResults.NoContent(),
            });
        return routes;
    }

    private static ArrApp? ParseApp(string? app) => app?.ToLowerInvariant() switch
    {
        "radarr" => ArrApp.Radarr,
        "sonarr" => ArrApp.Sonarr,
        _ => null,
    };

    private static ProblemHttpResult Refused(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Not saved");
}
