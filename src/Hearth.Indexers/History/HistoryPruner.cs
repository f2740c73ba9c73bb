using Microsoft.Extensions.Hosting;

namespace Hearth.Indexers.History;

/// <summary>Prunes the history every hour.</summary>
public sealed class HistoryPruner(HistoryStore history, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            await history.PruneAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
