using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.FileProviders;

namespace Hearth.Web;

/// <summary>
/// Serves the built web client: its hashed assets cached for good, and index.html for every page path
/// the client routes itself (/movies/…, /admin), so a reload or a shared link works. API paths never
/// fall back to the page: an unknown API route stays a 404 a program can read.
/// </summary>
internal static class WebClient
{
    public static void UseWebClientFiles(this WebApplication app, string webRoot)
    {
        if (!File.Exists(Path.Combine(webRoot, "index.html")))
        {
            return;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(webRoot),
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                // assets carry a content hash in their name; index.html must be asked for again each time
                headers.CacheControl = context.File.Name.Equals("index.html", StringComparison.Ordinal)
                    ? "no-cache"
                    : "public, max-age=31536000, immutable";
            },
        });
    }

    public static void MapWebClient(this WebApplication app, string webRoot)
    {
        var index = Path.Combine(webRoot, "index.html");
        // never taken for an API path: RoutingRejections answers those — 404 for an unknown route, 405 for a wrong
        // method, 415 for a body of the wrong content type (a fallback answering 404 turned all three into 404)
        var pages = RoutePatternFactory.Parse("{*path:nonfile}", defaults: null, parameterPolicies: new { path = new PagePath() });
        app.Map(pages, (HttpContext http) =>
        {
            var path = http.Request.Path;
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
            {
                return Results.NotFound();
            }

            if (path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || Path.HasExtension(path.Value))
            {
                return Results.NotFound();
            }

            if (!File.Exists(index))
            {
                return path == "/" ? LandingPage.Result() : Results.NotFound();
            }

            http.Response.Headers.CacheControl = "no-cache";
            return Results.File(index, "text/html; charset=utf-8");
        }).WithOrder(int.MaxValue).WithDisplayName("Fallback: the web client's pages").AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>A path the web client may route: anything outside /api and /openapi.</summary>
    private sealed class PagePath : IRouteConstraint
    {
        public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
        {
            var path = values.TryGetValue(routeKey, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;
            return !IsApi(path, "api") && !IsApi(path, "openapi");
        }

        private static bool IsApi(string path, string prefix) =>
            path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (path.Length == prefix.Length || path[prefix.Length] == '/');
    }
}
