using System.Globalization;
using System.Text.RegularExpressions;
using Hearth.Core.Processes;
using Hearth.Egress.Namespaces;

namespace Hearth.Egress.KillSwitch;

/// <summary>Puts the kill switch into a namespace, opens forwarded ports in it, and reads its drop counters.</summary>
public sealed partial class KillSwitch(NetworkCommands commands, string ns, string runtimeDirectory)
{
    /// <summary>Applies the whole ruleset atomically, then reads it back. Any failure leaves egress closed, with the reason.</summary>
    public async Task ApplyAsync(KillSwitchPolicy policy, CancellationToken ct)
    {
        var file = Path.Combine(runtimeDirectory, "killswitch.nft");
        try
        {
            await File.WriteAllTextAsync(file, KillSwitchRules.Build(policy), ct).ConfigureAwait(false);
            await commands.NftAsync(ns, ["-f", file], ct).ConfigureAwait(false);
            var listed = await commands.NftAsync(ns, ["list", "chain", "inet", KillSwitchRules.Table, "output"], ct).ConfigureAwait(false);
            if (!listed.StandardOutput.Contains("policy drop", StringComparison.Ordinal))
            {
                throw new KillSwitchException("the ruleset was loaded but its output chain does not drop by default");
            }
        }
        catch (Exception e) when (e is ExternalProcessException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new KillSwitchException(e.Message, e);
        }
    }

    /// <summary>Opens exactly these ports on the tunnel interface (both protocols), closing any other.</summary>
    public async Task SetForwardedPortAsync(int? port, CancellationToken ct)
    {
        var script = $"flush set inet {KillSwitchRules.Table} forwarded_tcp\nflush set inet {KillSwitchRules.Table} forwarded_udp\n";
        if (port is { } p)
        {
            script += $"add element inet {KillSwitchRules.Table} forwarded_tcp {{ {p} }}\nadd element inet {KillSwitchRules.Table} forwarded_udp {{ {p} }}\n";
        }

        var file = Path.Combine(runtimeDirectory, "forwarded.nft");
        await File.WriteAllTextAsync(file, script, ct).ConfigureAwait(false);
        await commands.NftAsync(ns, ["-f", file], ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<int>> ForwardedPortsAsync(CancellationToken ct)
    {
        var listed = await commands.NftAsync(ns, ["list", "set", "inet", KillSwitchRules.Table, "forwarded_tcp"], ct).ConfigureAwait(false);
        var elements = ElementsPattern().Match(listed.StandardOutput);
        return elements.Success
            ? [.. elements.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture))]
            : [];
    }

    /// <summary>Packets the kill switch dropped, by rule comment (dropped-out, dns-outside-tunnel, ipv6-out …).</summary>
    public async Task<IReadOnlyDictionary<string, long>> DropCountersAsync(CancellationToken ct)
    {
        var listed = await commands.NftAsync(ns, ["list", "table", "inet", KillSwitchRules.Table], ct).ConfigureAwait(false);
        return CounterPattern().Matches(listed.StandardOutput)
            .GroupBy(m => m.Groups[2].Value)
            .ToDictionary(g => g.Key, g => g.Sum(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
    }

    [GeneratedRegex(@"elements = \{([^}]*)\}")]
    private static partial Regex ElementsPattern();

    [GeneratedRegex(@"counter packets (\d+) bytes \d+.*?comment ""([^""]+)""")]
    private static partial Regex CounterPattern();
}

public sealed class KillSwitchException(string reason, Exception? inner = null)
    : Exception($"The kill switch could not be applied, so egress stays closed: {reason}", inner);
