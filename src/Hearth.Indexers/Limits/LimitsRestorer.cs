using Hearth.Core.Indexers;
using Hearth.Indexers.History;
using Hearth.Indexers.Newznab;
using Microsoft.Extensions.Hosting;

namespace Hearth.Indexers.Limits;

/// <summary>
/// At start, counts the last day's queries and grabs from the history into the limiter: a restart must not
/// hand an indexer with a daily limit a fresh allowance. Failures in a row since the last success are replayed
/// too, so a failing indexer stays in back-off and keeps its health across a restart.
/// </summary>
public sealed class LimitsRestorer(HistoryStore history, IndexerLimiter limiter, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (indexer, kind, at) in await history.CallsSinceAsync(time.GetUtcNow().AddDays(-1), cancellationToken).ConfigureAwait(false))
        {
            limiter.Restore(indexer, kind == "grab" ? LimitedCall.Grab : LimitedCall.Query, at);
        }

        var failures = new Dictionary<Guid, (int Count, IndexerOutcome Kind, string? Message, DateTimeOffset At)>();
        foreach (var (indexer, outcome, message, at) in await history.OutcomesSinceAsync(time.GetUtcNow().AddDays(-7), cancellationToken).ConfigureAwait(false))
        {
            if (outcome == IndexerOutcome.Ok)
            {
                failures.Remove(indexer);
            }
            else if (IndexerException.IsFailure(outcome))
            {
                var count = failures.TryGetValue(indexer, out var previous) ? previous.Count : 0;
                failures[indexer] = (count + 1, outcome, message, at);
            }
        }

        foreach (var (indexer, (count, kind, message, at)) in failures)
        {
            limiter.RestoreFailures(indexer, count, kind, message, at);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
