using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Hearth.Core.Egress;
using Hearth.Egress;
using Hearth.Egress.Config;
using Hearth.Lab.Tests.Lab;
using Hearth.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hearth.Lab.Tests.Egress;

/// <summary>
/// The egress topology, built for real:
///
///   egress ns (made by EgressController) ──veth 10.203.0.0/30── home ──WAN 198.51.100.0/24── internet ──203.0.113.0/24── provider
///                                                                  (routes and masquerades                (target 192.0.2.80 / 2001:db8:80::80,
///                                                                   the egress link, so a leak            IP echo 192.0.2.10, resolver 192.0.2.53)   (WireGuard endpoint 203.0.113.2:51820,
///                                                                   would be seen on its WAN)                                                          NAT to the internet, DNS + NAT-PMP at 10.64.0.1)
///
/// The home counts what it forwards from the egress link, the internet counts what arrives from the home.
/// Everything here is lab namespaces; the host's own namespace is never linked.
/// </summary>
public sealed partial class EgressLab : IAsyncDisposable
{
    public static readonly IPAddress Target = IPAddress.Parse("192.0.2.80");
    public static readonly IPAddress Target6 = IPAddress.Parse("2001:db8:80::80");
    public static readonly IPAddress Echo = IPAddress.Parse("192.0.2.10");
    public static readonly IPAddress PublicResolver = IPAddress.Parse("192.0.2.53");
    public static readonly IPAddress PublicResolver6 = IPAddress.Parse("2001:db8:80::53");
    public static readonly IPAddress HomeResolver = IPAddress.Parse("192.168.77.1");
    public static readonly IPAddress HomeWan = IPAddress.Parse("198.51.100.2");
    public static readonly IPAddress VpnExit = IPAddress.Parse("203.0.113.2");
    public static readonly IPAddress TunnelGateway = IPAddress.Parse("10.64.0.1");
    public const int EndpointPort = 51820;

    private readonly List<IAsyncDisposable> services = [];

    private EgressLab(Lab.Lab lab, TempFolder folder)
    {
        Lab = lab;
        Folder = folder;
    }

    public Lab.Lab Lab { get; }

    public TempFolder Folder { get; }

    public string Internet { get; private set; } = string.Empty;

    public string Home { get; private set; } = string.Empty;

    public string Provider { get; private set; } = string.Empty;

    public string EgressNs => Options.Namespace;

    public string ProviderInterface => Lab.Name("pwg");

    public string ClientPublicKey { get; private set; } = string.Empty;

    public string ConfigFile => Folder.Combine("wg.conf");

    public EgressOptions Options { get; private set; } = null!;

    public EgressController Egress { get; private set; } = null!;

    public LabDns ProviderDns { get; private set; } = null!;

    public LabDns HomeDns { get; private set; } = null!;

    public LabDns InternetDns { get; private set; } = null!;

    public LabNatPmp NatPmp { get; private set; } = null!;

    public LabWeb Web { get; private set; } = null!;

    public RecordingListener Listener { get; } = new();

    public Probes Inside => new(EgressNs);

    /// <param name="configure">Changes to the egress options before the controller is made.</param>
    /// <param name="startTunnel">False leaves egress prepared (kill switch on, link up) with no tunnel.</param>
    /// <param name="withEgress">False builds only the world around egress (for a test that runs hearth itself).</param>
    public static async Task<EgressLab> StartAsync(Action<EgressOptions>? configure = null, bool startTunnel = true, bool withEgress = true)
    {
        var lab = await global::Hearth.Lab.Tests.Lab.Lab.CreateAsync();
        var result = new EgressLab(lab, new TempFolder());
        try
        {
            await result.BuildAsync(configure, startTunnel, withEgress);
            return result;
        }
        catch
        {
            await result.DisposeAsync();
            throw;
        }
    }

