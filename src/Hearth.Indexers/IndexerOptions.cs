using System.ComponentModel.DataAnnotations;

namespace Hearth.Indexers;

public sealed class IndexerOptions
{
    public const string Section = "Indexers";

    /// <summary>Requests to indexers in flight at once, across all of them.</summary>
    [Range(1, 64)]
    public int MaxConcurrentRequests { get; set; } = 4;

    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The first wait after a failure; each further failure in a row doubles it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromMinutes(1);

    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Failures in a row after which an indexer shows as failing rather than degraded.</summary>
    [Range(1, 100)]
    public int FailingAfter { get; set; } = 3;

    /// <summary>Pages fetched at most for one query, however wide the window asked.</summary>
    [Range(1, 100)]
    public int MaxPages { get; set; } = 10;

    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan HistoryRetention { get; set; } = TimeSpan.FromDays(30);

    [Range(100, 10_000_000)]
    public int HistoryMaxRows { get; set; } = 50_000;
}
