using System.Net;
using Hearth.Egress.KillSwitch;

namespace Hearth.Egress.Tests;

public sealed class KillSwitchRulesTests
{
    private static KillSwitchPolicy Policy(bool v6 = false) => new()
    {
        TunnelInterface = "hearth0",
        OuterInterface = "eth0",
        Endpoint = IPEndPoint.Parse("203.0.113.2:51820"),
        AllowedSubnets = [IPNetwork.Parse("10.203.0.0/30"), IPNetwork.Parse("192.168.1.0/24"), IPNetwork.Parse("fd00:1::/64")],
        TunnelHasIPv6 = v6,
    };

    [Fact]
    public void Build_V4Tunnel_IsTheGoldenRuleset()
    {
        const string Golden = """
            table inet hearth_killswitch
            delete table inet hearth_killswitch
            table inet hearth_killswitch {
              set forwarded_tcp { type inet_service; }
              set forwarded_udp { type inet_service; }
              chain input {
                type filter hook input priority filter; policy drop;
                iifname "lo" accept
                ct state invalid drop
                meta nfproto ipv6 counter drop comment "ipv6-in"
                ct state established,related accept
                iifname "hearth0" tcp dport @forwarded_tcp accept
                iifname "hearth0" udp dport @forwarded_udp accept
                iifname "eth0" ip saddr { 10.203.0.0/30, 192.168.1.0/24 } accept
                counter comment "dropped-in"
              }
              chain forward {
                type filter hook forward priority filter; policy drop;
                counter comment "dropped-forward"
              }
              chain output {
                type filter hook output priority filter; policy drop;
                oifname "lo" accept
                oifname != "hearth0" meta l4proto { tcp, udp } th dport 53 counter drop comment "dns-outside-tunnel"
                meta nfproto ipv6 counter drop comment "ipv6-out"
                oifname "hearth0" accept
                oifname "eth0" ip daddr 203.0.113.2 udp dport 51820 accept
                oifname "eth0" ip daddr { 10.203.0.0/30, 192.168.1.0/24 } accept
                counter comment "dropped-out"
              }
            }

            """;
        Assert.Equal(Golden.Replace("\r", string.Empty, StringComparison.Ordinal), KillSwitchRules.Build(Policy()));
    }

    [Fact]
    public void Build_Output_NeverAcceptsEstablishedOutsideTheTunnel()
    {
        var output = KillSwitchRules.Build(Policy())[KillSwitchRules.Build(Policy()).IndexOf("chain output", StringComparison.Ordinal)..];
        Assert.DoesNotContain("ct state", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_V6Tunnel_LetsIPv6OnlyThroughTunnelAndListedSubnets()
    {
        var rules = KillSwitchRules.Build(Policy(v6: true));
        Assert.DoesNotContain("ipv6-out", rules, StringComparison.Ordinal);
        Assert.Contains("oifname \"eth0\" ip6 daddr { fd00:1::/64 } accept", rules, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_InterfaceNameWithQuote_IsRefused() =>
        Assert.Throws<ArgumentException>(() => KillSwitchRules.Build(Policy() with { TunnelInterface = "x\" accept" }));
}
