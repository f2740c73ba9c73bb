using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Store;

/// <summary>
/// The one writer of the library store. SQLite takes one writer at a time anyway; queuing here keeps
/// writers from spinning on SQLITE_BUSY and gives readers a version number that moves on every commit.
/// </summary>
public sealed class LibraryWriter(IDbContextFactory<LibraryDb> factory) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private long version;
    private long itemsVersion;

    /// <summary>Moves on every write, a person's marks included; readers key their caches (counts) on it.</summary>
    public long Version => Interlocked.Read(ref version);

    /// <summary>
    /// Moves on every write except a person's marks (<see cref="WriteMarksAsync{T}"/>): what does not hold anyone's
    /// marks (an item's list JSON, a listing's order) keys on this, so a TV reporting its position every few seconds
    /// does not throw away what the whole household's browsing built.
    /// </summary>
    public long ItemsVersion => Interlocked.Read(ref itemsVersion);

    public Task<T> WriteAsync<T>(Func<LibraryDb, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        WriteAsync(work, marksOnly: false, cancellationToken);

    /// <summary>A write that changes only people's watch states (positions, played, favourites), never an item.</summary>
    public Task<T> WriteMarksAsync<T>(Func<LibraryDb, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        WriteAsync(work, marksOnly: true, cancellationToken);

    private async Task<T> WriteAsync<T>(Func<LibraryDb, CancellationToken, Task<T>> work, bool marksOnly, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var result = await work(db, cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            // items first: a reader that sees the new Version sees the new ItemsVersion too
            if (!marksOnly)
            {
                Interlocked.Increment(ref itemsVersion);
            }

            Interlocked.Increment(ref version);
            gate.Release();
        }
    }

    public Task WriteAsync(Func<LibraryDb, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        WriteAsync<bool>(
            async (db, ct) =>
            {
                await work(db, ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    public void Dispose() => gate.Dispose();
}
