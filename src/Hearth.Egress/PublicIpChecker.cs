using System.Net;
using Hearth.Egress.Namespaces;

namespace Hearth.Egress;

/// <summary>Asks an IP-echo service which address it sees: once through the tunnel, once from the host side.</summary>
public sealed class PublicIpChecker(NamespaceSockets tunnel, NamespaceSockets host, IReadOnlyList<IPAddress> tunnelDns)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<string> ThroughTunnelAsync(string url, CancellationToken ct)
    {
        using var client = tunnel.CreateHttpClient(Timeout, tunnelDns);
        return Parse(await client.GetStringAsync(new Uri(url), ct).ConfigureAwait(false));
    }

    public async Task<string> HomeAsync(string url, CancellationToken ct)
    {
        using var client = host.Name is null ? new HttpClient { Timeout = Timeout } : host.CreateHttpClient(Timeout, []);
        return Parse(await client.GetStringAsync(new Uri(url), ct).ConfigureAwait(false));
    }

    private static string Parse(string body) =>
        IPAddress.TryParse(body.Trim(), out var address) ? address.ToString() : throw new HttpRequestException($"the IP-echo service answered '{body.Trim()[..Math.Min(40, body.Trim().Length)]}', not an address");
}
