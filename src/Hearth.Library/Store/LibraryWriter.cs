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

    /// <summary>Moves on every write; readers key their caches (counts) on it.</summary>
    public long Version => Interlocked.Read(ref version);

    public async Task<T> WriteAsync<T>(Func<LibraryDb, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
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
