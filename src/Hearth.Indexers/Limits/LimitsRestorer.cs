using Hearth.Indexers.History;
using Microsoft.Extensions.Hosting;

namespace Hearth.Indexers.Limits;

/// <summary>
/// At start, counts the last day's queries and grabs from the history into the limiter: a restart must not
/// hand an indexer with a daily limit a fresh allowance.
/// </summary>
public sealed class LimitsRestorer(HistoryStore history, IndexerLimiter limiter, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (indexer, kind, at) in await history.CallsSinceAsync(time.GetUtcNow().AddDays(-1), cancellationToken).ConfigureAwait(false))
        {
            limiter.Restore(indexer, kind == "grab" ? LimitedCall.Grab : LimitedCall.Query, at);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
