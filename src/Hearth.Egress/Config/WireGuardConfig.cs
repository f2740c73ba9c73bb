using System.Net;

namespace Hearth.Egress.Config;

/// <summary>
/// A provider's WireGuard file, as wg-quick reads it: [Interface] PrivateKey, Address, DNS, MTU and
/// [Peer] PublicKey, PresharedKey, Endpoint, AllowedIPs, PersistentKeepalive. Secrets may come from files
/// (PrivateKeyFile, PresharedKeyFile) so the config itself can be shared without them.
/// </summary>
public sealed record WireGuardConfig
{
    public required WireGuardKey PrivateKey { get; init; }

    public required IReadOnlyList<TunnelAddress> Addresses { get; init; }

    public IReadOnlyList<IPAddress> Dns { get; init; } = [];

    public int? Mtu { get; init; }

    public required WireGuardPeer Peer { get; init; }

    public bool HasIPv6 => Addresses.Any(a => a.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6);

    /// <summary>The tunnel's own IPv4 address (where the provider's gateway sends NAT-PMP answers).</summary>
    public IPAddress? IPv4Address => Addresses.FirstOrDefault(a => a.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)?.Address;
}

/// <summary>An interface address with its prefix (10.8.0.2/24 is the address 10.8.0.2 in a /24, not a network).</summary>
public sealed record TunnelAddress(IPAddress Address, int PrefixLength)
{
    public override string ToString() => $"{Address}/{PrefixLength}";
}

public sealed record WireGuardPeer
{
    public required WireGuardKey PublicKey { get; init; }

    public WireGuardKey? PresharedKey { get; init; }

    public required string EndpointHost { get; init; }

    public required int EndpointPort { get; init; }

    public required IReadOnlyList<IPNetwork> AllowedIps { get; init; }

    public int? PersistentKeepalive { get; init; }

    public string Endpoint => EndpointHost.Contains(':', StringComparison.Ordinal) ? $"[{EndpointHost}]:{EndpointPort}" : $"{EndpointHost}:{EndpointPort}";
}

/// <summary>A Curve25519 key in WireGuard's base64 form; its text never appears in ToString or logs.</summary>
public sealed class WireGuardKey
{
    private WireGuardKey(string base64) => Base64 = base64;

    /// <summary>The key as wg takes it. Write it only to a 0600 file, never to a log or a command line.</summary>
    public string Base64 { get; }

    public static bool TryParse(string? text, out WireGuardKey? key)
    {
        key = null;
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length != 44)
        {
            return false;
        }

        var bytes = new byte[32];
        if (!Convert.TryFromBase64String(text.Trim(), bytes, out var written) || written != 32)
        {
            return false;
        }

        key = new WireGuardKey(text.Trim());
        return true;
    }

    public override string ToString() => "(key)";
}
