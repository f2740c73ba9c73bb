using Hearth.Releases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hearth.Web;

/// <summary>GET /api/v1/parse?title=…: how Hearth reads a release name (the same JSON as `hearth parse --json`).</summary>
public static class ReleasesEndpoints
{
    public static RouteGroupBuilder MapReleasesEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/parse").WithTags("Releases");
        group.MapGet("/", Parse).WithSummary("Parse a release, file or folder name");
        return group;
    }

    private static Results<ContentHttpResult, ProblemHttpResult> Parse(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return TypedResults.Problem("title is required", statusCode: StatusCodes.Status400BadRequest);
        }
        var parsed = ReleaseParser.Parse(title);
        return TypedResults.Text(System.Text.Json.JsonSerializer.Serialize(parsed, ReleaseJson.Default.ParsedRelease), "application/json");
    }
}
