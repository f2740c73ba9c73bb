namespace Hearth.Library.Scanning;

/// <summary>Where a scan stands or how it ended. Stored and sent as the words in <see cref="ScanOutcomes.Text"/>.</summary>
public enum ScanOutcome
{
    Running,
    Completed,
    CompletedWithErrors,
    Cancelled,
    Failed,

    /// <summary>The process died before the scan finished (found at the next start).</summary>
    Interrupted,
}

public static class ScanOutcomes
{
    /// <summary>The words the store and the API have always used ("completed with errors").</summary>
    public static string Text(this ScanOutcome outcome) => outcome switch
    {
        ScanOutcome.Running => "running",
        ScanOutcome.Completed => "completed",
        ScanOutcome.CompletedWithErrors => "completed with errors",
        ScanOutcome.Cancelled => "cancelled",
        ScanOutcome.Failed => "failed",
        _ => "interrupted",
    };

    public static ScanOutcome Parse(string text) => text switch
    {
        "running" => ScanOutcome.Running,
        "completed" => ScanOutcome.Completed,
        "completed with errors" => ScanOutcome.CompletedWithErrors,
        "cancelled" => ScanOutcome.Cancelled,
        "failed" => ScanOutcome.Failed,
        _ => ScanOutcome.Interrupted,
    };
}
