using System.Globalization;
using System.Net;

namespace Hearth.Egress.Config;

/// <summary>Reads a wg-quick style file and says, in plain words, everything that is wrong with it at once.</summary>
public static class WireGuardConfigParser
{
    private static readonly string KeyHelp = "it must be 44 characters of base64, as `wg genkey` and `wg pubkey` print them";

    public static WireGuardConfig ParseFile(string path)
    {
        var (config, problems) = TryParseFile(path);
        return problems.Count == 0 && config is not null ? config : throw new WireGuardConfigException(problems);
    }

    public static (WireGuardConfig? Config, IReadOnlyList<ConfigProblem> Problems) TryParseFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [new ConfigProblem("unreadable", $"Cannot read the config file {path}: {e.Message}")]);
        }

        return TryParse(text, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <param name="baseDirectory">Where relative PrivateKeyFile/PresharedKeyFile paths start.</param>
    public static (WireGuardConfig? Config, IReadOnlyList<ConfigProblem> Problems) TryParse(string text, string? baseDirectory = null)
    {
        var problems = new List<ConfigProblem>();
        var sections = ReadSections(text, problems);
        var interfaces = sections.Where(s => s.Name == "interface").ToList();
        var peers = sections.Where(s => s.Name == "peer").ToList();
        if (interfaces.Count != 1)
        {
            problems.Add(new("interface-missing", interfaces.Count == 0
                ? "There is no [Interface] section: the file must start with [Interface] holding PrivateKey and Address."
                : "There is more than one [Interface] section; a WireGuard file has exactly one."));
        }

        if (peers.Count != 1)
        {
            problems.Add(new("peer-missing", peers.Count == 0
                ? "There is no [Peer] section: the VPN server's PublicKey, Endpoint and AllowedIPs are missing."
                : $"There are {peers.Count} [Peer] sections; Hearth's egress uses exactly one VPN server."));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var iface = interfaces[0].Values;
        var peer = peers[0].Values;
        var privateKey = ReadKey(iface, "PrivateKey", "[Interface] PrivateKey", baseDirectory, required: true, problems);
        var publicKey = ReadKey(peer, "PublicKey", "[Peer] PublicKey (the VPN server's key)", baseDirectory, required: true, problems);
        var presharedKey = ReadKey(peer, "PresharedKey", "[Peer] PresharedKey", baseDirectory, required: false, problems);

        var addresses = ReadPrefixes(iface, "Address", "[Interface] Address", problems).Select(p => new TunnelAddress(p.Address, p.Prefix)).ToList();
        if (addresses.Count == 0 && !problems.Any(p => p.Code == "address-invalid"))
        {
            problems.Add(new("address-missing", "[Interface] has no Address: the tunnel needs the address the provider gave you (e.g. Address = 10.64.0.2/32)."));
        }

        var dns = new List<IPAddress>();
        foreach (var item in List(iface, "DNS"))
        {
            if (IPAddress.TryParse(item, out var server))
            {
                dns.Add(server);
            }
            else
            {
                problems.Add(new("dns-invalid", $"DNS = {item} is not an IP address. Hearth sends DNS only through the tunnel, to the provider's resolver given by address."));
            }
        }

        if (dns.Count == 0 && !problems.Any(p => p.Code == "dns-invalid"))
        {
            problems.Add(new("dns-missing", "[Interface] has no DNS line: inside the tunnel no name could be looked up, and Hearth never falls back to the home resolver. Add the provider's DNS server (e.g. DNS = 10.64.0.1)."));
        }

        int? mtu = null;
        if (iface.TryGetValue("mtu", out var mtuText))
        {
            if (int.TryParse(mtuText, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1280 and <= 9000)
            {
                mtu = m;
            }
            else
            {
                problems.Add(new("mtu-invalid", $"MTU = {mtuText} is not usable: give a number from 1280 to 9000 (1420 suits most providers)."));
            }
        }

        var (host, port) = ReadEndpoint(peer, problems);
        var allowed = new List<IPNetwork>();
        foreach (var (address, prefix, written) in ReadPrefixes(peer, "AllowedIPs", "[Peer] AllowedIPs", problems))
        {
            var network = IPNetwork.TryParse($"{address}/{prefix}", out var parsed) ? parsed : (IPNetwork?)null;
            if (network is { } n && n.BaseAddress.Equals(address))
            {
                allowed.Add(n);
            }
            else
            {
                problems.Add(new("allowedips-invalid", $"[Peer] AllowedIPs has '{written}', whose address has bits set past the prefix; a network starts at its first address (e.g. 10.0.0.0/8)."));
            }
        }

        CheckFullTunnel(allowed, addresses, problems);

        int? keepalive = null;
        if (peer.TryGetValue("persistentkeepalive", out var keepText))
        {
            if (int.TryParse(keepText, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k is >= 0 and <= 65535)
            {
                keepalive = k == 0 ? null : k;
            }
            else if (!string.Equals(keepText, "off", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new("keepalive-invalid", $"PersistentKeepalive = {keepText} is not a number of seconds (25 is usual)."));
            }
        }

        if (problems.Count > 0 || privateKey is null || publicKey is null || host is null)
        {
            return (null, problems);
        }

        return (new WireGuardConfig
        {
            PrivateKey = privateKey,
            Addresses = addresses,
            Dns = dns,
            Mtu = mtu,
            Peer = new WireGuardPeer
            {
                PublicKey = publicKey,
                PresharedKey = presharedKey,
                EndpointHost = host,
                EndpointPort = port,
                AllowedIps = allowed,
                PersistentKeepalive = keepalive,
            },
        }, problems);
    }

    private static void CheckFullTunnel(List<IPNetwork> allowed, List<TunnelAddress> addresses, List<ConfigProblem> problems)
    {
        if (allowed.Count == 0)
        {
            if (!problems.Any(p => p.Code == "allowedips-invalid"))
            {
                problems.Add(new("allowedips-missing", "[Peer] has no AllowedIPs: nothing would go through the tunnel. Use AllowedIPs = 0.0.0.0/0, ::/0 so all traffic does."));
            }

            return;
        }

        var v4Full = allowed.Any(n => n.PrefixLength == 0 && n.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
        var v6Full = allowed.Any(n => n.PrefixLength == 0 && n.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6);
        var hasV6 = addresses.Any(a => a.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6);
        if (!v4Full)
        {
            problems.Add(new("not-full-tunnel", $"AllowedIPs = {string.Join(", ", allowed)} is not a full tunnel: only those addresses would go through the VPN, and Hearth would have to block the rest. Use AllowedIPs = 0.0.0.0/0, ::/0."));
        }
        else if (hasV6 && !v6Full)
        {
            problems.Add(new("not-full-tunnel", "The tunnel has an IPv6 address but AllowedIPs has no ::/0: IPv6 traffic would not go through the VPN. Add ::/0 to AllowedIPs (or remove the IPv6 Address, and Hearth blocks IPv6)."));
        }
    }

    private static (string? Host, int Port) ReadEndpoint(Dictionary<string, string> peer, List<ConfigProblem> problems)
    {
        if (!peer.TryGetValue("endpoint", out var endpoint) || endpoint.Length == 0)
        {
            problems.Add(new("endpoint-missing", "[Peer] has no Endpoint: Hearth needs the VPN server's address and port (e.g. Endpoint = vpn.example.net:51820)."));
            return (null, 0);
        }

        var colon = endpoint.LastIndexOf(':');
        var host = colon > 0 ? endpoint[..colon].Trim('[', ']') : string.Empty;
        if (colon <= 0 || host.Length == 0 || !int.TryParse(endpoint[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            problems.Add(new("endpoint-invalid", $"Endpoint = {endpoint} is not host:port (e.g. vpn.example.net:51820, or [2001:db8::1]:51820 for IPv6)."));
            return (null, 0);
        }

        return (host, port);
    }

    private static WireGuardKey? ReadKey(Dictionary<string, string> values, string name, string label, string? baseDirectory, bool required, List<ConfigProblem> problems)
    {
        var lower = name.ToLowerInvariant();
        string? text = null;
        if (values.TryGetValue(lower + "file", out var file))
        {
            var path = baseDirectory is null ? file : Path.Combine(baseDirectory, file);
            try
            {
                text = File.ReadAllText(path).Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new("key-file", $"{label} is to be read from {file}, but that file cannot be read: {e.Message}"));
                return null;
            }
        }
        else if (values.TryGetValue(lower, out var inline))
        {
            text = inline;
        }

        if (text is null)
        {
            if (required)
            {
                problems.Add(new("key-missing", $"{label} is missing."));
            }

            return null;
        }

        if (!WireGuardKey.TryParse(text, out var key))
        {
            // never echo the text: it may be a real secret with one character wrong
            problems.Add(new("bad-key", $"{label} is not a valid WireGuard key: {KeyHelp}."));
            return null;
        }

        return key;
    }

    private static List<(IPAddress Address, int Prefix, string Text)> ReadPrefixes(Dictionary<string, string> values, string name, string label, List<ConfigProblem> problems)
    {
        var result = new List<(IPAddress Address, int Prefix, string Text)>();
        foreach (var item in List(values, name))
        {
            var text = item.Contains('/', StringComparison.Ordinal) ? item : IPAddress.TryParse(item, out var single)
                ? $"{item}/{(single.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128)}"
                : item;
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && IPAddress.TryParse(text[..slash], out var address)
                && int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix)
                && prefix <= (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128))
            {
                result.Add((address, prefix, item));
            }
            else
            {
                var code = name == "Address" ? "address-invalid" : "allowedips-invalid";
                problems.Add(new(code, $"{label} has '{item}', which is not an address with a prefix (e.g. 10.64.0.2/32 or 0.0.0.0/0)."));
            }
        }

        return result;
    }

    private static IEnumerable<string> List(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name.ToLowerInvariant(), out var text)
            ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    private sealed record Section(string Name, Dictionary<string, string> Values);

    private static List<Section> ReadSections(string text, List<ConfigProblem> problems)
    {
        var sections = new List<Section>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                sections.Add(new Section(line[1..^1].Trim().ToLowerInvariant(), new Dictionary<string, string>(StringComparer.Ordinal)));
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || sections.Count == 0)
            {
                problems.Add(new("syntax", $"Line {number} is neither a [Section] nor Key = Value inside a section."));
                continue;
            }

            var key = line[..equals].Trim().ToLowerInvariant();
            var value = line[(equals + 1)..].Trim();
            var values = sections[^1].Values;
            // repeated list keys (two Address lines) add up, as wg-quick does
            values[key] = values.TryGetValue(key, out var earlier) && key is "address" or "dns" or "allowedips" ? $"{earlier},{value}" : value;
        }

        return sections;
    }
}
