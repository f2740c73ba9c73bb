using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Hearth.Library.Scanning;

/// <summary>A scan to run: a whole library, or one folder, file or vanished path inside it (what the watcher asks for).</summary>
public sealed record ScanRequest(Guid LibraryId, string? Scope, string Reason);

/// <summary>What a running scan is doing, for the API and the log.</summary>
public sealed record ScanProgress(
    Guid LibraryId,
    string Phase,
    int FilesSeen,
    int ToProcess,
    int Processed,
    int Failed,
    string? Current,
    long StartedMs,
    string Reason);

/// <summary>The scans waiting to run and the one running now. The worker takes them one at a time.</summary>
public sealed class ScanQueue
{
    private readonly Channel<ScanRequest> channel = Channel.CreateUnbounded<ScanRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, ScanProgress> running = new();
    private readonly ConcurrentDictionary<ScanRequest, byte> queued = new();

    // when each library's last whole scan in this process started: what the scheduler's passes ask about
    private readonly ConcurrentDictionary<Guid, long> wholeStarted = new();

    public ChannelReader<ScanRequest> Reader => channel.Reader;

    /// <summary>Queues a scan unless the same one is already waiting; answers whether it was queued.</summary>
    public bool Enqueue(ScanRequest request)
    {
        var key = request with { Reason = string.Empty };
        if (!queued.TryAdd(key, 0))
        {
            return false;
        }

        return channel.Writer.TryWrite(request);
    }

    /// <summary>Moves a request from waiting to running, with no gap in which the library looks idle.</summary>
    public void Started(ScanRequest request, long nowMs)
    {
        if (request.Scope is null)
        {
            wholeStarted[request.LibraryId] = nowMs;
        }

        running[request.LibraryId] = new ScanProgress(request.LibraryId, "starting", 0, 0, 0, 0, null, nowMs, request.Reason);
        queued.TryRemove(request with { Reason = string.Empty }, out _);
    }

    /// <summary>
    /// Queues a whole-library scan unless one is waiting already or one started at or after <paramref name="sinceMs"/>
    /// (running or done): a scheduled pass wants the library scanned, not scanned twice in a row.
    /// </summary>
    public bool EnqueueUnlessScannedSince(ScanRequest request, long sinceMs)
    {
        if (request.Scope is null && wholeStarted.TryGetValue(request.LibraryId, out var started) && started >= sinceMs)
        {
            return false;
        }

        return Enqueue(request);
    }

    public bool IsQueued(Guid libraryId) => queued.Keys.Any(r => r.LibraryId == libraryId);

    public ScanProgress? Progress(Guid libraryId) => running.GetValueOrDefault(libraryId);

    public void Report(ScanProgress progress) => running[progress.LibraryId] = progress;

    public void Finished(Guid libraryId) => running.TryRemove(libraryId, out _);
}
