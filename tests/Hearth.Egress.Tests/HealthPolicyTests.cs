using Hearth.Egress.Health;

namespace Hearth.Egress.Tests;

/// <summary>The health loop's rules on a fake clock: grace for a fresh tunnel, failures in a row, a gone interface at once.</summary>
public sealed class HealthPolicyTests
{
    private static readonly EgressOptions Options = new() { HealthInterval = TimeSpan.FromSeconds(15), FailuresBeforeRestart = 2 };
    private static readonly TunnelHealthProblem Unanswered = new(TunnelProblem.ProbesUnanswered, "no probe target answered");
    private static readonly TunnelHealthProblem Gone = new(TunnelProblem.InterfaceGone, "the tunnel interface is gone");
    private static readonly TimeSpan Settled = TimeSpan.FromMinutes(5);

    [Fact]
    public void Judge_FailureWithinGrace_WaitsWithoutCounting()
    {
        var policy = new HealthPolicy(Options);

        Assert.Equal(TimeSpan.FromSeconds(30), policy.Grace);
        Assert.Equal(HealthAction.Wait, policy.Judge(Unanswered, TimeSpan.FromSeconds(29)));
        Assert.Equal(0, policy.Failures);
    }

    [Fact]
    public void Judge_FailuresInARow_RestartAtTheLimit()
    {
        var policy = new HealthPolicy(Options);

        Assert.Equal(HealthAction.Count, policy.Judge(Unanswered, Settled));
        Assert.Equal(HealthAction.Restart, policy.Judge(Unanswered, Settled));
        Assert.Equal(2, policy.Counted);
        // the count starts again after the restart
        Assert.Equal(HealthAction.Count, policy.Judge(Unanswered, Settled));
    }

    [Fact]
    public void Judge_HealthyRoundBetweenFailures_StartsTheCountAgain()
    {
        var policy = new HealthPolicy(Options);

        Assert.Equal(HealthAction.Count, policy.Judge(Unanswered, Settled));
        Assert.Equal(HealthAction.Healthy, policy.Judge(null, Settled));
        Assert.Equal(HealthAction.Count, policy.Judge(Unanswered, Settled));
    }

    [Fact]
    public void Judge_InterfaceGone_RestartsAtOnceEvenInGrace()
    {
        var policy = new HealthPolicy(Options);

        Assert.Equal(HealthAction.Restart, policy.Judge(Gone, TimeSpan.FromSeconds(1)));
        Assert.Equal(1, policy.Counted);
    }

    [Fact]
    public void Grace_ShortHealthInterval_IsAtLeastFiveSeconds()
    {
        var policy = new HealthPolicy(new EgressOptions { HealthInterval = TimeSpan.FromSeconds(1) });

        Assert.Equal(TimeSpan.FromSeconds(5), policy.Grace);
        Assert.Equal(HealthAction.Wait, policy.Judge(Unanswered, TimeSpan.FromSeconds(4)));
    }
}
