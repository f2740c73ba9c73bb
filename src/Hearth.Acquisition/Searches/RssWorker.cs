using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Acquisition.Searches;

/// <summary>Runs the RSS sync every <see cref="AcquisitionOptions.RssInterval"/> (15 minutes by default), the first an interval after start.</summary>
internal sealed class RssWorker(RssSync sync, IOptions<AcquisitionOptions> options, TimeProvider clock, ILogger<RssWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.RssInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(interval, clock, stoppingToken).ConfigureAwait(false);
            try
            {
                await sync.SyncAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The RSS sync failed; trying again in {Interval}", interval);
            }
        }
    }
}
