using System.Globalization;
using System.Net;
using Hearth.Core.Processes;
using Hearth.Egress.Namespaces;
using Hearth.Lab.Tests.Lab;

namespace Hearth.Lab.Tests.Egress;

/// <summary>
/// `hearth up --vpn` as a user runs it, with a lab namespace standing in for the host: the real executable
/// makes the egress namespace, links it to its "host", serves there, and runs acquire inside.
/// </summary>
public sealed class UpVpnTests
{
    [LabFact]
    public async Task UpVpn_InLabHost_RunsAcquireInsideBehindTunnelAndCleansUp()
    {
        await using var lab = await EgressLab.StartAsync(withEgress: false);
        var ns = lab.Lab.Name("hlv");
        lab.Lab.Adopt(ns);
        lab.Lab.AdoptFolder(Path.Combine("/etc/netns", ns));
        lab.Lab.AdoptFolder(Path.Combine("/run/hearth-egress", ns));
        var lines = new List<string>();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runner = new ProcessRunner();
        // nsenter changes only the network namespace (ip netns exec would also give hearth a mount namespace of its
        // own, where the namespace it creates would be invisible to this test)
        await using var hearth = runner.Start("nsenter", ["--net=/run/netns/" + lab.Home, "dotnet", Path.Combine(AppContext.BaseDirectory, "hearth.dll"),
            "up", "--vpn", lab.ConfigFile, "--data", lab.Folder.Combine("data"), "--no-demo", "--port", "8096",
            "--vpn-namespace", ns, "--vpn-interface", lab.Lab.Name("hwv")], line =>
            {
                lock (lines)
                {
                    lines.Add(line);
                }

                if (line.Contains("acquire is ready", StringComparison.Ordinal))
                {
                    ready.TrySetResult();
                }
            });
        try
        {
            var finished = await Task.WhenAny(ready.Task, hearth.Exited, Task.Delay(TimeSpan.FromSeconds(60)));
            Assert.True(finished == ready.Task, "hearth up --vpn did not get ready:\n" + string.Join('\n', Snapshot(lines)));

            // acquire answers from inside the namespace, and reaches the server over the link
            using var fromHost = new NamespaceSockets(lab.Home).CreateHttpClient(TimeSpan.FromSeconds(10), []);
            var health = await fromHost.GetStringAsync(new Uri("http://10.203.0.2:8097/health"));
            Assert.True(health.Contains("\"role\":\"acquire\"", StringComparison.Ordinal), health + "\n" + string.Join('\n', Snapshot(lines)));
            Assert.Contains("\"server\":{\"status\":\"ok\"", health, StringComparison.Ordinal);
            // and the server on the host forwards the indexer routes to it over the link, with the role key
            var serverHealth = await fromHost.GetStringAsync(new Uri("http://10.203.0.1:8096/health"));
            Assert.True(serverHealth.Contains("\"acquire\":{\"status\":\"ok\"", StringComparison.Ordinal), serverHealth + "\n" + string.Join('\n', Snapshot(lines)));
            var pids = await lab.Lab.Commands.PidsAsync(ns, default);
            Assert.Contains(pids, pid => File.ReadAllText($"/proc/{pid}/cmdline").Contains("acquire", StringComparison.Ordinal));
            // and what leaves the namespace leaves through the tunnel
            Assert.Equal(EgressLab.VpnExit.ToString(), await new Probes(ns, TimeSpan.FromSeconds(2)).HttpGetAsync(new IPEndPoint(EgressLab.Echo, 80)));

            // a polite stop removes the namespace and what ran in it
            await runner.RunAsync("kill", ["-TERM", hearth.Id.ToString(CultureInfo.InvariantCulture)]);
            await hearth.Exited.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.False(await lab.Lab.Commands.NamespaceExistsAsync(ns, default), "the egress namespace should be gone:\n" + string.Join('\n', Snapshot(lines)));
        }
        finally
        {
            // a failed assertion above must not leave hearth killed without its own cleanup
            if (!hearth.Exited.IsCompleted)
            {
                await runner.RunAsync("kill", ["-TERM", hearth.Id.ToString(CultureInfo.InvariantCulture)], throwOnFailure: false);
                await Task.WhenAny(hearth.Exited, Task.Delay(TimeSpan.FromSeconds(30)));
            }
        }
    }

    private static List<string> Snapshot(List<string> lines)
    {
        lock (lines)
        {
            return [.. lines];
        }
    }
}
