using System.Security.Cryptography;
using Hearth.Egress.Api;
using Hearth.Egress.Config;

namespace Hearth.Egress.Tests;

public sealed class WireGuardKeyTests
{
    [Fact]
    public void Key_ToString_NeverShowsTheSecret()
    {
        var text = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Assert.True(WireGuardKey.TryParse(text, out var key));
        Assert.DoesNotContain(text, key!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(text, new { key }.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Key_NotWireGuardForm_IsRefused(string text) => Assert.False(WireGuardKey.TryParse(text, out _));

    [Fact]
    public void Metrics_Status_IsPrometheusText()
    {
        var status = new EgressStatus(EgressState.Up, DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), 12.5, "203.0.113.2", "198.51.100.2", false, null, 40001, 1000, 2000, 3, null, "hearth-egress", "hearth0");
        var text = EgressMetrics.Format(status);
        Assert.Contains("# TYPE hearth_egress_up gauge\nhearth_egress_up 1\n", text, StringComparison.Ordinal);
        Assert.Contains("hearth_egress_handshake_age_seconds 12.5\n", text, StringComparison.Ordinal);
        Assert.Contains("hearth_egress_forwarded_port 40001\n", text, StringComparison.Ordinal);
        Assert.Contains("hearth_egress_restarts_total 3\n", text, StringComparison.Ordinal);
    }
}
