using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Hearth.Web;

/// <summary>
/// X-Forwarded-For, -Proto and -Host are believed only from the proxies the user named
/// (<c>--trusted-proxy</c>, or <c>Server:TrustedProxies</c>): anyone else could claim any address (and so
/// dodge the sign-in throttle) or claim HTTPS. Behind a named TLS proxy the session cookie is Secure and
/// the throttle sees the real client.
/// </summary>
public static class TrustedProxies
{
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app, IReadOnlyList<string> proxies)
    {
        if (proxies.Count == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
            ForwardLimit = 1,
        };
        // the defaults trust loopback; only what the user listed is trusted
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            if (System.Net.IPNetwork.TryParse(proxy, out var network))
            {
                options.KnownIPNetworks.Add(network);
            }
            else
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        }

        return app.UseForwardedHeaders(options);
    }

    /// <summary>Checks each entry (an address or a CIDR network); answers the first problem, or null.</summary>
    public static string? Problem(IEnumerable<string> proxies) =>
        proxies.Where(p => !IPAddress.TryParse(p, out _) && !System.Net.IPNetwork.TryParse(p, out _))
            .Select(p => $"--trusted-proxy takes an IP address or a network such as 192.168.1.0/24, not '{p}'")
            .FirstOrDefault();
}
