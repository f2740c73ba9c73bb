using Hearth.Core.Egress;
using Hearth.Core.Processes;
using Hearth.Egress;
using Hearth.Egress.Config;
using Hearth.Egress.KillSwitch;
using Hearth.Web;
using Hearth.Web.Roles;
using Microsoft.Extensions.Logging;

namespace Hearth.Cli.Commands;

/// <summary>
/// `hearth up --vpn FILE`, the brief's topology on one box: egress first (namespace, kill switch, link, tunnel),
/// then the server role on the host (also on the host end of the link), then the acquire role inside the
/// namespace, which the server forwards the indexer routes to with the role key. When Hearth stops, acquire ends
/// and the namespace goes. With `--role egress`, only the first part: the tunnel and its control API.
/// </summary>
internal static class VpnUp
{
    public const int AcquirePort = 8097;

    public static async Task<int> RunAsync(ServerSettings settings, EgressOptions options, CancellationToken ct)
    {
        var check = await ConfigChecker.CheckFileAsync(options.ConfigFile, ct).ConfigureAwait(false);
        if (!check.Ok)
        {
            await Console.Error.WriteLineAsync($"{options.ConfigFile} cannot be used for the VPN egress:\n  - {string.Join("\n  - ", check.Problems.Select(p => p.Message))}").ConfigureAwait(false);
            return 2;
        }

        if (!await Prerequisites.EnsureEgressAsync(Console.Out, Console.Error, ct).ConfigureAwait(false))
        {
            return 1;
        }

        using var logging = LoggerFactory.Create(b => b.AddHearthConsole());
        var runner = new ProcessRunner();
        // the forwarded port reaches the download client acquire runs (another process) through a file
        var portFile = new ForwardedPortFileWriter(Path.Combine(options.RuntimeDirectory, "forwarded-port"));
        await portFile.ForwardedPortChangedAsync(null, ct).ConfigureAwait(false);
        var egress = EgressModule.CreateController(options, check.Config!, runner, [portFile], TimeProvider.System, logging);
        try
        {
            await egress.StartAsync(ct).ConfigureAwait(false);
            for (var i = 0; i < 20 && !await egress.CheckHealthAsync(ct).ConfigureAwait(false); i++)
            {
                await Task.Delay(500, ct).ConfigureAwait(false);
            }

            var status = await egress.StatusAsync(ct).ConfigureAwait(false);
            await Console.Out.WriteLineAsync($"Egress: tunnel {status.State} in namespace {options.Namespace}; public address {status.PublicIp ?? "(not known yet)"}").ConfigureAwait(false);
            if (settings.Role == HearthRole.Egress)
            {
                await Console.Out.WriteLineAsync($"Run acquire inside it with: ip netns exec {options.Namespace} hearth up --role acquire --bind {options.NamespaceLinkAddress}").ConfigureAwait(false);
                return await UpCommand.RunAsync(settings with { Egress = egress }, ct).ConfigureAwait(false);
            }

            RunningProcess? acquire = null;
            try
            {
                var acquireUrl = new Uri($"http://{options.NamespaceLinkAddress}:{AcquirePort}");
                return await UpCommand.RunAsync(settings with { Egress = egress, Role = HearthRole.Server, Acquire = acquireUrl }, ct, async (url, token) =>
                {
                    var port = new Uri(url).Port;
                    acquire = StartAcquire(runner, options, settings, port, portFile.Path);
                    await Console.Out.WriteLineAsync($"acquire runs inside {options.Namespace}, on {acquireUrl}").ConfigureAwait(false);
                }).ConfigureAwait(false);
            }
            finally
            {
                if (acquire is not null)
                {
                    await acquire.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is KillSwitchException or WireGuardConfigException or ExternalProcessException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"The VPN egress could not start, so nothing runs unprotected: {e.Message}").ConfigureAwait(false);
            return 1;
        }
        finally
        {
            await egress.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static RunningProcess StartAcquire(ProcessRunner runner, EgressOptions options, ServerSettings settings, int serverPort, string portFile)
    {
        // the same executable (or `dotnet hearth.dll` when run that way), inside the namespace, on the same data
        // folder (indexers.db is acquire's alone) and the same role key as the server
        var self = Environment.ProcessPath ?? "hearth";
        List<string> command = Path.GetFileNameWithoutExtension(self) == "dotnet" ? [self, typeof(VpnUp).Assembly.Location] : [self];
        List<string> key = settings.RoleKeyFile is { } file ? ["--role-key-file", file] : [];
        return runner.Start("ip", ["netns", "exec", options.Namespace, .. command, "up", "--role", "acquire", "--data", settings.Data, .. key,
            "--server", $"http://{options.HostLinkAddress}:{serverPort}", "--bind", options.NamespaceLinkAddress.ToString(), "--port", AcquirePort.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            line => Console.Out.WriteLine($"[acquire] {line}"),
            new Dictionary<string, string> { ["HEARTH_Acquisition__Managed__ForwardedPortFile"] = portFile });
    }
}
