namespace Hearth.Acquisition.Decisions.Specifications;

/// <summary>
/// delayed: younger than the delay profile's wait for its protocol, so a better release can still come; the
/// profile's best quality, or a high enough custom-format score, goes at once if the delay profile says so.
/// </summary>
internal sealed class DelaySpecification : ISpecification
{
    public Rejection? Check(Decision release, SearchTarget target, DecisionPolicy policy, DateTimeOffset now)
    {
        var delay = policy.Delay.DelayMinutes(release.Release.Protocol);
        if (delay <= 0 || release.AgeHours is not { } age || age * 60 >= delay)
        {
            return null;
        }
        if (policy.Delay.BypassIfHighestQuality && release.Rank == policy.Profile.TopAllowedRank)
        {
            return null;
        }
        if (policy.Delay.BypassIfFormatScoreAtLeast is { } bypass && release.FormatScore >= bypass)
        {
            return null;
        }
        var left = TimeSpan.FromMinutes(delay - (age * 60));
        return new(RejectionCodes.Delayed,
            $"It was published {Ago(TimeSpan.FromHours(age))} ago; the delay profile waits {delay} minutes for {release.Release.Protocol.ToString().ToLowerInvariant()} releases ({Ago(left)} left).");
    }

    private static string Ago(TimeSpan span) => span.TotalMinutes <= 90.5 ? $"{Math.Max(1, (int)span.TotalMinutes)} min" : $"{span.TotalHours:0.#} h";
}
