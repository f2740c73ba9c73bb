using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Hearth.Library.Metadata.Refresh;

/// <summary>A refresh to run: a library's pending and due items, or the named items (a person's refresh).</summary>
public sealed record RefreshRequest(Guid LibraryId, IReadOnlyList<Guid>? Items, string Reason);

/// <summary>A library's refresh as the API shows it: how many were queued, and how the done ones came out.</summary>
public sealed record RefreshProgress(Guid LibraryId, bool Running, int Queued, int Done, int Matched, int Unmatched, int Failed, long? FinishedMs);

/// <summary>The refreshes waiting for the worker, and each library's progress.</summary>
public sealed class RefreshQueue
{
    private readonly Channel<RefreshRequest> channel = Channel.CreateUnbounded<RefreshRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, RefreshProgress> progress = new();

    public ChannelReader<RefreshRequest> Reader => channel.Reader;

    public void Enqueue(RefreshRequest request) => channel.Writer.TryWrite(request);

    public RefreshProgress? Progress(Guid libraryId) => progress.GetValueOrDefault(libraryId);

    public IReadOnlyList<RefreshProgress> All => [.. progress.Values];

    public void Report(RefreshProgress value) => progress[value.LibraryId] = value;
}
