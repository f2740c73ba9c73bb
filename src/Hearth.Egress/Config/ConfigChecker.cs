using System.Net;
using System.Net.Sockets;

namespace Hearth.Egress.Config;

/// <summary>
/// `hearth egress check`: everything the parser finds, plus whether the endpoint's name resolves (the one
/// lookup egress makes outside the tunnel, before the kill switch pins the answer).
/// </summary>
public static class ConfigChecker
{
    public sealed record Result(WireGuardConfig? Config, IPEndPoint? Endpoint, IReadOnlyList<ConfigProblem> Problems)
    {
        public bool Ok => Problems.Count == 0;
    }

    public static async Task<Result> CheckFileAsync(string path, CancellationToken ct, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
    {
        var (config, problems) = WireGuardConfigParser.TryParseFile(path);
        if (config is null)
        {
            return new Result(null, null, problems);
        }

        var (endpoint, problem) = await ResolveEndpointAsync(config.Peer, ct, resolve).ConfigureAwait(false);
        return problem is null ? new Result(config, endpoint, problems) : new Result(config, null, [.. problems, problem]);
    }

    public static async Task<(IPEndPoint? Endpoint, ConfigProblem? Problem)> ResolveEndpointAsync(WireGuardPeer peer, CancellationToken ct, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
    {
        if (IPAddress.TryParse(peer.EndpointHost, out var literal))
        {
            return (new IPEndPoint(literal, peer.EndpointPort), null);
        }

        try
        {
            var addresses = await (resolve ?? ((host, token) => Dns.GetHostAddressesAsync(host, token)))(peer.EndpointHost, ct).ConfigureAwait(false);
            // IPv4 first: the kill switch allows exactly one address, and most providers' endpoints are v4
            var chosen = addresses.OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1).FirstOrDefault();
            if (chosen is not null)
            {
                return (new IPEndPoint(chosen, peer.EndpointPort), null);
            }
        }
        catch (SocketException)
        {
            // reported below in plain words
        }

        return (null, new ConfigProblem("endpoint-unresolvable", $"The endpoint name {peer.EndpointHost} does not resolve to an address. Check the spelling, or use the server's IP address in Endpoint."));
    }
}
