using System.Globalization;

namespace Hearth.Acquisition.Decisions.Specifications;

/// <summary>size: outside the quality's limits in MB a minute, times the runtime (of every episode it holds).</summary>
internal sealed class SizeSpecification : ISpecification
{
    public Rejection? Check(Decision release, SearchTarget target, DecisionPolicy policy, DateTimeOffset now)
    {
        if (release.Release.Size is not { } bytes || target.RuntimeOf(release) is not { } minutes || minutes <= 0)
        {
            return null;
        }
        var limits = policy.Sizes.For(release.Quality.Quality);
        if (limits.Allows(bytes, minutes))
        {
            return null;
        }
        var min = limits.Min * minutes * 1024 * 1024;
        var range = limits.Max is { } max ? $"{Gb(min)}–{Gb(max * minutes * 1024 * 1024)}" : $"at least {Gb(min)}";
        return new(RejectionCodes.Size,
            $"{Gb(bytes)} is outside {range} for {release.Quality.Quality.Name} at {minutes:0} minutes.");
    }

    internal static string Gb(double bytes) => bytes >= 1024d * 1024 * 1024
        ? (bytes / 1024 / 1024 / 1024).ToString("0.0 GB", CultureInfo.InvariantCulture)
        : (bytes / 1024 / 1024).ToString("0 MB", CultureInfo.InvariantCulture);
}
