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
        await using var hearth = await HearthInLab.StartAsync(lab, "acquire is ready");
        using var fromHost = new NamespaceSockets(lab.Home).CreateHttpClient(TimeSpan.FromSeconds(10), []);

        // acquire answers from inside the namespace, and reaches the server over the link (the two start side
        // by side: "acquire is ready" may come before the server on the host listens, so each waits a little)
        var health = await HealthWhenAsync(fromHost, new Uri("http://10.203.0.2:8097/health"), "\"server\":{\"status\":\"ok\"");
        Assert.True(health.Contains("\"role\":\"acquire\"", StringComparison.Ordinal), health + "\n" + hearth.Output);
        Assert.True(health.Contains("\"server\":{\"status\":\"ok\"", StringComparison.Ordinal), health + "\n" + hearth.Output);
        // and the server on the host forwards the indexer routes to it over the link, with the role key
        var serverHealth = await HealthWhenAsync(fromHost, new Uri("http://10.203.0.1:8096/health"), "\"acquire\":{\"status\":\"ok\"");
        Assert.True(serverHealth.Contains("\"acquire\":{\"status\":\"ok\"", StringComparison.Ordinal), serverHealth + "\n" + hearth.Output);
        var pids = await lab.Lab.Commands.PidsAsync(hearth.Namespace, default);
        Assert.Contains(pids, pid => File.ReadAllText($"/proc/{pid}/cmdline").Contains("acquire", StringComparison.Ordinal));
        // and what leaves the namespace leaves through the tunnel
        Assert.Equal(EgressLab.VpnExit.ToString(), await new Probes(hearth.Namespace, TimeSpan.FromSeconds(2)).HttpGetAsync(new IPEndPoint(EgressLab.Echo, 80)));

        // a polite stop removes the namespace and what ran in it
        await hearth.StopAsync();
        Assert.False(await lab.Lab.Commands.NamespaceExistsAsync(hearth.Namespace, default), "the egress namespace should be gone:\n" + hearth.Output);
    }

    [LabFact]
    public async Task UpRoleEgress_InLabHost_KeepsTheTunnelAloneBehindTheRoleKey()
    {
        await using var lab = await EgressLab.StartAsync(withEgress: false);
        await using var hearth = await HearthInLab.StartAsync(lab, "egress is ready", "--role", "egress");
        using var fromHost = new NamespaceSockets(lab.Home).CreateHttpClient(TimeSpan.FromSeconds(10), []);

        // the tunnel is up and its role says so; nothing runs inside the namespace but the tunnel
        var health = await fromHost.GetStringAsync(new Uri("http://127.0.0.1:8096/health"));
        Assert.True(health.Contains("\"role\":\"egress\"", StringComparison.Ordinal) && health.Contains("\"tunnel\":{\"status\":\"ok\"", StringComparison.Ordinal), health + "\n" + hearth.Output);
        Assert.DoesNotContain("acquire runs inside", hearth.Output, StringComparison.Ordinal);
        Assert.Equal(EgressLab.VpnExit.ToString(), await new Probes(hearth.Namespace, TimeSpan.FromSeconds(2)).HttpGetAsync(new IPEndPoint(EgressLab.Echo, 80)));
        // its control API answers only with the role key; with it, the status of the tunnel
        Assert.Equal(HttpStatusCode.Unauthorized, (await fromHost.GetAsync(new Uri("http://127.0.0.1:8096/api/v1/egress/status"))).StatusCode);
        using var keyed = new HttpRequestMessage(HttpMethod.Get, new Uri("http://127.0.0.1:8096/api/v1/role/ping"));
        keyed.Headers.Add(Hearth.Core.Roles.RoleKey.Header, (await File.ReadAllTextAsync(lab.Folder.Combine("data", "role.key"))).Trim());
        Assert.Equal(HttpStatusCode.NoContent, (await fromHost.SendAsync(keyed)).StatusCode);

        await hearth.StopAsync();
        Assert.False(await lab.Lab.Commands.NamespaceExistsAsync(hearth.Namespace, default), "the egress namespace should be gone:\n" + hearth.Output);
    }

    // the health answer once it holds what is looked for, or the last one after 30 s
    private static async Task<string> HealthWhenAsync(HttpClient client, Uri uri, string wanted)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            string answer;
            try
            {
                answer = await client.GetStringAsync(uri);
            }
            catch (HttpRequestException e) when (DateTime.UtcNow < until)
            {
                answer = e.Message;
            }

            if (answer.Contains(wanted, StringComparison.Ordinal) || DateTime.UtcNow >= until)
            {
                return answer;
            }

            await Task.Delay(500);
        }
    }

    /// <summary>The real executable, `up --vpn` in the lab's home namespace, until it prints <c>ready</c>; stopped politely.</summary>
    private sealed class HearthInLab : IAsyncDisposable
    {
        private static readonly ProcessRunner Runner = new();
        private readonly List<string> lines = [];
        private RunningProcess process = null!;

        public string Namespace { get; private init; } = string.Empty;

        public string Output
        {
            get
            {
                lock (lines)
                {
                    return string.Join('\n', lines);
                }
            }
        }

        public static async Task<HearthInLab> StartAsync(EgressLab lab, string ready, params string[] more)
        {
            var hearth = new HearthInLab { Namespace = lab.Lab.Name("hlv") };
            lab.Lab.Adopt(hearth.Namespace);
            lab.Lab.AdoptFolder(Path.Combine("/etc/netns", hearth.Namespace));
            lab.Lab.AdoptFolder(Path.Combine("/run/hearth-egress", hearth.Namespace));
            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            // nsenter changes only the network namespace (ip netns exec would also give hearth a mount namespace of its
            // own, where the namespace it creates would be invisible to this test)
            hearth.process = Runner.Start("nsenter", ["--net=/run/netns/" + lab.Home, "dotnet", Path.Combine(AppContext.BaseDirectory, "hearth.dll"),
                "up", "--vpn", lab.ConfigFile, "--data", lab.Folder.Combine("data"), "--no-demo", "--port", "8096",
                "--vpn-namespace", hearth.Namespace, "--vpn-interface", lab.Lab.Name("hwv"), .. more], line =>
                {
                    lock (hearth.lines)
                    {
                        hearth.lines.Add(line);
                    }

                    if (line.Contains(ready, StringComparison.Ordinal))
                    {
                        seen.TrySetResult();
                    }
                });
            var finished = await Task.WhenAny(seen.Task, hearth.process.Exited, Task.Delay(TimeSpan.FromSeconds(60)));
            if (finished != seen.Task)
            {
                var output = hearth.Output;
                await hearth.DisposeAsync();
                Assert.Fail($"hearth up --vpn {string.Join(' ', more)} did not get ready:\n{output}");
            }

            return hearth;
        }

        public async Task StopAsync()
        {
            await Runner.RunAsync("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
            await process.Exited.WaitAsync(TimeSpan.FromSeconds(30));
        }

        public async ValueTask DisposeAsync()
        {
            // a failed assertion must not leave hearth killed without its own cleanup
            if (!process.Exited.IsCompleted)
            {
                await Runner.RunAsync("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)], throwOnFailure: false);
                await Task.WhenAny(process.Exited, Task.Delay(TimeSpan.FromSeconds(30)));
            }

            await process.DisposeAsync();
        }
    }
}
