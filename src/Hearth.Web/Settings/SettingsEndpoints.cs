using Hearth.Core.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hearth.Web.Settings;

/// <summary>GET and PUT /api/v1/settings: the common settings, for admins (the Settings page).</summary>
public static class SettingsEndpoints
{
    public static IEndpointRouteBuilder MapSettingsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/settings").WithTags("Settings").RequireAuthorization(CallerAccess.AdminPolicy);
        group.MapGet("/", (SettingsFile settings) => TypedResults.Ok(settings.List()))
            .WithSummary("The common settings, what the server uses now, and which need a restart (admin)");
        group.MapPut("/", async Task<Results<Ok<SettingsList>, ValidationProblem>> (SettingsChange change, SettingsFile settings, CancellationToken ct) =>
        {
            var problems = await settings.SaveAsync(change, ct).ConfigureAwait(false);
            return problems.Count > 0
                ? TypedResults.ValidationProblem(problems, detail: string.Join(" ", problems.Values.SelectMany(p => p)), title: "A setting is not valid")
                : TypedResults.Ok(settings.List());
        }).WithSummary("Saves settings to settings.json, checked as at start; the rest of the file is kept (admin)");
        return routes;
    }
}
