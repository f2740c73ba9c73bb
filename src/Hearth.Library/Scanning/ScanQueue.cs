using System.Collections.Concurrent;

namespace Hearth.Library.Scanning;

/// <summary>A scan to run: a whole library, or one folder, file or vanished path inside it (what the watcher asks for).</summary>
public sealed record ScanRequest(Guid LibraryId, string? Scope, string Reason);

/// <summary>
/// What a running scan is doing, for the API and the log: its phase ("walking", "importing" lists files from their
/// names, "probing" reads what they hold), the files it lists (<see cref="ToProcess"/>) and those it reads after.
/// </summary>
public sealed record ScanProgress(
    Guid LibraryId,
    string Phase,
    int FilesSeen,
    int ToProcess,
    int Processed,
    int Failed,
    string? Current,
    long StartedMs,
    string Reason)
{
    /// <summary>Files listed but not read yet when the probing phase began.</summary>
    public int ToProbe { get; init; }

    /// <summary>Those read since, whether their media could be read or not.</summary>
    public int Probed { get; init; }
}

/// <summary>
/// The scans waiting to run and those running now. The worker takes them in order, one at a time, except that
/// a library's probing lets other libraries' waiting scans run between its batches (<see cref="TryTakeOther"/>).
/// </summary>
public sealed class ScanQueue
{
    private readonly LinkedList<ScanRequest> waiting = new();
    private readonly SemaphoreSlim signal = new(0);
    private readonly ConcurrentDictionary<Guid, ScanProgress> running = new();
    private readonly ConcurrentDictionary<ScanRequest, byte> queued = new();

    // when each library's last whole scan in this process started: what the scheduler's passes ask about
    private readonly ConcurrentDictionary<Guid, long> wholeStarted = new();

    /// <summary>Queues a scan unless the same one is already waiting; answers whether it was queued.</summary>
    public bool Enqueue(ScanRequest request)
    {
        var key = request with { Reason = string.Empty };
        if (!queued.TryAdd(key, 0))
        {
            return false;
        }

        lock (waiting)
        {
            waiting.AddLast(request);
        }

        signal.Release();
        return true;
    }

    /// <summary>The next waiting scan, waiting for one to be queued.</summary>
    public async Task<ScanRequest> TakeAsync(CancellationToken ct)
    {
        while (true)
        {
            await signal.WaitAsync(ct).ConfigureAwait(false);
            lock (waiting)
            {
                // a request taken by TryTakeOther leaves its signal behind: then there is nothing to take here
                if (waiting.First is { } first)
                {
                    waiting.RemoveFirst();
                    return first.Value;
                }
            }
        }
    }

    /// <summary>The first waiting scan of a library not in <paramref name="busy"/>, if there is one.</summary>
    public bool TryTakeOther(IReadOnlySet<Guid> busy, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ScanRequest? request)
    {
        lock (waiting)
        {
            for (var node = waiting.First; node is not null; node = node.Next)
            {
                if (!busy.Contains(node.Value.LibraryId))
                {
                    waiting.Remove(node);
                    request = node.Value;
                    return true;
                }
            }
        }

        request = null;
        return false;
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

    public void Finished(Guid libraryId)
    {
        running.TryRemove(libraryId, out _);
        Interlocked.Increment(ref finishedCount);
    }

    private long finishedCount;

    /// <summary>How many scans have finished since start: what the library holds may have changed when it moves.</summary>
    public long FinishedCount => Interlocked.Read(ref finishedCount);
}
