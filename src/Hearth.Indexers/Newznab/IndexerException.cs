namespace Hearth.Indexers.Newznab;

/// <summary>Why a call to an indexer failed, in the words the UI shows.</summary>
public enum IndexerFailureKind
{
    Unreachable,
    Tls,
    Auth,
    NotTorznab,
    Timeout,
    RateLimited,
    HttpError,
    IndexerError,

    /// <summary>Hearth held the query back: a limit per hour or day is reached.</summary>
    LimitReached,

    /// <summary>Hearth held the query back: the indexer failed lately and is waiting out its back-off.</summary>
    BackingOff,
}

public sealed class IndexerException(IndexerFailureKind kind, string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public IndexerFailureKind Kind { get; } = kind;

    /// <summary>How long the indexer asked to be left alone (Retry-After).</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Whether the failure is the indexer's (it counts toward back-off), not Hearth's own holding back.</summary>
    public bool CountsAsFailure => IsFailure(Kind);

    /// <summary>Hearth holding a call back (a limit, a back-off) is not the indexer failing.</summary>
    public static bool IsFailure(IndexerFailureKind kind) => kind is not (IndexerFailureKind.LimitReached or IndexerFailureKind.BackingOff);
}
