using System.Net;
using Hearth.Core.Access;
using Hearth.Core.Roles;
using Yarp.ReverseProxy.Forwarder;

namespace Hearth.Web.Roles;

/// <summary>
/// The server's side of a split deployment: the indexer routes are answered by the acquire role. The server signs
/// the caller in (session, API key, and a query key only where the protocol needs one, as it does for itself),
/// then forwards the request with the role key and the caller beside it, and the acquire role's answer unchanged.
/// The caller's own credentials never leave the server.
/// </summary>
public static class AcquireProxy
{
    /// <summary>Set on a response the acquire role refused for want of the role key (not the caller's fault).</summary>
    public const string RefusedHeader = "X-Hearth-Role-Refused";

    // the routes whose protocol carries the key in the URL (Torznab; grab links followed by download clients)
    private static readonly string[] QueryKeyRoutes =
    [
        "/api/v1/indexers/all/torznab",
        "/api/v1/indexers/all/torznab/api",
        "/api/v1/indexers/{id:guid}/torznab",
        "/api/v1/indexers/{id:guid}/torznab/api",
        "/api/v1/indexers/{id:guid}/grab/{token}",
        "/api/v1/calendar.ics",
    ];

    private static readonly string[] AutomationRoutes = ["/api/v1/movies", "/api/v1/series", "/api/v1/profiles", "/api/v1/catalog", "/api/v1/wanted", "/api/v1/episodes", "/api/v1/releases", "/api/v1/queue", "/api/v1/history", "/api/v1/customformats", "/api/v1/calendar", "/api/v1/blocklist", "/api/v1/delayprofile", "/api/v1/downloadclients"];

    public static IServiceCollection AddAcquireProxy(this IServiceCollection services, Uri acquire, RoleKey key)
    {
        services.AddHttpForwarder();
        services.AddSingleton(new AcquireLink(acquire, key, new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            ActivityHeadersPropagator = null,
        })));
        services.AddHealthChecks().AddCheck<AcquireLinkCheck>("acquire");
        return services;
    }

    public static IEndpointRouteBuilder MapAcquireProxy(this IEndpointRouteBuilder routes)
    {
        // the acquire role decides who may do what, on the caller the server names: so these are open here
        routes.Map("/api/v1/indexers", ForwardAsync).AllowAnonymous().ExcludeFromDescription();
        routes.Map("/api/v1/indexers/{**rest}", ForwardAsync).AllowAnonymous().ExcludeFromDescription();
        // the automation's catalog lives with the acquire role too
        foreach (var prefix in AutomationRoutes)
        {
            routes.Map(prefix, ForwardAsync).AllowAnonymous().ExcludeFromDescription();
            routes.Map(prefix + "/{**rest}", ForwardAsync).AllowAnonymous().ExcludeFromDescription();
        }
        foreach (var route in QueryKeyRoutes)
        {
            routes.MapGet(route, ForwardAsync).AllowAnonymous().AllowQueryApiKey().ExcludeFromDescription();
        }

        return routes;
    }

    private static async Task ForwardAsync(HttpContext http, IHttpForwarder forwarder, AcquireLink link)
    {
        var error = await forwarder.SendAsync(http, link.Address.ToString(), link.Invoker, ForwarderRequestConfig.Empty, new Transformer(link.Key)).ConfigureAwait(false);
        if (http.Response.HasStarted)
        {
            return;
        }

        if (http.Items.ContainsKey(RefusedHeader))
        {
            await WriteProblemAsync(http, StatusCodes.Status502BadGateway, "The acquire role refused this server's role key",
                "The server and the acquire role must share one role key: copy role.key from one data folder to the other, or give both the same --role-key-file.").ConfigureAwait(false);
        }
        else if (error != ForwarderError.None)
        {
            await WriteProblemAsync(http, StatusCodes.Status502BadGateway, "The acquire role does not answer",
                "Indexers are served by the acquire role, which this server cannot reach: is it running, and does --acquire name its address?").ConfigureAwait(false);
        }
    }

    private static Task WriteProblemAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.Clear();
        return Results.Problem(detail, statusCode: status, title: title).ExecuteAsync(http);
    }

    /// <summary>Where the acquire role is, the key it wants, and one connection pool to it.</summary>
    public sealed record AcquireLink(Uri Address, RoleKey Key, HttpMessageInvoker Invoker);

    private sealed class Transformer(RoleKey key) : HttpTransformer
    {
        private static readonly string[] Credentials = ["Authorization", "Cookie", "X-Api-Key", "X-Emby-Token", RoleKey.Header, ForwardedCaller.Header, "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "Forwarded"];

        public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
        {
            await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken).ConfigureAwait(false);
            foreach (var name in Credentials)
            {
                proxyRequest.Headers.Remove(name);
            }

            proxyRequest.Headers.Add(RoleKey.Header, key.Value);
            if (httpContext.User.Identity?.IsAuthenticated == true)
            {
                proxyRequest.Headers.Add(ForwardedCaller.Header, ForwardedCaller.Write(httpContext.User));
            }

            // as the server was asked (after its own trusted proxies): links the acquire role writes point here
            var request = httpContext.Request;
            proxyRequest.Headers.Add("X-Forwarded-Host", request.Host.Value);
            proxyRequest.Headers.Add("X-Forwarded-Proto", request.Scheme);
            if (httpContext.Connection.RemoteIpAddress is { } client)
            {
                proxyRequest.Headers.Add("X-Forwarded-For", client.ToString());
            }
        }

        public override async ValueTask<bool> TransformResponseAsync(HttpContext httpContext, HttpResponseMessage? proxyResponse, CancellationToken cancellationToken)
        {
            if (proxyResponse is not null && proxyResponse.Headers.Contains(RefusedHeader))
            {
                // not the caller's credentials that failed: the server says what is wrong instead of a bare 401
                httpContext.Items[RefusedHeader] = true;
                return false;
            }

            return await base.TransformResponseAsync(httpContext, proxyResponse, cancellationToken).ConfigureAwait(false);
        }
    }
}
