using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Hearth.Egress;

/// <summary>How the egress role builds and watches its tunnel. Bound from the "Egress" section.</summary>
public sealed class EgressOptions
{
    public const string Section = "Egress";

    /// <summary>The provider's WireGuard file.</summary>
    [Required]
    public string ConfigFile { get; set; } = string.Empty;

    /// <summary>The network namespace egress creates and owns; acquire runs inside it.</summary>
    [Required, RegularExpression("^[a-zA-Z0-9_-][a-zA-Z0-9_.-]{0,31}$", ErrorMessage = "the namespace name is 1 to 32 letters, digits, '.', '_' or '-', not starting with '.'")]
    public string Namespace { get; set; } = "hearth-egress";

    /// <summary>
    /// Where the host end of the link lives: null for this process's own namespace (the product), or a
    /// named namespace standing in for the host (the lab).
    /// </summary>
    public string? HostNamespace { get; set; }

    /// <summary>The tunnel interface; unique on the machine, because wireguard-go's control socket is named after it.</summary>
    [Required, RegularExpression("^[a-zA-Z0-9_-][a-zA-Z0-9_.-]{0,14}$", ErrorMessage = "the tunnel interface name is 1 to 15 letters, digits, '.', '_' or '-', not starting with '.'")]
    public string TunnelInterface { get; set; } = "hearth0";

    /// <summary>The link between host and namespace: the host takes the first address, the namespace the second.</summary>
    [Required]
    public string LinkSubnet { get; set; } = "10.203.0.0/30";

    /// <summary>Subnets the namespace may reach outside the tunnel (the LAN, say); the link's subnet always may.</summary>
    public List<string> AllowedSubnets { get; set; } = [];

    /// <summary>A resolver to use inside the tunnel instead of the config's DNS line.</summary>
    public string? DnsServer { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan HealthInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A handshake older than this means the tunnel is dead (WireGuard rekeys every 2 minutes while in use).</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(180);

    /// <summary>host:port targets probed over TCP through the tunnel; one answering is enough.</summary>
    public List<string> ProbeTargets { get; set; } = [];

    [Range(1, 100)]
    public int FailuresBeforeRestart { get; set; } = 2;

    /// <summary>An IP-echo service that answers the caller's address as plain text.</summary>
    public string PublicIpUrl { get; set; } = "https://api.ipify.org";

    /// <summary>The household's own internet address; when not set it is asked from the same service, outside the tunnel.</summary>
    public string? HomeWanAddress { get; set; }

    public bool PortForwarding { get; set; }

    /// <summary>The NAT-PMP gateway inside the tunnel; default the config's first DNS server (as ProtonVPN's 10.2.0.1).</summary>
    public string? NatPmpGateway { get; set; }

    [Range(typeof(TimeSpan), "00:00:02", "1.00:00:00")]
    public TimeSpan PortLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Where keys are written for wg (0700, files 0600).</summary>
    public string RuntimeDirectory { get; set; } = "/run/hearth-egress";

    public IPNetwork Link => IPNetwork.Parse(LinkSubnet);

    public IPAddress HostLinkAddress => Offset(Link.BaseAddress, 1);

    public IPAddress NamespaceLinkAddress => Offset(Link.BaseAddress, 2);

    /// <summary>The link's interface names: the host end is named after the namespace, the inside end is fixed.</summary>
    public string HostLinkInterface => ("hv-" + Namespace.Replace(".", string.Empty, StringComparison.Ordinal))[..Math.Min(15, 3 + Namespace.Replace(".", string.Empty, StringComparison.Ordinal).Length)];

    public string OuterInterface => "eth0";

    /// <summary>
    /// Every problem with these options, in plain words: the attributes above plus what they cannot say
    /// (subnets that parse, probe targets that are host:port). Checked wherever egress is composed — the
    /// controller refuses options with a problem — so no path (`up --vpn`, the egress role, the lab) reaches
    /// a namespace name or a folder that was never checked.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true);
        var problems = results.Select(r => r.ErrorMessage ?? "a setting is not valid").ToList();
        if (!IPNetwork.TryParse(LinkSubnet, out var link) || link.BaseAddress.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork || link.PrefixLength > 30)
        {
            problems.Add($"the link subnet '{LinkSubnet}' must be an IPv4 network of at least 4 addresses, such as 10.203.0.0/30");
        }

        problems.AddRange(AllowedSubnets.Where(a => !IPNetwork.TryParse(a, out _)).Select(a => $"an allowed subnet (--vpn-allow) must be a network such as 192.168.1.0/24, not '{a}'"));
        problems.AddRange(ProbeTargets.Where(t => !IPEndPoint.TryParse(t, out var e) || e.Port == 0).Select(t => $"the probe target '{t}' must be an address and port, such as 1.1.1.1:443"));
        if (!Path.IsPathFullyQualified(RuntimeDirectory))
        {
            problems.Add($"the runtime folder '{RuntimeDirectory}' must be an absolute path");
        }

        return problems;
    }

    private static IPAddress Offset(IPAddress address, byte by)
    {
        var bytes = address.GetAddressBytes();
        bytes[^1] += by;
        return new IPAddress(bytes);
    }
}
