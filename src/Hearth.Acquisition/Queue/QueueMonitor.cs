using Hearth.Acquisition.Clients;
using Hearth.Acquisition.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Acquisition.Queue;

/// <summary>
/// Follows every grab in its client: one call per client each round (every second while anything is on its way, so a
/// completed download is seen at once; every few seconds when nothing is). What each client reports goes to the
/// queue; a download its client failed, or that is gone from a client that answered (after a grace, as a magnet may
/// take a moment to be listed), is failed with the reason; a completed one goes to the <see cref="Import.Importer"/>.
/// </summary>
public sealed class QueueMonitor(
    DownloadQueue queue,
    DownloadClients clients,
    Import.Importer importer,
    IOptions<AcquisitionOptions> options,
    TimeProvider clock,
    ILogger<QueueMonitor> logger) : BackgroundService
{
    private readonly Dictionary<int, int> missing = [];
    private readonly Dictionary<int, (DateTimeOffset Since, long Remaining)> stalled = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                busy = await PollAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Following the downloads failed this round");
            }
            await Task.Delay(busy ? options.Value.QueuePoll : options.Value.QueueIdlePoll, clock, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>One round over every followed grab; answers whether anything is on its way.</summary>
    public async Task<bool> PollAsync(CancellationToken ct)
    {
        var grabs = await queue.FollowedAsync(ct).ConfigureAwait(false);
        foreach (var byClient in grabs.GroupBy(g => g.ClientId!.Value))
        {
            if (await clients.FollowAsync(byClient.Key, ct).ConfigureAwait(false) is not { } client)
            {
                foreach (var grab in byClient)
                {
                    await queue.FailAsync(grab.Id, $"The download client it went to ({grab.Client}) was removed from Hearth.", releaseAtFault: false, ct).ConfigureAwait(false);
                }
                continue;
            }
            IReadOnlyList<DownloadItem> items;
            try
            {
                items = await client.ItemsAsync(ct).ConfigureAwait(false);
                clients.Report(byClient.Key, null);
                queue.ClientProblem(byClient.Key, null);
            }
            catch (DownloadClientException e)
            {
                clients.Report(byClient.Key, e);
                queue.ClientProblem(byClient.Key, e.Message);
                continue;
            }
            var byId = items.ToLookup(i => i.Id, StringComparer.OrdinalIgnoreCase);
            foreach (var grab in byClient)
            {
                await FollowAsync(grab, byId[grab.DownloadId!].FirstOrDefault(), ct).ConfigureAwait(false);
            }
        }
        return grabs.Count > 0;
    }

    private async Task FollowAsync(GrabRow grab, DownloadItem? item, CancellationToken ct)
    {
        if (item is null)
        {
            var times = missing[grab.Id] = missing.GetValueOrDefault(grab.Id) + 1;
            if (times >= 3 && clock.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(grab.AtMs) > options.Value.QueueMissingGrace)
            {
                missing.Remove(grab.Id);
                queue.Forget(grab.Id);
                await queue.FailAsync(grab.Id, $"It is no longer in {grab.Client}: it was removed there.", releaseAtFault: false, ct).ConfigureAwait(false);
            }
            return;
        }
        missing.Remove(grab.Id);
        queue.Saw(grab.Id, item);
        if (item.State == DownloadState.Failed)
        {
            stalled.Remove(grab.Id);
            await queue.FailAsync(grab.Id, item.Message ?? $"{grab.Client} reports the download as failed.", releaseAtFault: true, ct).ConfigureAwait(false);
        }
        else if (StalledTooLong(grab, item) is { } hours)
        {
            await queue.FailAsync(grab.Id, $"It stalled: no progress for {hours} (nobody seeds it).", releaseAtFault: true, ct).ConfigureAwait(false);
        }
        else if (item.State == DownloadState.Completed && grab.Status == Grabs.GrabStatus.Sent)
        {
            await importer.EnqueueAsync(grab.Id, item, ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// How long a download has made no progress, in words, once that is longer than Acquisition:StalledTimeout (then it
    /// fails); null while it moves, or is younger than that. Counted from when this process first saw it stand still.
    /// </summary>
    private string? StalledTooLong(GrabRow grab, DownloadItem item)
    {
        var timeout = options.Value.StalledTimeout;
        if (timeout <= TimeSpan.Zero || item.State is not (DownloadState.Stalled or DownloadState.Downloading) || item.Remaining == 0)
        {
            stalled.Remove(grab.Id);
            return null;
        }
        var now = clock.GetUtcNow();
        if (!stalled.TryGetValue(grab.Id, out var seen) || seen.Remaining != item.Remaining)
        {
            stalled[grab.Id] = (now, item.Remaining);
            return null;
        }
        if (now - seen.Since < timeout)
        {
            return null;
        }
        stalled.Remove(grab.Id);
        var still = now - seen.Since;
        return still >= TimeSpan.FromHours(1) ? $"{still.TotalHours:0.#} hours" : still >= TimeSpan.FromMinutes(1) ? $"{still.TotalMinutes:0} minutes" : $"{still.TotalSeconds:0} seconds";
    }
}
