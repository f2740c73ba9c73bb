namespace Hearth.Indexers.Limits;

public enum IndexerHealth
{
    Healthy,

    /// <summary>A failure or two lately, or the indexer asked to slow down; queries still go out after the wait.</summary>
    Degraded,

    /// <summary>Several failures in a row (or the API key refused): backing off for longer each time.</summary>
    Failing,

    Disabled,
}

/// <summary>What the hub knows about an indexer's behaviour right now.</summary>
public sealed record IndexerState(
    IndexerHealth Health,
    int ConsecutiveFailures,
    DateTimeOffset? BlockedUntil,
    string? LastError,
    string? LastErrorKind,
    DateTimeOffset? LastFailureAt,
    int QueriesLastHour,
    int QueriesLastDay,
    int GrabsLastHour,
    int GrabsLastDay);

/// <summary>Limits a person set on one indexer; null means none.</summary>
public sealed record IndexerLimits(int? QueriesPerHour, int? QueriesPerDay, int? GrabsPerHour, int? GrabsPerDay);

/// <summary>The two kinds of call to an indexer that limits count.</summary>
public enum LimitedCall
{
    Query,
    Grab,
}
