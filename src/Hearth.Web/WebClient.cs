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
        app.MapFallback((HttpContext http) =>
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
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
