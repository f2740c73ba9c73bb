using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Hearth.Lab.Tests.Lab;
using Hearth.Web;

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

    [LabFact]
    public async Task Dns_InsideNamespace_GoesThroughTunnelOnly()
    {
        var provider = Lab.ProviderDns.Queries;
        var home = Lab.HomeDns.Queries;

        Assert.Equal("nameserver 10.64.0.1", File.ReadAllLines(Lab.Egress.Namespace.ResolvConf).Single(l => !l.StartsWith('#')));
        // a program inside looks a name up the ordinary way (glibc, resolv.conf)
        var lookup = await Lab.Lab.ExecAsync(Lab.EgressNs, "getent", "ahostsv4", "target.lab");
        Assert.StartsWith(EgressLab.Target.ToString(), lookup.StandardOutput, StringComparison.Ordinal);
        // egress's own lookups (an IP-echo URL by name) go the same way
        Lab.Egress.Options.PublicIpUrl = "http://echo.lab/";
        try
        {
            await Lab.Egress.RefreshPublicIpAsync(default);
            Assert.Equal(EgressLab.VpnExit.ToString(), Lab.Egress.PublicIp);
        }
        finally
        {
            Lab.Egress.Options.PublicIpUrl = $"http://{EgressLab.Echo}/";
        }

        // asking the home's resolver directly does not get there either
        Assert.False(await Lab.Inside.DnsAsync(EgressLab.HomeResolver, "target.lab"));
        Assert.False(await Lab.Inside.DnsAsync(Lab.Options.HostLinkAddress, "target.lab"));

        Assert.True(Lab.ProviderDns.Queries >= provider + 2, "the tunnel's resolver answered the lookups");
        Assert.Equal(home, Lab.HomeDns.Queries);
    }

    [LabFact]
    public async Task PublicIp_SameAsHomeWan_PausesAutomationWithWarning()
    {
        Lab.Egress.Options.HomeWanAddress = EgressLab.VpnExit.ToString();
        try
        {
            await Lab.Egress.RefreshPublicIpAsync(default);
            var status = await Lab.Egress.StatusAsync(default);
            Assert.True(status.AutomationPaused);
            Assert.Contains("automation is paused", status.Warning, StringComparison.Ordinal);
        }
        finally
        {
            Lab.Egress.Options.HomeWanAddress = null;
            await Lab.Egress.RefreshPublicIpAsync(default);
        }

        Assert.False((await Lab.Egress.StatusAsync(default)).AutomationPaused);
    }

    [LabFact]
    public async Task NatPmp_ForwardedPort_ObtainedRefreshedChangedAndNeverZero()
    {
        Lab.NatPmp.NextPort = 40001;
        Lab.NatPmp.Lifetime = TimeSpan.FromSeconds(4);
        using var stop = new CancellationTokenSource();
        var forwarding = Lab.Egress.PortForwarder.RunAsync(stop.Token);
        try
        {
            await WaitForAsync(() => Lab.Listener.Ports.LastOrDefault() == 40001, "the port to be obtained");
            Assert.Equal([40001], await Lab.Egress.KillSwitch.ForwardedPortsAsync(default));
            Assert.Equal(40001, (await Lab.Egress.StatusAsync(default)).ForwardedPort);

            // opened on the tunnel interface: reachable from the VPN side on that port, not on another
            using var open = Listen(40001);
            using var closed = Listen(40009);
            var fromProvider = new Probes(Lab.Provider, TimeSpan.FromSeconds(1));
            Assert.True(await fromProvider.TcpAsync(new IPEndPoint(IPAddress.Parse("10.64.0.2"), 40001)));
            Assert.False(await fromProvider.TcpAsync(new IPEndPoint(IPAddress.Parse("10.64.0.2"), 40009)));

            // refreshed before the 4 s lifetime runs out
            var renewals = Lab.Egress.PortForwarder.Renewals;
            await WaitForAsync(() => Lab.Egress.PortForwarder.Renewals >= renewals + 2, "two renewals");

            // the gateway moves the port: followed, the old one closed
            Lab.NatPmp.NextPort = 40002;
            await WaitForAsync(() => Lab.Listener.Ports.LastOrDefault() == 40002, "the new port");
            Assert.Equal([40002], await Lab.Egress.KillSwitch.ForwardedPortsAsync(default));

            // a gateway answering port 0 is not believed
            Lab.NatPmp.NextPort = 0;
            var requests = Lab.NatPmp.Requests;
            await WaitForAsync(() => Lab.NatPmp.Requests >= requests + 4, "more requests");
            Assert.DoesNotContain(0, Lab.Listener.Ports);
            Assert.DoesNotContain(0, await Lab.Egress.KillSwitch.ForwardedPortsAsync(default));
        }
        finally
        {
            await stop.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => forwarding);
            Lab.NatPmp.NextPort = 40001;
        }
    }

    private Socket Listen(int port) => Lab.Inside.Sockets.Run(() =>
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Any, port));
        socket.Listen(4);
        return socket;
    });

    internal static async Task WaitForAsync(Func<bool> condition, string what, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"waited {seconds} s for {what}");
            await Task.Delay(100);
        }
    }

    [LabFact]
    public async Task ControlApi_StatusRestartMetrics_NeedSignInAndReportTheTunnel()
    {
        var settings = new ServerSettings
        {
            Data = Lab.Folder.Combine("data"),
            Port = 0,
            Demo = false,
            Egress = Lab.Egress,
            Configuration = new Dictionary<string, string?> { ["Library:Watch"] = "false", ["Library:RescanInterval"] = "00:00:00" },
        };
        await using var app = HearthServer.Build(settings);
        var url = await HearthServer.StartAsync(app, settings, TextWriter.Null, default);
        // no cookie jar: the setup answer sets a session cookie, and this client must stay anonymous
        using var anonymous = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(url) };
        var token = (await File.ReadAllTextAsync(Path.Combine(settings.Data, "setup-token"))).Trim();
        var setup = await anonymous.PostAsJsonAsync("/api/v1/setup", new { token, username = "admin", password = "admin-password" });
        setup.EnsureSuccessStatusCode();
        using var admin = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(url) };
        admin.DefaultRequestHeaders.Add("X-Api-Key", (await setup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/egress/status")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/egress/restart", null)).StatusCode);

        await Lab.Egress.RefreshPublicIpAsync(default);
        var status = await admin.GetFromJsonAsync<JsonElement>("/api/v1/egress/status");
        Assert.Equal("up", status.GetProperty("state").GetString());
        Assert.Equal(EgressLab.VpnExit.ToString(), status.GetProperty("publicIp").GetString());
        Assert.True(status.GetProperty("handshakeAgeSeconds").GetDouble() >= 0);
        Assert.True(status.GetProperty("receivedBytes").GetInt64() > 0);
        var restarts = status.GetProperty("restarts").GetInt32();

        var restarted = await admin.PostAsync("/api/v1/egress/restart", null);
        restarted.EnsureSuccessStatusCode();
        // the health loop may restart it too when the box is busy; at least the asked restart happened
        Assert.True((await restarted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("restarts").GetInt32() > restarts);
        await Lab.WaitHealthyAsync();
        Assert.Equal("target", await Lab.Inside.HttpGetAsync(new IPEndPoint(EgressLab.Target, 80)));

        var metrics = await admin.GetStringAsync("/metrics");
        Assert.Contains("hearth_egress_up 1", metrics, StringComparison.Ordinal);
        Assert.Contains("# TYPE hearth_egress_restarts_total counter", metrics, StringComparison.Ordinal);
        Assert.Contains("hearth_egress_handshake_age_seconds ", metrics, StringComparison.Ordinal);
    }
}
