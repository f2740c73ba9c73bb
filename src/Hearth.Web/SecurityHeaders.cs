namespace Hearth.Web;

/// <summary>
/// Headers every answer carries, whatever served it (an API route, the static files, index.html asked for
/// by name, an error page): no content sniffing, no framing, no referrer, and the page policy. Set in one
/// place so no route can forget them.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; style-src 'self' 'unsafe-inline'; " +
        "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            if (http.Request.Path.StartsWithSegments("/api") && !headers.ContainsKey("Cache-Control"))
            {
                // answers about a person's library and account are theirs: a shared proxy keeps none of them
                headers.CacheControl = "private, no-cache";
            }

            return Task.CompletedTask;
        });
        return next(http);
    });
}
