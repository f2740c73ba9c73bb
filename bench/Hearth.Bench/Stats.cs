using System.Globalization;

namespace Hearth.Bench;

public static class Stats
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Seconds with millisecond precision, invariant, so run.sh can parse the lines.</summary>
    public static string Seconds(double seconds) => seconds.ToString("0.000", CultureInfo.InvariantCulture);
}
