using Hearth.Library.Scanning;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Library.Metadata.Refresh;

/// <summary>
/// Works through the refresh queue in the background: after each finished scan, the library's pending items and
/// the failed ones whose retry time has come, a few at a time. It never waits on a scan's writes longer than one
/// item's, does not start on a library while it is being scanned, and with no provider in the build does nothing.
/// A library no provider can serve yet (films with no TMDB key) is left alone, its items pending, until a key is set:
/// then every library is looked at again, as after a scan.
/// </summary>
public sealed partial class MetadataWorker(
    RefreshQueue queue,
    MetadataRefresher refresher,
    ScanQueue scans,
    MetadataStatus status,
    Apply.MetadataLocale locale,
    IDbContextFactory<LibraryDb> factory,
    IOptions<RefreshOptions> options,
    TimeProvider time,
    ILogger<MetadataWorker> logger) : BackgroundService
{
    private long lastScanSeenMs;
    private bool keyed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // scans finished before this start are looked at too: what they added may never have been matched
        lastScanSeenMs = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (queue.Reader.TryRead(out var request))
                {
                    await RunAsync(request, stoppingToken).ConfigureAwait(false);
                }

                if (locale.HasTmdbKey != keyed)
                {
                    // a key set (or taken away) in Settings: what waited for it is looked at again
                    keyed = !keyed;
                    lastScanSeenMs = 0;
                }

                if (refresher.Available)
                {
                    foreach (var library in await DueLibrariesAsync(stoppingToken).ConfigureAwait(false))
                    {
                        await RunAsync(new RefreshRequest(library, null, "after a scan"), stoppingToken).ConfigureAwait(false);
                    }
                }

                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                wait.CancelAfter(options.Value.PollInterval);
                try
                {
                    await queue.Reader.WaitToReadAsync(wait.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // the poll interval passed
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // metadata must never take the server down: log, wait, go on
                LogBroken(logger, e);
                await Task.Delay(options.Value.PollInterval, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Libraries with a scan finished since the last look, or with failed items due again.</summary>
    private async Task<IReadOnlyList<Guid>> DueLibrariesAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var since = lastScanSeenMs;
        var finished = await db.ScanRuns.AsNoTracking().Where(r => r.FinishedMs != null && r.FinishedMs >= since)
            .Select(r => new { r.LibraryId, r.FinishedMs }).ToListAsync(ct).ConfigureAwait(false);
        if (finished.Count > 0)
        {
            lastScanSeenMs = finished.Max(r => r.FinishedMs!.Value) + 1;
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var retry = await db.ItemMetadata.AsNoTracking().Where(m => m.State == MatchState.Failed && m.RetryAtMs <= now)
            .Select(m => m.LibraryId).Distinct().ToListAsync(ct).ConfigureAwait(false);
        return [.. finished.Select(r => r.LibraryId).Concat(retry).Distinct()];
    }

    private async Task RunAsync(RefreshRequest request, CancellationToken ct)
    {
        if (!refresher.Available)
        {
            return;
        }

        if (await KindAsync(request.LibraryId, ct).ConfigureAwait(false) is not { } kind || !status.CanMatch(kind))
        {
            // nothing could be asked: the items stay pending, untouched, and the libraries page says why
            return;
        }

        // a scan is never slowed by metadata: wait until the library's scan is done
        while (scans.Progress(request.LibraryId) is not null)
        {
            await Task.Delay(options.Value.PollInterval, ct).ConfigureAwait(false);
        }

        var ids = request.Items ?? await DueItemsAsync(request.LibraryId, ct).ConfigureAwait(false);
        if (ids.Count == 0)
        {
            return;
        }

        int done = 0, matched = 0, unmatched = 0, failed = 0;
        void Report(bool running) =>
            queue.Report(new RefreshProgress(request.LibraryId, running, ids.Count, done, matched, unmatched, failed, running ? null : time.GetUtcNow().ToUnixTimeMilliseconds()));
        Report(true);
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = ct }, async (id, token) =>
        {
            MatchState? state;
            try
            {
                state = await refresher.RefreshAsync(id, token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // one item's trouble (a provider's bug, a bad row) is that item's, not the library's
                LogItemBroken(logger, id, e);
                state = MatchState.Failed;
            }

            lock (queue)
            {
                done++;
                matched += state == MatchState.Matched ? 1 : 0;
                unmatched += state == MatchState.Unmatched ? 1 : 0;
                failed += state == MatchState.Failed ? 1 : 0;
                Report(true);
            }
        }).ConfigureAwait(false);
        Report(false);
        LogDone(logger, request.LibraryId, ids.Count, matched, unmatched, failed);
    }

    private async Task<LibraryKind?> KindAsync(Guid libraryId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Libraries.AsNoTracking().Where(l => l.Id == libraryId).Select(l => (LibraryKind?)l.Kind).FirstOrDefaultAsync(ct).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<Guid>> DueItemsAsync(Guid libraryId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var top = db.Items.Where(i => i.LibraryId == libraryId && (i.Kind == ItemKind.Movie || i.Kind == ItemKind.Show)).Select(i => i.Id);
        return await db.ItemMetadata.AsNoTracking()
            .Where(m => m.LibraryId == libraryId && (m.State == MatchState.Pending || (m.State == MatchState.Failed && m.RetryAtMs <= now)) && top.Contains(m.ItemId))
            .Select(m => m.ItemId).ToListAsync(ct).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The metadata refresh stumbled; it goes on")]
    private static partial void LogBroken(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Metadata of item {Item} could not be refreshed")]
    private static partial void LogItemBroken(ILogger logger, Guid item, Exception e);

    [LoggerMessage(Level = LogLevel.Information, Message = "Metadata of library {Library}: {Count} items, {Matched} matched, {Unmatched} unmatched, {Failed} failed")]
    private static partial void LogDone(ILogger logger, Guid library, int count, int matched, int unmatched, int failed);
}
