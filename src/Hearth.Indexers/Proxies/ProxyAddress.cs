using System.Net;

namespace Hearth.Indexers.Proxies;

/// <summary>An indexer's optional proxy: <c>http://host:port</c>, <c>socks5://host:port</c>, with optional user:password.</summary>
public static class ProxyAddress
{
    private static readonly string[] Schemes = ["http", "https", "socks4", "socks4a", "socks5"];

    /// <summary>Null when it is fine, else why not.</summary>
    public static string? Problem(string? proxy)
    {
        if (string.IsNullOrWhiteSpace(proxy))
        {
            return null;
        }

        if (!Uri.TryCreate(proxy, UriKind.Absolute, out var uri) || !Schemes.Contains(uri.Scheme) || string.IsNullOrEmpty(uri.Host))
        {
            return "A proxy is written http://host:port or socks5://host:port (user:password@ before the host if it needs them).";
        }

        return uri.IsDefaultPort && uri.Scheme.StartsWith("socks", StringComparison.Ordinal) && proxy.LastIndexOf(':') <= uri.Scheme.Length
            ? "A SOCKS proxy needs a port (socks5://host:1080)."
            : null;
    }

    public static WebProxy ToWebProxy(string proxy)
    {
        var uri = new Uri(proxy);
        var address = new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri;
        var web = new WebProxy(address) { BypassProxyOnLocal = false };
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            web.Credentials = new NetworkCredential(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty);
        }

        return web;
    }

    /// <summary>The proxy with any password hidden, for the API and logs.</summary>
    public static string? Redact(string? proxy)
    {
        if (string.IsNullOrWhiteSpace(proxy) || !Uri.TryCreate(proxy, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.UserInfo))
        {
            return proxy;
        }

        var user = uri.UserInfo.Split(':', 2)[0];
        return new UriBuilder(uri) { UserName = user, Password = "****" }.Uri.ToString().TrimEnd('/');
    }
}
