namespace Hearth.Egress.Health;

/// <summary>What the health loop does after a round.</summary>
public enum HealthAction
{
    /// <summary>All is well; failures in a row start again from zero.</summary>
    Healthy,

    /// <summary>A fresh tunnel is still shaking hands: the failure is not counted yet.</summary>
    Wait,

    /// <summary>The failure is counted; the tunnel stays as it is for now.</summary>
    Count,

    /// <summary>Restart the tunnel (alone: the namespace, its kill switch and what runs inside stay).</summary>
    Restart,
}

/// <summary>
/// The health loop's rules, with no I/O and no clock of its own, so they are tested on a fake one: a tunnel
/// just brought up gets a grace of two health intervals (at least 5 s) before a failed check counts, except
/// when its interface is gone; <see cref="EgressOptions.FailuresBeforeRestart"/> failures in a row, or a gone
/// interface at once, restart it.
/// </summary>
public sealed class HealthPolicy(EgressOptions options)
{
    private int failures;

    /// <summary>Failures counted in a row since the last healthy round or restart.</summary>
    public int Failures => failures;

    /// <summary>The failure's number in the row as of the last round that counted one (for the log).</summary>
    public int Counted { get; private set; }

    public TimeSpan Grace => options.HealthInterval * 2 > TimeSpan.FromSeconds(5) ? options.HealthInterval * 2 : TimeSpan.FromSeconds(5);

    /// <param name="problem">What the round found, or null when the tunnel is healthy.</param>
    /// <param name="sinceBroughtUp">How long ago the tunnel was (last) brought up.</param>
    public HealthAction Judge(TunnelHealthProblem? problem, TimeSpan sinceBroughtUp)
    {
        if (problem is null)
        {
            failures = 0;
            return HealthAction.Healthy;
        }

        var gone = problem.Code == TunnelProblem.InterfaceGone;
        if (sinceBroughtUp < Grace && !gone)
        {
            return HealthAction.Wait;
        }

        failures++;
        Counted = failures;
        if (failures >= options.FailuresBeforeRestart || gone)
        {
            failures = 0;
            return HealthAction.Restart;
        }

        return HealthAction.Count;
    }
}
