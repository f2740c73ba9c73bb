using System.CommandLine;
using Hearth.Web;
using Microsoft.Extensions.Hosting;

namespace Hearth.Cli.Commands;

internal static class UpCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The HTTP port", DefaultValueFactory = _ => 8096 };
        var bind = new Option<string>("--bind") { Description = "The address to listen on (127.0.0.1 unless you choose a LAN or tailnet address)", DefaultValueFactory = _ => "127.0.0.1" };
        var libraries = new Option<string[]>("--library") { Description = "A library folder, as movies:PATH or shows:PATH; repeat for more", AllowMultipleArgumentsPerToken = false };
        var noDemo = new Option<bool>("--no-demo") { Description = "Do not make the demo library when there is no library" };
        var vpn = new Option<FileInfo?>("--vpn") { Description = "A WireGuard file: egress brings the tunnel up in its own network namespace with a kill switch, and acquire runs inside it" };
        var vpnNamespace = new Option<string>("--vpn-namespace") { Description = "The egress network namespace's name", DefaultValueFactory = _ => "hearth-egress" };
        var vpnInterface = new Option<string>("--vpn-interface") { Description = "The tunnel interface's name", DefaultValueFactory = _ => "hearth0" };
        var vpnPortForwarding = new Option<bool>("--vpn-port-forwarding") { Description = "Ask the VPN gateway for a forwarded port (NAT-PMP, as ProtonVPN offers)" };
        var vpnAllow = new Option<string[]>("--vpn-allow") { Description = "A subnet the namespace may reach outside the tunnel (the LAN, e.g. 192.168.1.0/24); repeat for more", AllowMultipleArgumentsPerToken = false };
        var trustedProxies = new Option<string[]>("--trusted-proxy") { Description = "A reverse proxy (address or network) whose X-Forwarded-For/-Proto/-Host headers are believed; repeat for more", AllowMultipleArgumentsPerToken = false };
        var command = new Command("up", "Start Hearth: the server with its libraries, on http://127.0.0.1:8096 by default")
        {
            port, bind, libraries, noDemo, vpn, vpnNamespace, vpnInterface, vpnPortForwarding, vpnAllow, trustedProxies,
        };
        command.SetAction(async (result, ct) =>
        {
            var seeds = new List<LibrarySeed>();
            foreach (var text in result.GetValue(libraries) ?? [])
            {
                if (!LibrarySeed.TryParse(text, out var seed, out var problem))
                {
                    await Console.Error.WriteLineAsync(problem).ConfigureAwait(false);
                    return 2;
                }

                seeds.Add(seed!);
            }

            if (result.GetValue(port) is < 1 or > 65535)
            {
                await Console.Error.WriteLineAsync("--port must be 1..65535").ConfigureAwait(false);
                return 2;
            }

            var proxies = result.GetValue(trustedProxies) ?? [];
            if (TrustedProxies.Problem(proxies) is { } proxyProblem)
            {
                await Console.Error.WriteLineAsync(proxyProblem).ConfigureAwait(false);
                return 2;
            }

            Hearth.Egress.EgressOptions? egress = null;
            if (result.GetValue(vpn) is { } vpnFile)
            {
                egress = new Hearth.Egress.EgressOptions
                {
                    ConfigFile = vpnFile.FullName,
                    Namespace = result.GetValue(vpnNamespace)!,
                    TunnelInterface = result.GetValue(vpnInterface)!,
                    PortForwarding = result.GetValue(vpnPortForwarding),
                    AllowedSubnets = [.. result.GetValue(vpnAllow) ?? []],
                };
                // checked before the name goes into a path or a command, and before anything is installed or made
                if (egress.Problems() is { Count: > 0 } problems)
                {
                    await Console.Error.WriteLineAsync($"The VPN settings cannot be used:\n  - {string.Join("\n  - ", problems)}").ConfigureAwait(false);
                    return 2;
                }

                egress.RuntimeDirectory = Path.Combine("/run/hearth-egress", egress.Namespace);
            }

            if (!await Prerequisites.EnsureAsync(Console.Out, Console.Error, ct).ConfigureAwait(false))
            {
                return 1;
            }

            var settings = new ServerSettings
            {
                Data = result.GetValue(CommonOptions.Data)!,
                Port = result.GetValue(port),
                Bind = result.GetValue(bind)!,
                Libraries = seeds,
                Demo = !result.GetValue(noDemo),
                TrustedProxies = proxies,
            };
            if (egress is not null)
            {
                return await VpnUp.RunAsync(settings, egress, ct).ConfigureAwait(false);
            }

            return await RunAsync(settings, ct).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(ServerSettings settings, CancellationToken ct, Func<string, CancellationToken, Task>? whenReady = null)
    {
        try
        {
            await using var app = HearthServer.Build(settings);
            var url = await HearthServer.StartAsync(app, settings, Console.Out, ct).ConfigureAwait(false);
            if (whenReady is not null)
            {
                await whenReady(url, ct).ConfigureAwait(false);
            }

            await Console.Out.WriteLineAsync($"Hearth is ready on {url}").ConfigureAwait(false);
            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            return 0;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return 0;
        }
        catch (System.Data.Common.DbException e)
        {
            await Console.Error.WriteLineAsync($"Hearth could not open its store in {settings.Data}: {e.Message}").ConfigureAwait(false);
            return 1;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException or UnauthorizedAccessException)
        {
            // e.g. the port is taken: say so in one line, not a stack trace
            await Console.Error.WriteLineAsync($"Hearth could not start: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