    private async Task BuildAsync(Action<EgressOptions>? configure, bool startTunnel, bool withEgress)
    {
        Internet = await Lab.NamespaceAsync("hli", forwarding: true);
        Home = await Lab.NamespaceAsync("hlh", forwarding: true);
        Provider = await Lab.NamespaceAsync("hlp", forwarding: true);
        await Lab.LinkAsync(Internet, "to-home", ["198.51.100.1/24", "2001:db8:51::1/64"], Home, "wan0", ["198.51.100.2/24", "2001:db8:51::2/64"]);
        await Lab.LinkAsync(Internet, "to-prov", ["203.0.113.1/24"], Provider, "wan0", ["203.0.113.2/24"]);
        foreach (var address in new[] { "192.0.2.80/32", "192.0.2.10/32", "192.0.2.53/32", "2001:db8:80::80/128", "2001:db8:80::53/128" })
        {
            await Lab.AddressAsync(Internet, "lo", address);
        }

        await Lab.AddressAsync(Home, "lo", "192.168.77.1/32");
        await Lab.RouteAsync(Home, "default", "via", "198.51.100.1");
        await Lab.RouteAsync(Home, "default", "via", "2001:db8:51::1");
        await Lab.RouteAsync(Provider, "default", "via", "203.0.113.1");

        var (serverPrivate, serverPublic) = await KeysAsync("server");
        var (_, clientPublic) = await KeysAsync("client");
        ClientPublicKey = clientPublic;
        await Lab.ExecAsync(Provider, "wireguard-go", ProviderInterface);
        await Lab.ExecAsync(Provider, "wg", "set", ProviderInterface, "listen-port", EndpointPort.ToString(CultureInfo.InvariantCulture), "private-key", serverPrivate);
        await AddClientPeerAsync();
        await Lab.AddressAsync(Provider, ProviderInterface, "10.64.0.1/24");
        await Lab.Commands.IpAsync(Provider, ["link", "set", "dev", ProviderInterface, "up"], default);
        await Lab.NftAsync(Provider, "table ip provider_nat {\n chain post {\n  type nat hook postrouting priority srcnat;\n  ip saddr 10.64.0.0/24 oifname \"wan0\" masquerade\n }\n}\n");

        Web = Own(new LabWeb(Internet, Echo, [Target, Target6]));
        InternetDns = Own(new LabDns(Internet, Records, [PublicResolver, PublicResolver6]));
        ProviderDns = Own(new LabDns(Provider, Records));
        HomeDns = Own(new LabDns(Home, Records));
        NatPmp = Own(new LabNatPmp(Provider));

        await File.WriteAllTextAsync(ConfigFile, $"""
            # a provider file as downloaded, with the private key kept in a file beside it
            [Interface]
            PrivateKeyFile = client.key
            Address = 10.64.0.2/32
            DNS = 10.64.0.1
            MTU = 1420

            [Peer]
            PublicKey = {serverPublic}
            Endpoint = {VpnExit}:{EndpointPort}
            AllowedIPs = 0.0.0.0/0, ::/0
            PersistentKeepalive = 2
            """);

        Options = new EgressOptions
        {
            ConfigFile = ConfigFile,
            Namespace = Lab.Name("hle"),
            HostNamespace = Home,
            TunnelInterface = Lab.Name("hwg"),
            RuntimeDirectory = Path.Combine("/run/hearth-egress", Lab.Name("hle")),
            PublicIpUrl = $"http://{Echo}/",
            ProbeTargets = [$"{Target}:80"],
            HealthInterval = TimeSpan.FromMilliseconds(500),
            FailuresBeforeRestart = 1,
            PortLifetime = TimeSpan.FromSeconds(60),
        };
        configure?.Invoke(Options);
        Lab.Adopt(Options.Namespace);
        Lab.AdoptFolder(Options.RuntimeDirectory);
        Lab.AdoptFolder(Path.Combine("/etc/netns", Options.Namespace));
        await CountersAsync();
        if (!withEgress)
        {
            return;
        }

        var config = WireGuardConfigParser.ParseFile(ConfigFile);
        Egress = new EgressController(Options, config, Lab.Commands, [Listener], TimeProvider.System, NullLogger.Instance);
        await Egress.PrepareAsync(default);
        await AddCarelessRoutesAsync();
        if (startTunnel)
        {
            await Egress.StartTunnelAsync(default);
            await WaitHealthyAsync();
        }
    }

    public Task AddClientPeerAsync() =>
        Lab.ExecAsync(Provider, "wg", "set", ProviderInterface, "peer", ClientPublicKey, "allowed-ips", "10.64.0.2/32");

    public Task RemoveClientPeerAsync() =>
        Lab.ExecAsync(Provider, "wg", "set", ProviderInterface, "peer", ClientPublicKey, "remove");

    /// <summary>
    /// Routes a careless setup leaves: a default route out of the link for IPv4 and IPv6, below the tunnel's.
    /// With them, only the kill switch stands between a dead tunnel and a leak, which is what is tested.
    /// </summary>
    public async Task AddCarelessRoutesAsync()
    {
        await Lab.AddressAsync(Home, Options.HostLinkInterface, "fd00:203::1/64");
        await Lab.AddressAsync(EgressNs, Options.OuterInterface, "fd00:203::2/64");
        await Lab.Commands.IpAsync(EgressNs, ["-4", "route", "add", "default", "via", Options.HostLinkAddress.ToString(), "dev", Options.OuterInterface, "metric", "500"], default);
        await Lab.Commands.IpAsync(EgressNs, ["-6", "route", "add", "default", "via", "fd00:203::1", "dev", Options.OuterInterface, "metric", "500"], default);
    }

