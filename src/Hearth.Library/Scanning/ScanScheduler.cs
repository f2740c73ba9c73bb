using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hearth.Library.Scanning;

/// <summary>
/// Scans every library at start and then every <see cref="LibraryOptions.RescanInterval"/>: network mounts
/// do not raise file-system events, and an unchanged rescan costs little.
/// </summary>
public sealed class ScanScheduler(ScanQueue queue, IDbContextFactory<LibraryDb> factory, IOptions<LibraryOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reason = "startup";
        // at start, any whole scan already made in this process (a library added a moment ago) covers the library;
        // later, one made in the last half interval does
        var since = long.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            await using (var db = await factory.CreateDbContextAsync(stoppingToken).ConfigureAwait(false))
            {
                foreach (var id in await db.Libraries.Select(l => l.Id).ToListAsync(stoppingToken).ConfigureAwait(false))
                {
                    queue.EnqueueUnlessScannedSince(new ScanRequest(id, null, reason), since);
                }
            }

            reason = "scheduled";
            if (options.Value.RescanInterval <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(options.Value.RescanInterval, time, stoppingToken).ConfigureAwait(false);
            since = (time.GetUtcNow() - (options.Value.RescanInterval / 2)).ToUnixTimeMilliseconds();
        }
    }
}
