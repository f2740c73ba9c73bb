using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hearth.Library.Scanning;

/// <summary>Runs queued scans one at a time, so the scanner is the store's only bulk writer.</summary>
public sealed class ScanWorker(ScanQueue queue, IServiceProvider services, TimeProvider time, ILogger<ScanWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var request in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            queue.Started(request, time.GetUtcNow().ToUnixTimeMilliseconds());
            try
            {
                var scanner = services.GetRequiredService<LibraryScanner>();
                await scanner.ScanAsync(request, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // one broken scan must not stop the worker (and with it the server): log it, take the next
                logger.LogError(e, "Scan of library {Library} could not run", request.LibraryId);
            }
            finally
            {
                queue.Finished(request.LibraryId);
            }
        }
    }
}
