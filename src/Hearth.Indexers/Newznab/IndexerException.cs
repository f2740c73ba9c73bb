using Hearth.Core.Indexers;

namespace Hearth.Indexers.Newznab;

/// <summary>A call to an indexer that failed, or that Hearth held back; <see cref="Kind"/> is never Ok or Skipped.</summary>
public sealed class IndexerException(IndexerOutcome kind, string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public IndexerOutcome Kind { get; } = kind is IndexerOutcome.Ok or IndexerOutcome.Skipped
        ? throw new ArgumentOutOfRangeException(nameof(kind), kind, "a failure needs a failing outcome")
        : kind;

    /// <summary>How long the indexer asked to be left alone (Retry-After).</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Whether the failure is the indexer's (it counts toward back-off), not Hearth's own holding back.</summary>
    public bool CountsAsFailure => IsFailure(Kind);

    /// <summary>Hearth holding a call back (a limit, a back-off) is not the indexer failing, nor is success or a skip.</summary>
    public static bool IsFailure(IndexerOutcome kind) =>
        kind is not (IndexerOutcome.Ok or IndexerOutcome.Skipped or IndexerOutcome.LimitReached or IndexerOutcome.BackingOff);
}
