using System.ComponentModel.DataAnnotations;

namespace Hearth.Library.Metadata.Refresh;

/// <summary>How the refresh queue works through a library (section <c>Metadata:Refresh</c>); tests shorten the waits.</summary>
public sealed class RefreshOptions
{
    public const string Section = "Metadata:Refresh";

    /// <summary>
    /// Items matched at once. More than the providers' limit on requests in flight (<c>Metadata:MaxConcurrency</c>),
    /// so that limit is what paces a library: an item waits on its requests one after the other, and a worker
    /// matching as many items as requests may fly would leave the limit half used.
    /// </summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 12;

    /// <summary>The wait before a failed item is tried again; it doubles with each failure in a row.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan RetryFirst { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest wait between two tries of a failed item.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "7.00:00:00")]
    public TimeSpan RetryMax { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How often the worker looks for finished scans and failed items due again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest a picture's download may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait before the try after <paramref name="attempts"/> failures in a row (1 for the first).</summary>
    public TimeSpan Backoff(int attempts)
    {
        var wait = RetryFirst.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromMilliseconds(Math.Min(wait, RetryMax.TotalMilliseconds));
    }
}
