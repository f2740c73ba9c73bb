using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Hearth.Egress.KillSwitch;

/// <summary>What the kill switch lets through; everything else in the namespace is dropped.</summary>
public sealed record KillSwitchPolicy
{
    public required string TunnelInterface { get; init; }

    public required string OuterInterface { get; init; }

    /// <summary>The VPN server, the one address the namespace may send to outside the tunnel (UDP, that port only).</summary>
    public required IPEndPoint Endpoint { get; init; }

    /// <summary>Subnets reachable on the outer interface: the link to the host, and what the user lists.</summary>
    public IReadOnlyList<IPNetwork> AllowedSubnets { get; init; } = [];

    /// <summary>Only when the tunnel itself has IPv6 may IPv6 leave, and then only through the tunnel.</summary>
    public bool TunnelHasIPv6 { get; init; }
}

/// <summary>
/// Builds the nftables ruleset, one `nft -f` transaction that replaces the table whole (so there is never a
/// moment with half the rules). Deliberately no `ct state established` on output: a connection made through
/// the tunnel must not keep flowing out of the outer interface once the tunnel is gone.
/// </summary>
public static class KillSwitchRules
{
    public const string Table = "hearth_killswitch";

    public static string Build(KillSwitchPolicy policy)
    {
        var wg = Quote(policy.TunnelInterface);
        var outer = Quote(policy.OuterInterface);
        var v4 = policy.AllowedSubnets.Where(n => n.BaseAddress.AddressFamily == AddressFamily.InterNetwork).ToList();
        var v6 = policy.TunnelHasIPv6 ? policy.AllowedSubnets.Where(n => n.BaseAddress.AddressFamily == AddressFamily.InterNetworkV6).ToList() : [];
        var endpointFamily = policy.Endpoint.AddressFamily == AddressFamily.InterNetwork ? "ip" : "ip6";
        var s = new StringBuilder();
        // declare-then-delete makes the file work whether or not the table exists, in one transaction
        s.Append("table inet ").Append(Table).Append('\n');
        s.Append("delete table inet ").Append(Table).Append('\n');
        s.Append("table inet ").Append(Table).Append(" {\n");
        s.Append("  set forwarded_tcp { type inet_service; }\n");
        s.Append("  set forwarded_udp { type inet_service; }\n");
        s.Append("  chain input {\n    type filter hook input priority filter; policy drop;\n");
        s.Append("    iifname \"lo\" accept\n");
        s.Append("    ct state invalid drop\n");
        if (!policy.TunnelHasIPv6)
        {
            s.Append("    meta nfproto ipv6 counter drop comment \"ipv6-in\"\n");
        }

        s.Append("    ct state established,related accept\n");
        s.Append("    iifname ").Append(wg).Append(" tcp dport @forwarded_tcp accept\n");
        s.Append("    iifname ").Append(wg).Append(" udp dport @forwarded_udp accept\n");
        AppendSubnets(s, "iifname", outer, "saddr", v4, v6);
        s.Append("    counter comment \"dropped-in\"\n  }\n");

        s.Append("  chain forward {\n    type filter hook forward priority filter; policy drop;\n    counter comment \"dropped-forward\"\n  }\n");

        s.Append("  chain output {\n    type filter hook output priority filter; policy drop;\n");
        s.Append("    oifname \"lo\" accept\n");
        // DNS leaves through the tunnel or not at all, even towards an allowed subnet
        s.Append("    oifname != ").Append(wg).Append(" meta l4proto { tcp, udp } th dport 53 counter drop comment \"dns-outside-tunnel\"\n");
        if (!policy.TunnelHasIPv6)
        {
            s.Append("    meta nfproto ipv6 counter drop comment \"ipv6-out\"\n");
        }

        s.Append("    oifname ").Append(wg).Append(" accept\n");
        s.Append("    oifname ").Append(outer).Append(' ').Append(endpointFamily).Append(" daddr ").Append(policy.Endpoint.Address)
            .Append(" udp dport ").Append(policy.Endpoint.Port).Append(" accept\n");
        AppendSubnets(s, "oifname", outer, "daddr", v4, v6);
        s.Append("    counter comment \"dropped-out\"\n  }\n}\n");
        return s.ToString();
    }

    private static void AppendSubnets(StringBuilder s, string match, string outer, string direction, List<IPNetwork> v4, List<IPNetwork> v6)
    {
        if (v4.Count > 0)
        {
            s.Append("    ").Append(match).Append(' ').Append(outer).Append(" ip ").Append(direction).Append(" { ")
                .Append(string.Join(", ", v4)).Append(" } accept\n");
        }

        if (v6.Count > 0)
        {
            s.Append("    ").Append(match).Append(' ').Append(outer).Append(" ip6 ").Append(direction).Append(" { ")
                .Append(string.Join(", ", v6)).Append(" } accept\n");
        }
    }

    private static string Quote(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? $"\"{name}\"" : throw new ArgumentException($"'{name}' is not an interface name");
}
