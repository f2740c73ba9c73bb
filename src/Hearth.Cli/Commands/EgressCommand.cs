using System.CommandLine;
using System.Net;
using Hearth.Egress.Config;

namespace Hearth.Cli.Commands;

internal static class EgressCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The provider's WireGuard file (wg-quick format)" };
        var check = new Command("check", "Check a WireGuard config for the VPN egress and explain any mistake in plain words") { file };
        check.SetAction(async (result, ct) => await CheckAsync(result.GetValue(file)!.FullName, Console.Out, ct).ConfigureAwait(false));
        return new Command("egress", "The VPN egress (WireGuard tunnel with a kill switch)") { check };
    }

    /// <param name="resolve">Looks the endpoint's name up (the system's resolver unless a test gives another).</param>
    public static async Task<int> CheckAsync(string path, TextWriter output, CancellationToken ct, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
    {
        var result = await ConfigChecker.CheckFileAsync(path, ct, resolve).ConfigureAwait(false);
        if (!result.Ok)
        {
            await output.WriteLineAsync($"{path} cannot be used for the VPN egress:").ConfigureAwait(false);
            foreach (var problem in result.Problems)
            {
                await output.WriteLineAsync($"  - {problem.Message}").ConfigureAwait(false);
            }

            return 1;
        }

        var config = result.Config!;
        await output.WriteLineAsync($"{path} is usable:").ConfigureAwait(false);
        await output.WriteLineAsync($"  tunnel address {string.Join(", ", config.Addresses)}, to {config.Peer.Endpoint} ({result.Endpoint})").ConfigureAwait(false);
        await output.WriteLineAsync($"  all traffic through the tunnel (AllowedIPs {string.Join(", ", config.Peer.AllowedIps)})").ConfigureAwait(false);
        await output.WriteLineAsync($"  DNS through the tunnel only: {string.Join(", ", config.Dns)}").ConfigureAwait(false);
        await output.WriteLineAsync(config.HasIPv6 ? "  IPv6 through the tunnel" : "  IPv6 blocked (the tunnel has no IPv6 address)").ConfigureAwait(false);
        return 0;
    }
}
