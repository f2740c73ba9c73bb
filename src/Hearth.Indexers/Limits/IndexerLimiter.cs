using System.Collections.Concurrent;
using Hearth.Core.Indexers;
using Hearth.Indexers.Newznab;
using Microsoft.Extensions.Options;

namespace Hearth.Indexers.Limits;

/// <summary>
/// Keeps Hearth a good citizen toward each indexer: queries and grabs per hour and day, exponential back-off
/// after failures, Retry-After honoured, and the health state the UI shows. Time comes from the injected
/// <see cref="TimeProvider"/>, so tests move a fake clock instead of waiting.
/// </summary>
public sealed class IndexerLimiter(TimeProvider time, IOptions<IndexerOptions> options)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private readonly ConcurrentDictionary<Guid, Tracker> trackers = new();

    /// <summary>Takes one query or grab from the indexer's allowance, or throws why it is held back.</summary>
    /// <exception cref="IndexerException">LimitReached or BackingOff.</exception>
    public void Acquire(Guid indexer, IndexerLimits limits, LimitedCall call)
    {
        var now = time.GetUtcNow();
        var tracker = trackers.GetOrAdd(indexer, _ => new Tracker());
        lock (tracker)
        {
            if (tracker.BlockedUntil is { } until && until > now)
            {
                throw new IndexerException(IndexerOutcome.BackingOff, $"Hearth is leaving this indexer alone until {until:HH:mm:ss} UTC after {Describe(tracker)}.");
            }

            var log = call == LimitedCall.Query ? tracker.Queries : tracker.Grabs;
            Trim(log, now);
            var (perHour, perDay) = call == LimitedCall.Query ? (limits.QueriesPerHour, limits.QueriesPerDay) : (limits.GrabsPerHour, limits.GrabsPerDay);
            var what = call == LimitedCall.Query ? "queries" : "grabs";
            if (perHour is { } hourly && log.Count(t => t > now - Hour) >= hourly)
            {
                throw new IndexerException(IndexerOutcome.LimitReached, $"The limit of {hourly} {what} an hour is reached; the next is allowed at {log.Where(t => t > now - Hour).Min() + Hour:HH:mm:ss} UTC.");
            }

            if (perDay is { } daily && log.Count >= daily)
            {
                throw new IndexerException(IndexerOutcome.LimitReached, $"The limit of {daily} {what} a day is reached; the next is allowed at {log.Min() + Day:HH:mm:ss} UTC.");
            }

            log.Add(now);
        }
    }

    /// <summary>Counts a call made before a restart, so limits per hour and day hold across restarts.</summary>
    public void Restore(Guid indexer, LimitedCall call, DateTimeOffset at)
    {
        var tracker = trackers.GetOrAdd(indexer, _ => new Tracker());
        lock (tracker)
        {
            (call == LimitedCall.Query ? tracker.Queries : tracker.Grabs).Add(at);
        }
    }

    /// <summary>
    /// Puts back failures in a row from before a restart: the same back-off from the last one (a Retry-After the
    /// indexer sent is not kept, so the computed wait stands in for it).
    /// </summary>
    public void RestoreFailures(Guid indexer, int consecutive, IndexerOutcome kind, string? message, DateTimeOffset lastAt)
    {
        var o = options.Value;
        var tracker = trackers.GetOrAdd(indexer, _ => new Tracker());
        lock (tracker)
        {
            tracker.ConsecutiveFailures = consecutive;
            tracker.LastError = message;
            tracker.LastKind = kind;
            tracker.LastFailureAt = lastAt;
            tracker.BlockedUntil = lastAt + Backoff(o, consecutive);
        }
    }

    public void Succeeded(Guid indexer)
    {
        var tracker = trackers.GetOrAdd(indexer, _ => new Tracker());
        lock (tracker)
        {
            tracker.ConsecutiveFailures = 0;
            tracker.BlockedUntil = null;
        }
    }

    /// <summary>Counts a failure and sets the next wait: base × 2^(n−1), capped, or longer if the indexer asked.</summary>
    public void Failed(Guid indexer, IndexerException failure)
    {
        if (!failure.CountsAsFailure)
        {
            return;
        }

        var now = time.GetUtcNow();
        var o = options.Value;
        var tracker = trackers.GetOrAdd(indexer, _ => new Tracker());
        lock (tracker)
        {
            tracker.ConsecutiveFailures++;
            tracker.LastError = failure.Message;
            tracker.LastKind = failure.Kind;
            tracker.LastFailureAt = now;
            var wait = Backoff(o, tracker.ConsecutiveFailures);
            if (failure.RetryAfter is { } asked && asked > wait)
            {
                wait = asked;
            }

            tracker.BlockedUntil = now + wait;
        }
    }

    /// <summary>Forgets the back-off (a person pressed Test and it worked, or re-enabled the indexer).</summary>
    public void Reset(Guid indexer) => Succeeded(indexer);

    public IndexerState State(Guid indexer, bool enabled)
    {
        var now = time.GetUtcNow();
        var tracker = trackers.GetOrAdd(indexer, _ => new Tracker());
        lock (tracker)
        {
            Trim(tracker.Queries, now);
            Trim(tracker.Grabs, now);
            var blocked = tracker.BlockedUntil > now ? tracker.BlockedUntil : null;
            var health = !enabled ? IndexerHealth.Disabled
                : tracker.ConsecutiveFailures >= options.Value.FailingAfter || (tracker.ConsecutiveFailures > 0 && tracker.LastKind == IndexerOutcome.Auth) ? IndexerHealth.Failing
                : tracker.ConsecutiveFailures > 0 ? IndexerHealth.Degraded
                : IndexerHealth.Healthy;
            return new IndexerState(
                health,
                tracker.ConsecutiveFailures,
                blocked,
                tracker.LastError,
                tracker.LastKind?.Text(),
                tracker.LastFailureAt,
                tracker.Queries.Count(t => t > now - Hour),
                tracker.Queries.Count,
                tracker.Grabs.Count(t => t > now - Hour),
                tracker.Grabs.Count);
        }
    }

    public void Forget(Guid indexer) => trackers.TryRemove(indexer, out _);

    private static string Describe(Tracker tracker) =>
        tracker.ConsecutiveFailures == 1 ? "a failure" : $"{tracker.ConsecutiveFailures} failures in a row";

    private static TimeSpan Backoff(IndexerOptions o, int failures) =>
        TimeSpan.FromTicks(Math.Min(o.BackoffBase.Ticks * (1L << Math.Min(failures - 1, 20)), o.BackoffMax.Ticks));

    private static void Trim(List<DateTimeOffset> log, DateTimeOffset now) => log.RemoveAll(t => t <= now - Day);

    private sealed class Tracker
    {
        public List<DateTimeOffset> Queries { get; } = [];

        public List<DateTimeOffset> Grabs { get; } = [];

        public int ConsecutiveFailures { get; set; }

        public DateTimeOffset? BlockedUntil { get; set; }

        public string? LastError { get; set; }

        public IndexerOutcome? LastKind { get; set; }

        public DateTimeOffset? LastFailureAt { get; set; }
    }
}
