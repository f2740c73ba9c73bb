using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Acquisition.Catalog;

/// <summary>Adopts the library into the catalog soon after start and then every <see cref="AcquisitionOptions.AdoptInterval"/>.</summary>
internal sealed class AdoptionWorker(LibraryAdoption adoption, IOptions<AcquisitionOptions> options, TimeProvider clock, ILogger<AdoptionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.AdoptInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }
        // a moment for the startup scan to list what it finds
        await Task.Delay(TimeSpan.FromSeconds(2), clock, stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await adoption.AdoptAsync(stoppingToken).ConfigureAwait(false) is null)
                {
                    return;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Adopting the library into the catalog failed; trying again in {Interval}", interval);
            }
            await Task.Delay(interval, clock, stoppingToken).ConfigureAwait(false);
        }
    }
}
