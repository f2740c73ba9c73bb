using System.Net;
using Hearth.Streaming.Sessions;

namespace Hearth.Streaming.Tests.Sessions;

public sealed class BandwidthLimitTests
{
    private static readonly StreamingOptions Options = new()
    {
        LocalMaxBitrate = null,
        RemoteMaxBitrate = 8_000_000,
        UserMaxBitrate = new(StringComparer.OrdinalIgnoreCase) { ["kid"] = 3_000_000 },
    };

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("192.168.1.20")]
    [InlineData("10.0.0.5")]
    [InlineData("172.20.1.1")]
    [InlineData("100.101.102.103")]
    [InlineData("fd7a:115c:a1e0::1")]
    [InlineData("::ffff:192.168.1.20")]
    public void IsLocal_LanLoopbackOrTailnet_True(string address)
    {
        Assert.True(BitrateLimits.IsLocal(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("2001:db8::1")]
    public void IsLocal_PublicAddress_False(string address)
    {
        Assert.False(BitrateLimits.IsLocal(IPAddress.Parse(address)));
    }

    [Fact]
    public void Limit_LocalClientNoAsk_NoLimit()
    {
        Assert.Null(BitrateLimits.Limit(Options, "sam", IPAddress.Loopback, null));
    }

    [Fact]
    public void Limit_RemoteClient_RemoteLimitAndTheSmallerAsk()
    {
        Assert.Equal(8_000_000, BitrateLimits.Limit(Options, "sam", IPAddress.Parse("203.0.113.9"), null));
        Assert.Equal(2_000_000, BitrateLimits.Limit(Options, "sam", IPAddress.Parse("203.0.113.9"), 2_000_000));
    }

    [Fact]
    public void Limit_UserWithOwnLimit_AppliesAtHomeToo()
    {
        Assert.Equal(3_000_000, BitrateLimits.Limit(Options, "Kid", IPAddress.Loopback, 20_000_000));
    }
}
