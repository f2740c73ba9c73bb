using System.Diagnostics;
using System.Net;
using Hearth.Lab.Tests.Lab;
using Xunit.Abstractions;

namespace Hearth.Lab.Tests.Egress;

public sealed class LeakFixture : IAsyncLifetime
{
    public EgressLab? Lab { get; private set; }

    public async Task InitializeAsync()
    {
        if (LabRequirements.Missing() is null)
        {
            // the home's address is given, so the home itself sends nothing the internet's counters could confuse with a leak
            Lab = await EgressLab.StartAsync(o => o.HomeWanAddress = EgressLab.HomeWan.ToString());
        }
    }

    public async Task DisposeAsync()
    {
        if (Lab is not null)
        {
            await Lab.DisposeAsync();
        }
    }
}

/// <summary>
/// The kill switch, proven with packets: the tunnel is taken down in each way the issue names, every kind of
/// attempt is made from inside, and the home's WAN must see nothing from the namespace but WireGuard to the endpoint.
/// </summary>
public sealed class LeakTests(LeakFixture fixture, ITestOutputHelper output) : IClassFixture<LeakFixture>
{
    private const int Rounds = 10;

    private EgressLab Lab => fixture.Lab!;

    [LabFact]
    public async Task Probes_TunnelUp_ReachTargetThroughTunnelAndIPv6StaysBlocked()
    {
        await EnsureUpAsync();
        var result = await new LeakProbe(Lab).RunAsync("tunnel up (control: the probes work)", 3);
        output.WriteLine(result.ToString());
        // each way out works through the tunnel; one answer of three lost (seen once: an echo reply late through the
        // userspace tunnel while other test runs loaded both cores) is a lost packet, not a probe that cannot pass
        foreach (var kind in new[] { "tcp4", "udp4", "icmp4", "dns4", "dns-system" })
        {
            Assert.True(result.Successes[kind] >= 2, $"{kind}: {result.Successes[kind]} of 3 attempts answered through the tunnel");
        }

        // the tunnel has no IPv6: IPv6 is blocked, not routed around it
        Assert.Equal(0, result.Successes["tcp6"] + result.Successes["udp6"] + result.Successes["icmp6"] + result.Successes["dns6"]);
        Assert.Equal(0, result.Successes["dns-home"] + result.Successes["dns-link"]);
        AssertNoLeak(result);
    }

    [LabFact]
    public async Task TunnelDown_PeerRemovedAtProvider_NothingLeaves()
    {
        await EnsureUpAsync();
        await Lab.RemoveClientPeerAsync();
        try
        {
            var result = await new LeakProbe(Lab).RunAsync("peer removed", Rounds);
            AssertAllFailedAndNoLeak(result);
        }
        finally
        {
            await Lab.AddClientPeerAsync();
        }
    }

    [LabFact]
    public async Task TunnelDown_EndpointBlackholed_NothingLeaves()
    {
        await EnsureUpAsync();
        await Lab.Lab.Commands.IpAsync(Lab.Internet, ["route", "add", "blackhole", $"{EgressLab.VpnExit}/32"], default);
        try
        {
            var result = await new LeakProbe(Lab).RunAsync("endpoint blackholed", Rounds);
            AssertAllFailedAndNoLeak(result);
        }
        finally
        {
            await Lab.Lab.Commands.IpAsync(Lab.Internet, ["route", "del", "blackhole", $"{EgressLab.VpnExit}/32"], default);
        }
    }

    [LabFact]
    public async Task TunnelDown_WireguardGoKilled_NothingLeaves()
    {
        await EnsureUpAsync();
        await KillWireguardGoAsync(Lab);
        var result = await new LeakProbe(Lab).RunAsync("wireguard-go killed", Rounds);
        AssertAllFailedAndNoLeak(result);
        // with the interface gone, the careless default route was taken and the kill switch dropped it all
        Assert.True(result.KillSwitchDrops > 0, "the attempts should have been dropped by the kill switch");
    }

    [LabFact]
    public async Task DuringRestart_NothingLeaves()
    {
        await EnsureUpAsync();
        using var stop = new CancellationTokenSource();
        var probing = new LeakProbe(Lab).RunAsync("during restarts", 15, stop.Token);
        for (var i = 0; i < 3; i++)
        {
            await Lab.Egress.RestartAsync("test: restart under traffic", default);
            await Task.Delay(300);
        }

        var result = await probing;
        output.WriteLine(result.ToString());
        // attempts may succeed while the tunnel is up between restarts, through it; none may leave beside it
        AssertNoLeak(result);
    }

    [LabFact]
    public async Task DuringStartUp_BeforeTunnel_NothingLeaves()
    {
        await Lab.Egress.StopAsync(default);
        await Lab.Egress.PrepareAsync(default);
        await Lab.AddCarelessRoutesAsync();
        var result = await new LeakProbe(Lab).RunAsync("start-up, kill switch on, tunnel not yet up", Rounds);
        AssertAllFailedAndNoLeak(result);
        Assert.True(result.KillSwitchDrops > 0);
        await Lab.Egress.StartTunnelAsync(default);
        await Lab.WaitHealthyAsync();
    }

    internal static async Task KillWireguardGoAsync(EgressLab lab)
    {
        var pids = await lab.Lab.Commands.PidsNamedAsync(lab.EgressNs, "wireguard-go", default);
        Assert.NotEmpty(pids);
        foreach (var pid in pids)
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
            await process.WaitForExitAsync();
        }

        for (var i = 0; i < 50 && await lab.Egress.Tunnel.ExistsAsync(default); i++)
        {
            await Task.Delay(100);
        }
    }

    private async Task EnsureUpAsync()
    {
        if (!await Lab.Egress.CheckHealthAsync(default))
        {
            await Lab.WaitHealthyAsync();
        }

        Assert.NotNull(await new Probes(Lab.EgressNs).HttpGetAsync(new IPEndPoint(EgressLab.Target, 80)));
    }

    private void AssertAllFailedAndNoLeak(LeakProbe.Result result)
    {
        output.WriteLine(result.ToString());
        Assert.All(result.Successes, s => Assert.True(s.Value == 0, $"{s.Key} got through {s.Value} times"));
        AssertNoLeak(result);
    }

    private static void AssertNoLeak(LeakProbe.Result result)
    {
        Assert.Equal(0, result.Counters.Leaked);
        Assert.Equal(0, result.Counters.ToHome);
        Assert.Equal(0, result.Counters.InternetFromHome);
        Assert.Equal(0, result.Counters.HomeResolverQueries);
    }
}
