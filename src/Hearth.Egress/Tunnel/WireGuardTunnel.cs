using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Hearth.Egress.Config;
using Hearth.Egress.Namespaces;
using Microsoft.Extensions.Logging;

namespace Hearth.Egress.Tunnel;

/// <summary>
/// The WireGuard interface inside the egress namespace: the kernel's when it has one, wireguard-go when not.
/// Keys reach wg only through 0600 files (never the command line, where `ps` shows them).
/// </summary>
public sealed class WireGuardTunnel(NetworkCommands commands, string ns, string name, string runtimeDirectory, ILogger logger)
{
    public string Name => name;

    /// <summary>True when the last bring-up fell back to wireguard-go.</summary>
    public bool Userspace { get; private set; }

    public async Task UpAsync(WireGuardConfig config, IPEndPoint endpoint, CancellationToken ct)
    {
        await DownAsync(ct).ConfigureAwait(false);
        var kernel = await commands.IpAsync(ns, ["link", "add", "dev", name, "type", "wireguard"], ct, throwOnFailure: false).ConfigureAwait(false);
        Userspace = kernel.ExitCode != 0;
        if (Userspace)
        {
            // daemonizes once the interface exists; its output goes to /dev/null from then on
            await commands.ExecAsync(ns, "wireguard-go", [name], ct).ConfigureAwait(false);
        }

        var privateKey = WriteSecret("private.key", config.PrivateKey.Base64);
        List<string> set = ["set", name, "private-key", privateKey, "peer", config.Peer.PublicKey.Base64,
            "endpoint", endpoint.ToString(), "allowed-ips", string.Join(',', config.Peer.AllowedIps.Select(a => a.ToString()))];
        if (config.Peer.PresharedKey is { } psk)
        {
            set.AddRange(["preshared-key", WriteSecret("preshared.key", psk.Base64)]);
        }

        if (config.Peer.PersistentKeepalive is { } keepalive)
        {
            set.AddRange(["persistent-keepalive", keepalive.ToString(CultureInfo.InvariantCulture)]);
        }

        try
        {
            await commands.WgAsync(ns, set, ct).ConfigureAwait(false);
        }
        finally
        {
            // wg has read them; a key at rest is a key that can be stolen
            File.Delete(Path.Combine(runtimeDirectory, "private.key"));
            File.Delete(Path.Combine(runtimeDirectory, "preshared.key"));
        }

        foreach (var address in config.Addresses)
        {
            await commands.IpAsync(ns, ["address", "add", address.ToString(), "dev", name], ct).ConfigureAwait(false);
        }

        await commands.IpAsync(ns, ["link", "set", "dev", name, "mtu", (config.Mtu ?? 1420).ToString(CultureInfo.InvariantCulture), "up"], ct).ConfigureAwait(false);
        foreach (var allowed in config.Peer.AllowedIps)
        {
            var family = allowed.BaseAddress.AddressFamily == AddressFamily.InterNetwork ? "-4" : "-6";
            if (family == "-6" && !config.HasIPv6)
            {
                continue;
            }

            var target = allowed.PrefixLength == 0 ? "default" : allowed.ToString();
            await commands.IpAsync(ns, [family, "route", "replace", target, "dev", name], ct).ConfigureAwait(false);
        }

        logger.LogInformation("Tunnel {Name} is up in {Namespace} ({Kind}) towards {Endpoint}", name, ns, Userspace ? "wireguard-go" : "kernel", endpoint);
    }

    /// <summary>Removes the interface (which ends wireguard-go) and any wireguard-go left behind for it.</summary>
    public async Task DownAsync(CancellationToken ct)
    {
        await commands.IpAsync(ns, ["link", "del", "dev", name], ct, throwOnFailure: false).ConfigureAwait(false);
        foreach (var pid in await commands.PidsNamedAsync(ns, "wireguard-go", ct).ConfigureAwait(false))
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                process.Kill();
                await process.WaitForExitAsync(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // already gone
            }
        }

        var socket = Path.Combine("/var/run/wireguard", name + ".sock");
        if (File.Exists(socket))
        {
            File.Delete(socket);
        }
    }

    public Task<bool> ExistsAsync(CancellationToken ct) => commands.LinkExistsAsync(ns, name, ct);

    /// <summary>Seconds since the last handshake, or null when there has been none (or no interface).</summary>
    public async Task<DateTimeOffset?> LatestHandshakeAsync(CancellationToken ct)
    {
        var result = await commands.WgAsync(ns, ["show", name, "latest-handshakes"], ct, throwOnFailure: false).ConfigureAwait(false);
        var seconds = FirstNumbers(result).FirstOrDefault();
        return result.ExitCode == 0 && seconds > 0 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
    }

    public async Task<(long Received, long Sent)> TransferAsync(CancellationToken ct)
    {
        var result = await commands.WgAsync(ns, ["show", name, "transfer"], ct, throwOnFailure: false).ConfigureAwait(false);
        var numbers = FirstNumbers(result).ToList();
        return result.ExitCode == 0 && numbers.Count >= 2 ? (numbers[0], numbers[1]) : (0, 0);
    }

    // `wg show IF latest-handshakes` prints "PUBKEY\tSECONDS" per peer; transfer prints "PUBKEY\tRX\tTX"
    private static IEnumerable<long> FirstNumbers(Core.Processes.ProcessResult result) =>
        result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Split('\t').Skip(1)
            .Select(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0) ?? [];

    private string WriteSecret(string file, string secret)
    {
        var path = Path.Combine(runtimeDirectory, file);
        File.Delete(path);
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("egress needs Linux");
        }

        using (var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        }))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(secret);
        }

        return path;
    }
}
