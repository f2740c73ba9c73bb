using System.Net;
using Hearth.Lab.Tests.Lab;

namespace Hearth.Lab.Tests.Egress;

/// <summary>
/// Tries every way out of the egress namespace, N rounds, and reads what the home and the internet counted
/// meanwhile. The figures go to the test output and to leak-figures.txt beside the test assembly.
/// </summary>
public sealed class LeakProbe(EgressLab lab)
{
    public static readonly string[] Kinds = ["tcp4", "tcp6", "udp4", "udp6", "icmp4", "icmp6", "dns4", "dns6", "dns-home", "dns-link", "dns-system"];

    public sealed record Result(string Scenario, int Rounds, IReadOnlyDictionary<string, int> Successes, WanCounters Counters, long KillSwitchDrops)
    {
        public int Attempts => Rounds * Kinds.Length;

        public override string ToString() =>
            $"{Scenario}: {Rounds} attempts per protocol ({string.Join(", ", Kinds)}); answered: {string.Join(", ", Successes.Where(s => s.Value > 0).Select(s => $"{s.Key}={s.Value}").DefaultIfEmpty("none"))}; " +
            $"home WAN saw {Counters.Leaked} packets from the egress namespace other than to the VPN endpoint ({Counters.ToEndpoint} to the endpoint), " +
            $"{Counters.ToHome} to the home itself, the internet saw {Counters.InternetFromHome} non-endpoint packets from the home, the home resolver {Counters.HomeResolverQueries} queries; the kill switch dropped {KillSwitchDrops}";
    }

    public async Task<Result> RunAsync(string scenario, int rounds, CancellationToken ct = default)
    {
        var before = await lab.ReadCountersAsync();
        var dropsBefore = (await lab.KillSwitchDropsAsync()).Values.Sum();
        var successes = Kinds.ToDictionary(k => k, _ => 0);
        var inside = new Probes(lab.EgressNs, TimeSpan.FromMilliseconds(400));
        var link = lab.Options.HostLinkAddress;
        for (var round = 0; round < rounds && !ct.IsCancellationRequested; round++)
        {
            var attempts = new (string Kind, Task<bool> Attempt)[]
            {
                ("tcp4", inside.TcpAsync(new IPEndPoint(EgressLab.Target, 80))),
                ("tcp6", inside.TcpAsync(new IPEndPoint(EgressLab.Target6, 80))),
                ("udp4", inside.UdpAsync(new IPEndPoint(EgressLab.Target, 7))),
                ("udp6", inside.UdpAsync(new IPEndPoint(EgressLab.Target6, 7))),
                ("icmp4", inside.IcmpAsync(EgressLab.Target)),
                ("icmp6", inside.IcmpAsync(EgressLab.Target6)),
                ("dns4", inside.DnsAsync(EgressLab.PublicResolver, "target.lab")),
                ("dns6", inside.DnsAsync(EgressLab.PublicResolver6, "target.lab")),
                ("dns-home", inside.DnsAsync(EgressLab.HomeResolver, "target.lab")),
                ("dns-link", inside.DnsAsync(link, "target.lab")),
                ("dns-system", SystemLookupAsync()),
            };
            foreach (var (kind, attempt) in attempts)
            {
                if (await attempt)
                {
                    successes[kind]++;
                }
            }
        }

        // late packets (retransmissions) are counted too
        await Task.Delay(500, CancellationToken.None);
        var counters = (await lab.ReadCountersAsync()).Minus(before);
        var drops = (await lab.KillSwitchDropsAsync()).Values.Sum() - dropsBefore;
        var result = new Result(scenario, rounds, successes, counters, drops);
        await File.AppendAllTextAsync(Path.Combine(AppContext.BaseDirectory, "leak-figures.txt"), result + Environment.NewLine, CancellationToken.None);
        return result;
    }

    // the way a program inside looks a name up: glibc, with the namespace's own resolv.conf
    private async Task<bool> SystemLookupAsync()
    {
        var result = await lab.Lab.Commands.ExecAsync(lab.EgressNs, "timeout", ["1", "getent", "ahostsv4", "target.lab"], default, throwOnFailure: false);
        return result.ExitCode == 0;
    }
}
