using Microsoft.AspNetCore.Routing.Template;

namespace Hearth.Web;

/// <summary>
/// A request routing found no endpoint for, or one routing answers itself (a known route with the wrong method, 405,
/// or a body of the wrong content type, 415), is answered here, before the sign-in rule: otherwise "every endpoint
/// needs a signed-in caller" turns each into 401, and a wrong content type at the open login route reads as "sign
/// in". The answer is a ProblemDetails that says what the route takes.
/// </summary>
internal static class RoutingRejections
{
    public static IApplicationBuilder UseRoutingRejections(this IApplicationBuilder app)
    {
        var sources = app.ApplicationServices.GetRequiredService<EndpointDataSource>();
        return app.Use(async (http, next) =>
        {
            var endpoint = http.GetEndpoint();
            // routing's own rejection endpoints are named "405 HTTP Method Not Supported" and "415 HTTP Unsupported
            // Media Type" (a role without the web client's page fallback gets these)
            var status = endpoint?.DisplayName switch
            {
                { } name when name.StartsWith("405 HTTP ", StringComparison.Ordinal) => StatusCodes.Status405MethodNotAllowed,
                { } name when name.StartsWith("415 HTTP ", StringComparison.Ordinal) => StatusCodes.Status415UnsupportedMediaType,
                // the page fallback never takes an API path, so an API path with no endpoint is one of these three
                null when IsApi(http.Request.Path) => Unmatched(sources, http.Request),
                _ => 0,
            };
            if (status == 0)
            {
                await next(http).ConfigureAwait(false);
                return;
            }

            var detail = status switch
            {
                StatusCodes.Status415UnsupportedMediaType => $"This route takes a JSON body (Content-Type: application/json), not '{http.Request.ContentType ?? "none"}'.",
                StatusCodes.Status405MethodNotAllowed => $"This route does not answer {http.Request.Method}.",
                _ => "There is no such route.",
            };
            await Results.Problem(detail, statusCode: status).ExecuteAsync(http).ConfigureAwait(false);
        });
    }

    internal static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi");

    // routes whose pattern fits the path: none, 404; none with this method, 405; else the body was refused, 415
    private static int Unmatched(EndpointDataSource sources, HttpRequest request)
    {
        var methodFits = false;
        var pathFits = false;
        foreach (var route in sources.Endpoints.OfType<RouteEndpoint>())
        {
            var matcher = new TemplateMatcher(TemplateParser.Parse(route.RoutePattern.RawText?.TrimStart('/') ?? string.Empty), []);
            if (route.Order == int.MaxValue || !matcher.TryMatch(request.Path, []))
            {
                continue;
            }

            pathFits = true;
            var methods = route.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            methodFits |= methods is null || methods.Contains(request.Method, StringComparer.OrdinalIgnoreCase);
        }

        return !pathFits ? StatusCodes.Status404NotFound : methodFits ? StatusCodes.Status415UnsupportedMediaType : StatusCodes.Status405MethodNotAllowed;
    }
}
