using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hearth.Library.Scanning;

/// <summary>
/// Runs queued scans one at a time, so the scanner is the store's only bulk writer. While one library's files
/// are probed, other libraries' waiting scans run between its batches: their items are listed in seconds, not
/// after the first library's media is read.
/// </summary>
public sealed class ScanWorker(ScanQueue queue, IServiceProvider services, TimeProvider time, ILogger<ScanWorker> logger) : BackgroundService
{
    // the libraries with a scan under way, the outer one and any run between its batches
    private readonly HashSet<Guid> busy = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            ScanRequest request;
            try
            {
                request = await queue.TakeAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            if (!await RunAsync(request, stoppingToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>Runs one scan; answers false when the server is stopping.</summary>
    private async Task<bool> RunAsync(ScanRequest request, CancellationToken stoppingToken)
    {
        queue.Started(request, time.GetUtcNow().ToUnixTimeMilliseconds());
        busy.Add(request.LibraryId);
        try
        {
            var scanner = services.GetRequiredService<LibraryScanner>();
            await scanner.ScanAsync(request, stoppingToken, OthersAsync).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // one broken scan must not stop the worker (and with it the server): log it, take the next
            logger.LogError(e, "Scan of library {Library} could not run", request.LibraryId);
            return true;
        }
        finally
        {
            busy.Remove(request.LibraryId);
            queue.Finished(request.LibraryId);
        }
    }

    // a scan of a library already under way waits for it to end: the same library is never scanned twice at once
    private async Task OthersAsync(CancellationToken ct)
    {
        while (queue.TryTakeOther(busy, out var request))
        {
            if (!await RunAsync(request, ct).ConfigureAwait(false))
            {
                ct.ThrowIfCancellationRequested();
            }
        }
    }
}
