using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Acquisition.Catalog;

/// <summary>
/// Adopts the library into the catalog soon after start, whenever a scan has finished since the last time (checked
/// every few seconds, which costs one read of a counter), and at least every <see cref="AcquisitionOptions.AdoptInterval"/>.
/// </summary>
internal sealed class AdoptionWorker(LibraryAdoption adoption, IOptions<AcquisitionOptions> options, TimeProvider clock, ILogger<AdoptionWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Check = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.AdoptInterval;
        if (interval <= TimeSpan.Zero || adoption.LibraryVersion is null)
        {
            return;
        }
        long? adopted = null;
        var last = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Check, clock, stoppingToken).ConfigureAwait(false);
            var version = adoption.LibraryVersion;
            if (version == adopted && clock.GetUtcNow() - last < interval)
            {
                continue;
            }
            try
            {
                await adoption.AdoptAsync(stoppingToken).ConfigureAwait(false);
                (adopted, last) = (version, clock.GetUtcNow());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Adopting the library into the catalog failed; trying again in {Interval}", interval);
                last = clock.GetUtcNow();
            }
        }
    }
}
