using System.Collections.Concurrent;
using System.Net;

namespace Hearth.Indexers.Proxies;

/// <summary>
/// The HTTP clients Hearth talks to indexers with: one per proxy (none, an HTTP proxy, or SOCKS5), each
/// with a User-Agent that names Hearth, compression, and no proxy taken from the environment by surprise.
/// </summary>
public sealed class IndexerHttp : IDisposable
{
    public static readonly string UserAgent = "Hearth/" + (typeof(IndexerHttp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0") + " (indexer hub)";

    private readonly ConcurrentDictionary<string, HttpClient> clients = new(StringComparer.Ordinal);

    public HttpClient For(string? proxy) => clients.GetOrAdd(proxy ?? string.Empty, p => Create(p, redirects: true));

    /// <summary>A client that leaves redirects to the caller: a download link may redirect to a magnet, which HTTP cannot follow.</summary>
    public HttpClient WithoutRedirects(string? proxy) => clients.GetOrAdd("no-redirects|" + proxy, _ => Create(proxy ?? string.Empty, redirects: false));

    private static HttpClient Create(string proxy, bool redirects)
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(15),
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            AllowAutoRedirect = redirects,
            MaxAutomaticRedirections = 5,
            UseProxy = proxy.Length > 0,
            Proxy = proxy.Length > 0 ? ProxyAddress.ToWebProxy(proxy) : null,
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        return client;
    }

    public void Dispose()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }
}
