using System.Net;
using Hearth.Egress;
using Hearth.Lab.Tests.Lab;

namespace Hearth.Lab.Tests.Egress;

/// <summary>Failures that need a lab of their own (they break things on purpose).</summary>
public sealed class HealthTests
{
    [LabFact]
    public async Task Health_WireguardGoKilled_RestartsTunnelAndTrafficResumesWithoutRestartingProcessesInside()
    {
        await using var lab = await EgressLab.StartAsync(o => o.HomeWanAddress = EgressLab.HomeWan.ToString());
        // a process living in the namespace, as acquire does under `hearth up --vpn`
        var resident = lab.Lab.Start(lab.EgressNs, "sleep", "600");
        var inode = await InodeAsync(lab.EgressNs);
        var target = new IPEndPoint(EgressLab.Target, 80);
        Assert.Equal("target", await lab.Inside.HttpGetAsync(target));

        using var stop = new CancellationTokenSource();
        var health = lab.Egress.RunHealthAsync(stop.Token);
        await LeakTests.KillWireguardGoAsync(lab);
        await TunnelTests.WaitForAsync(() => lab.Egress.State == EgressState.Up && lab.Egress.Tunnel.ExistsAsync(default).Result, "the health loop to restart the tunnel", 20);
        string? answer = null;
        for (var i = 0; i < 30 && answer is null; i++)
        {
            answer = await lab.Inside.HttpGetAsync(target);
        }

        await stop.CancelAsync();
        await health;
        Assert.Equal("target", answer);
        var status = await lab.Egress.StatusAsync(default);
        Assert.True(status.Restarts >= 1);
        Assert.Equal(EgressState.Up, status.State);
        // the namespace and what runs in it were left alone
        Assert.False(resident.HasExited);
        Assert.Contains(resident.Id, await lab.Lab.Commands.PidsAsync(lab.EgressNs, default));
        Assert.Equal(inode, await InodeAsync(lab.EgressNs));
    }

    /// <summary>The measurement itself is checked: with no kill switch the same attempts are seen on the home's WAN.</summary>
    [LabFact]
    public async Task Control_WithoutKillSwitch_LeaksAreCountedOnHomeWan()
    {
        await using var lab = await EgressLab.StartAsync(o => o.HomeWanAddress = EgressLab.HomeWan.ToString());
        await LeakTests.KillWireguardGoAsync(lab);
        await lab.Lab.Commands.NftAsync(lab.EgressNs, ["delete", "table", "inet", Hearth.Egress.KillSwitch.KillSwitchRules.Table], default);
        var before = await lab.ReadCountersAsync();
        Assert.NotNull(await lab.Inside.HttpGetAsync(new IPEndPoint(EgressLab.Target, 80)));
        Assert.True(await lab.Inside.IcmpAsync(EgressLab.Target));
        await lab.Inside.DnsAsync(EgressLab.HomeResolver, "target.lab");
        var seen = (await lab.ReadCountersAsync()).Minus(before);
        Assert.True(seen.Leaked > 0, "without the kill switch the home's WAN sees the packets");
        Assert.True(seen.InternetFromHome > 0);
        Assert.True(seen.HomeResolverQueries > 0);
    }

    private static async Task<string> InodeAsync(string ns) =>
        (await new Hearth.Core.Processes.ProcessRunner().RunAsync("stat", ["-L", "-c", "%i", Path.Combine("/run/netns", ns)])).StandardOutput.Trim();
}
