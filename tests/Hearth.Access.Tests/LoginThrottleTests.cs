using System.Net;
using Hearth.Access.Login;
using Microsoft.Extensions.Options;

namespace Hearth.Access.Tests;

public sealed class LoginThrottleTests
{
    private sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly IOptions<AccessOptions> Defaults = Options.Create(new AccessOptions());

    private static void Fail(LoginThrottle throttle, IPAddress address, string name)
    {
        Assert.True(throttle.TryBegin(address, out var attempt, out _));
        attempt.Failed(name);
    }

    [Fact]
    public void RetryAfter_AfterMaxFailures_AsksToWaitUntilTheWindowPasses()
    {
        var time = new ManualTime();
        var throttle = new LoginThrottle(time, Defaults);
        var address = IPAddress.Parse("192.0.2.7");
        for (var i = 0; i < throttle.MaxFailures - 1; i++)
        {
            Fail(throttle, address, "victim");
        }

        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter(address));
        Fail(throttle, address, "victim");
        Assert.True(throttle.RetryAfter(address) > TimeSpan.FromMinutes(14));
        Assert.False(throttle.TryBegin(address, out _, out var wait));
        Assert.True(wait > TimeSpan.FromMinutes(14));
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter(IPAddress.Parse("192.0.2.8")));

        time.Now += throttle.Window + TimeSpan.FromSeconds(1);
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter(address));
    }

    [Fact]
    public void TryBegin_AttemptsInFlight_CountAgainstTheBudget()
    {
        var throttle = new LoginThrottle(new ManualTime(), Defaults);
        var address = IPAddress.Parse("192.0.2.9");
        var reserved = new List<LoginThrottle.Attempt>();
        for (var i = 0; i < 40; i++)
        {
            if (throttle.TryBegin(address, out var attempt, out _))
            {
                reserved.Add(attempt);
            }
        }

        Assert.Equal(throttle.MaxFailures, reserved.Count);

        // an attempt given back (nothing was checked) frees its place
        reserved[0].Abandoned();
        Assert.True(throttle.TryBegin(address, out _, out _));
    }

    [Fact]
    public void Succeeded_OnAnotherAccount_DoesNotResetTheBudget()
    {
        var throttle = new LoginThrottle(new ManualTime(), Defaults);
        var address = IPAddress.Loopback;
        for (var i = 0; i < throttle.MaxFailures - 1; i++)
        {
            Fail(throttle, address, "victim");
        }

        Assert.True(throttle.TryBegin(address, out var own, out _));
        own.Succeeded("attacker");
        Fail(throttle, address, "victim");

        Assert.True(throttle.RetryAfter(address) > TimeSpan.Zero);
    }

    [Fact]
    public void Succeeded_ForTheSameName_ForgivesThatNamesFailures()
    {
        var throttle = new LoginThrottle(new ManualTime(), Defaults);
        var address = IPAddress.Loopback;
        for (var i = 0; i < throttle.MaxFailures - 1; i++)
        {
            Fail(throttle, address, "Alice");
        }

        Assert.True(throttle.TryBegin(address, out var right, out _));
        right.Succeeded("alice");
        Fail(throttle, address, "alice");

        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter(address));
    }
}
