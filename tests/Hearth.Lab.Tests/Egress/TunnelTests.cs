using System.Net;
using Hearth.Lab.Tests.Lab;

namespace Hearth.Lab.Tests.Egress;

public sealed class TunnelTests(TunnelFixture fixture) : IClassFixture<TunnelFixture>
{
    private EgressLab Lab => fixture.Lab;

    [LabFact]
    public async Task IpEcho_ThroughTunnel_SeesVpnExitNotHomeWan()
    {
        var seen = await Lab.Inside.HttpGetAsync(new IPEndPoint(EgressLab.Echo, 80));
        Assert.Equal(EgressLab.VpnExit.ToString(), seen);

        await Lab.Egress.RefreshPublicIpAsync(default);
        var status = await Lab.Egress.StatusAsync(default);
        Assert.Equal(Hearth.Egress.EgressState.Up, status.State);
        Assert.Equal(EgressLab.VpnExit.ToString(), status.PublicIp);
        // learned outside the tunnel, from the home side
        Assert.Equal(EgressLab.HomeWan.ToString(), status.HomeWanAddress);
        Assert.False(status.AutomationPaused);
        Assert.NotNull(status.HandshakeAgeSeconds);
        Assert.True(status.ReceivedBytes > 0 && status.SentBytes > 0);
    }
}
