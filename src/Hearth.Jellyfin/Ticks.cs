namespace Hearth.Jellyfin;

/// <summary>Jellyfin counts time in ticks of 100 ns (10,000,000 a second); Hearth in milliseconds.</summary>
public static class Ticks
{
    public const long PerMillisecond = 10_000;

    public const long PerSecond = 10_000_000;

    public static long FromMilliseconds(long milliseconds) => milliseconds * PerMillisecond;

    public static long? FromMilliseconds(long? milliseconds) => milliseconds * PerMillisecond;

    public static long? FromSeconds(double? seconds) => seconds is { } s ? (long)Math.Round(s * PerSecond) : null;

    /// <summary>Milliseconds, or null for a negative or absurd value (more than a year) that a client sent by mistake.</summary>
    public static long? ToMilliseconds(long? ticks) => ticks is >= 0 and <= 365L * 24 * 3600 * PerSecond ? ticks / PerMillisecond : null;
}
