using System.Net;
using System.Net.Sockets;

namespace Hearth.Egress.Namespaces;

/// <summary>
/// The namespace egress creates and owns, and its one link to the host: a veth pair whose host end gets the
/// link's first address, forwarding and a masquerade so the WireGuard packets reach the internet. The inside
/// end's routes name only the VPN endpoint and the allowed subnets; the default route appears with the tunnel.
/// </summary>
public sealed class EgressNamespace(NetworkCommands commands, EgressOptions options)
{
    private string Ns => options.Namespace;

    private string NatTable => "hearth_egress_" + new string([.. Ns.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);

    public NamespaceSockets Sockets { get; } = new(options.Namespace);

    public string ResolvConf => Path.Combine("/etc/netns", Ns, "resolv.conf");

    /// <summary>Makes an empty namespace (loopback only), replacing a stale one a crash left behind.</summary>
    public async Task CreateAsync(CancellationToken ct)
    {
        if (await commands.NamespaceExistsAsync(Ns, ct).ConfigureAwait(false))
        {
            await DeleteAsync(ct).ConfigureAwait(false);
        }

        await commands.Runner.RunAsync("ip", ["netns", "add", Ns], TimeSpan.FromSeconds(10), cancellationToken: ct).ConfigureAwait(false);
        await commands.IpAsync(Ns, ["link", "set", "dev", "lo", "up"], ct).ConfigureAwait(false);
    }

    /// <summary>The veth link, its addresses, and the routes to the endpoint and the allowed subnets (not a default route).</summary>
    public async Task LinkAsync(IPEndPoint endpoint, IReadOnlyList<IPNetwork> subnets, CancellationToken ct)
    {
        var host = options.HostNamespace;
        var prefix = options.Link.PrefixLength;
        await commands.IpAsync(host, ["link", "del", "dev", options.HostLinkInterface], ct, throwOnFailure: false).ConfigureAwait(false);
        await commands.IpAsync(host, ["link", "add", options.HostLinkInterface, "type", "veth", "peer", "name", options.OuterInterface, "netns", Ns], ct).ConfigureAwait(false);
        await commands.IpAsync(host, ["address", "add", $"{options.HostLinkAddress}/{prefix}", "dev", options.HostLinkInterface], ct).ConfigureAwait(false);
        await commands.IpAsync(host, ["link", "set", "dev", options.HostLinkInterface, "up"], ct).ConfigureAwait(false);
        await commands.IpAsync(Ns, ["address", "add", $"{options.NamespaceLinkAddress}/{prefix}", "dev", options.OuterInterface], ct).ConfigureAwait(false);
        await commands.IpAsync(Ns, ["link", "set", "dev", options.OuterInterface, "up"], ct).ConfigureAwait(false);
        var family = endpoint.AddressFamily == AddressFamily.InterNetwork ? "-4" : "-6";
        var bits = endpoint.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        if (family == "-4")
        {
            await commands.IpAsync(Ns, ["-4", "route", "replace", $"{endpoint.Address}/{bits}", "via", options.HostLinkAddress.ToString(), "dev", options.OuterInterface], ct).ConfigureAwait(false);
        }

        foreach (var subnet in subnets.Where(s => s.BaseAddress.AddressFamily == AddressFamily.InterNetwork && !s.Equals(options.Link)))
        {
            await commands.IpAsync(Ns, ["-4", "route", "replace", subnet.ToString(), "via", options.HostLinkAddress.ToString(), "dev", options.OuterInterface], ct).ConfigureAwait(false);
        }

        // the host forwards the namespace's packets (in practice: WireGuard's, to the endpoint) and hides its address
        await commands.SysctlAsync(host, "net.ipv4.ip_forward", "1", ct).ConfigureAwait(false);
        var nat = $"table ip {NatTable} {{\n  chain postrouting {{\n    type nat hook postrouting priority srcnat; policy accept;\n" +
                  $"    ip saddr {options.Link} oifname != \"{options.HostLinkInterface}\" masquerade\n  }}\n}}\n";
        var file = Path.Combine(options.RuntimeDirectory, "host-nat.nft");
        await File.WriteAllTextAsync(file, $"table ip {NatTable}\ndelete table ip {NatTable}\n" + nat, ct).ConfigureAwait(false);
        await commands.NftAsync(host, ["-f", file], ct).ConfigureAwait(false);
    }

    /// <summary>The namespace's own resolv.conf (ip netns exec mounts it over /etc/resolv.conf): the tunnel's DNS only.</summary>
    public async Task WriteResolvConfAsync(IReadOnlyList<IPAddress> servers, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ResolvConf)!);
        await File.WriteAllTextAsync(ResolvConf, "# written by hearth egress: DNS goes through the tunnel only\n" + string.Concat(servers.Select(s => $"nameserver {s}\n")), ct).ConfigureAwait(false);
    }

    /// <summary>Ends what runs inside, removes the namespace, the link, the host's NAT table and resolv.conf.</summary>
    public async Task DeleteAsync(CancellationToken ct)
    {
        if (await commands.NamespaceExistsAsync(Ns, ct).ConfigureAwait(false))
        {
            foreach (var pid in await commands.PidsAsync(Ns, ct).ConfigureAwait(false))
            {
                TryKill(pid);
            }

            await commands.Runner.RunAsync("ip", ["netns", "del", Ns], TimeSpan.FromSeconds(10), throwOnFailure: false, ct).ConfigureAwait(false);
        }

        await commands.IpAsync(options.HostNamespace, ["link", "del", "dev", options.HostLinkInterface], ct, throwOnFailure: false).ConfigureAwait(false);
        await commands.NftAsync(options.HostNamespace, ["delete", "table", "ip", NatTable], ct, throwOnFailure: false).ConfigureAwait(false);
        var folder = Path.GetDirectoryName(ResolvConf)!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void TryKill(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // it ended on its own
        }
    }
}