    public async Task WaitHealthyAsync(TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(15));
        while (!await Egress.CheckHealthAsync(default))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the tunnel did not become healthy: {(await Egress.StatusAsync(default)).Reason}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>The kill switch's own drop counters inside the egress namespace.</summary>
    public Task<IReadOnlyDictionary<string, long>> KillSwitchDropsAsync() => Egress.KillSwitch.DropCountersAsync(default);

    /// <summary>
    /// What the home and the internet counted: packets the home forwarded from the egress link other than to
    /// the VPN endpoint ("leak"), to the endpoint, to the home itself, and what reached the internet from the home.
    /// </summary>
    public async Task<WanCounters> ReadCountersAsync()
    {
        var home = await ReadTableAsync(Home);
        var internet = await ReadTableAsync(Internet);
        return new WanCounters(
            home.GetValueOrDefault("leak"),
            home.GetValueOrDefault("to-endpoint"),
            home.GetValueOrDefault("to-home"),
            internet.GetValueOrDefault("leak") + internet.GetValueOrDefault("leak-in"),
            HomeDns.Queries);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (Egress is not null)
            {
                await Egress.DisposeAsync();
            }
        }
        finally
        {
            foreach (var service in services)
            {
                await service.DisposeAsync();
            }

            await Lab.DisposeAsync();
            Folder.Dispose();
        }
    }

    private static readonly Dictionary<string, IPAddress> Records = new()
    {
        ["target.lab"] = Target,
        ["echo.lab"] = Echo,
    };

    private T Own<T>(T service)
        where T : IAsyncDisposable
    {
        services.Add(service);
        return service;
    }

    private async Task CountersAsync()
    {
        var hv = Options.HostLinkInterface;
        await Lab.NftAsync(Home, $$"""
            table inet lab {
              chain count_forward {
                type filter hook forward priority -10; policy accept;
                iifname "{{hv}}" ip daddr {{VpnExit}} udp dport {{EndpointPort}} counter accept comment "to-endpoint"
                iifname "{{hv}}" counter comment "leak"
              }
              chain count_input {
                type filter hook input priority -10; policy accept;
                iifname "{{hv}}" counter comment "to-home"
              }
            }
            """);
        await Lab.NftAsync(Internet, $$"""
            table inet lab {
              chain count_forward {
                type filter hook forward priority -10; policy accept;
                iifname "to-home" ip daddr {{VpnExit}} udp dport {{EndpointPort}} counter accept comment "to-endpoint"
                iifname "to-home" counter comment "leak"
              }
              chain count_input {
                type filter hook input priority -10; policy accept;
                iifname "to-home" counter comment "leak-in"
              }
            }
            """);
    }

    private async Task<Dictionary<string, long>> ReadTableAsync(string ns)
    {
        var listed = await Lab.Commands.NftAsync(ns, ["list", "table", "inet", "lab"], default);
        return CounterPattern().Matches(listed.StandardOutput)
            .ToDictionary(m => m.Groups[2].Value, m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    // keys made by wg at test time, in the test's temp folder (0600); none is ever committed
    private async Task<(string PrivateFile, string PublicKey)> KeysAsync(string name)
    {
        var key = Folder.Combine(name + ".key");
        await Lab.Commands.Runner.RunAsync("sh", ["-c", $"umask 077; wg genkey > '{key}' && wg pubkey < '{key}' > '{key}.pub'"]);
        return (key, (await File.ReadAllTextAsync(key + ".pub")).Trim());
    }

    [GeneratedRegex(@"counter packets (\d+) bytes \d+.*?comment ""([^""]+)""")]
    private static partial Regex CounterPattern();
}

public sealed record WanCounters(long Leaked, long ToEndpoint, long ToHome, long InternetFromHome, int HomeResolverQueries)
{
    public WanCounters Minus(WanCounters before) =>
        new(Leaked - before.Leaked, ToEndpoint - before.ToEndpoint, ToHome - before.ToHome, InternetFromHome - before.InternetFromHome, HomeResolverQueries - before.HomeResolverQueries);
}

/// <summary>What the port listener was told, in order.</summary>
public sealed class RecordingListener : IForwardedPortListener
{
    private readonly List<int?> ports = [];

    public IReadOnlyList<int?> Ports
    {
        get
        {
            lock (ports)
            {
                return [.. ports];
            }
        }
    }

    public Task ForwardedPortChangedAsync(int? port, CancellationToken cancellationToken)
    {
        lock (ports)
        {
            ports.Add(port);
        }

        return Task.CompletedTask;
    }
}
