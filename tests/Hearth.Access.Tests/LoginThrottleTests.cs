using System.Net;
using Hearth.Access.Login;

namespace Hearth.Access.Tests;

public sealed class LoginThrottleTests
{
    private sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void RetryAfter_AfterMaxFailures_AsksToWaitUntilTheWindowPasses()
    {
        var time = new ManualTime();
        var throttle = new LoginThrottle(time);
        var address = IPAddress.Parse("192.0.2.7");
        for (var i = 0; i < LoginThrottle.MaxFailures - 1; i++)
        {
            throttle.Failed(address);
        }

        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter(address));
        throttle.Failed(address);
        Assert.True(throttle.RetryAfter(address) > TimeSpan.FromMinutes(14));
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter(IPAddress.Parse("192.0.2.8")));

        time.Now += LoginThrottle.Window + TimeSpan.FromSeconds(1);
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter(address));
    }

    [Fact]
    public void Succeeded_ClearsTheAddressFailures()
    {
        var throttle = new LoginThrottle(new ManualTime());
        var address = IPAddress.Loopback;
        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            throttle.Failed(address);
        }

        throttle.Succeeded(address);

        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter(address));
    }
}
