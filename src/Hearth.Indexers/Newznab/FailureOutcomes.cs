using Hearth.Core.Indexers;

namespace Hearth.Indexers.Newznab;

/// <summary>Each failure kind is the outcome of the same name; the history and the API carry the outcome.</summary>
public static class FailureOutcomes
{
    public static IndexerOutcome Outcome(this IndexerFailureKind kind) => kind switch
    {
        IndexerFailureKind.Unreachable => IndexerOutcome.Unreachable,
        IndexerFailureKind.Tls => IndexerOutcome.Tls,
        IndexerFailureKind.Auth => IndexerOutcome.Auth,
        IndexerFailureKind.NotTorznab => IndexerOutcome.NotTorznab,
        IndexerFailureKind.Timeout => IndexerOutcome.Timeout,
        IndexerFailureKind.RateLimited => IndexerOutcome.RateLimited,
        IndexerFailureKind.HttpError => IndexerOutcome.HttpError,
        IndexerFailureKind.IndexerError => IndexerOutcome.IndexerError,
        IndexerFailureKind.LimitReached => IndexerOutcome.LimitReached,
        IndexerFailureKind.BackingOff => IndexerOutcome.BackingOff,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The failure kind an outcome stands for; none for <see cref="IndexerOutcome.Ok"/> and <see cref="IndexerOutcome.Skipped"/>.</summary>
    public static IndexerFailureKind? FailureKind(this IndexerOutcome outcome) =>
        Enum.GetValues<IndexerFailureKind>().Cast<IndexerFailureKind?>().FirstOrDefault(k => k!.Value.Outcome() == outcome);
}
