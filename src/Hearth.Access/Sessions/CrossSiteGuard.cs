using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Hearth.Access.Sessions;

/// <summary>
/// Refuses a state-changing request that signed in with the session cookie but came from another site.
/// A browser attaches the cookie to a cross-site form post by itself (SameSite=Lax still lets a top-level
/// POST navigation through in some browsers, and a body-less POST needs no CORS preflight), so the cookie
/// alone does not show the person meant it. Browsers name the page's origin in <c>Origin</c> (and
/// <c>Sec-Fetch-Site</c>) on every unsafe request; a request without either is not from a browser page.
/// Bearer tokens and API keys are never sent by a browser on its own, so they are not checked.
/// </summary>
public static class CrossSiteGuard
{
    public static IApplicationBuilder UseCrossSiteGuard(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.Items.ContainsKey(HearthAuthenticationHandler.CookieItem) && !IsSafe(http.Request.Method) && IsCrossSite(http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await http.Response.WriteAsJsonAsync(
                new { title = "Cross-site request refused", status = 403, detail = "This request came from another site with your sign-in cookie; Hearth only takes changes made from its own pages." },
                options: null,
                contentType: "application/problem+json").ConfigureAwait(false);
            return;
        }

        await next(http).ConfigureAwait(false);
    });

    /// <summary>
    /// Sec-Fetch-Site first: the browser itself compares the page's origin with the request's, so it stays
    /// right behind a reverse proxy that rewrites the host or ends TLS. Browsers too old to send it are
    /// judged by Origin's host against the Host header (scheme and port left aside, as a proxy changes them).
    /// </summary>
    public static bool IsCrossSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is not ("same-origin" or "none");
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return false;
        }

        // "null" is the origin of sandboxed frames, file: pages and some redirects: never our own page
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return true;
        }

        return !string.Equals(uri.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}
