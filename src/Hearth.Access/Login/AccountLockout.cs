using System.Collections.Concurrent;
using Hearth.Access.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hearth.Access.Login;

/// <summary>
/// Five wrong passwords in a row lock an account for fifteen minutes. Each attempt takes its place in the
/// count with one atomic update *before* its password is hashed, so attempts sent at once cannot all slip
/// in under the limit. A name with no account is counted the same way in memory and locks the same way,
/// so the locked answer says nothing about whether a name exists.
/// </summary>
public sealed class AccountLockout(TimeProvider time, IOptions<AccessOptions> options)
{
    /// <summary>Wrong passwords in a row that lock (<see cref="AccessOptions.AccountFailures"/>).</summary>
    public int MaxFailures => options.Value.AccountFailures;

    public TimeSpan Duration => options.Value.AccountLockDuration;


    // names without an account: kept small, entries whose lock has passed are dropped
    private const int MaxUnknownNames = 10_000;
    private readonly ConcurrentDictionary<string, Counter> unknown = new();

    /// <summary>Takes a place in the account's count; false with the wait when the account is locked or full.</summary>
    public async Task<(bool Reserved, TimeSpan RetryAfter)> TryReserveAsync(AccessDb db, Guid userId, CancellationToken ct)
    {
        var now = Now();
        var max = MaxFailures;
        var reserved = await db.Users
            .Where(u => u.Id == userId && u.LockedUntilMs <= now && u.FailedLogins < max)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedLogins, u => u.FailedLogins + 1), ct).ConfigureAwait(false);
        if (reserved == 1)
        {
            return (true, TimeSpan.Zero);
        }

        var lockedUntil = await db.Users.Where(u => u.Id == userId).Select(u => u.LockedUntilMs).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        // full but not yet locked: the attempts in flight are about to decide; the whole lock is the honest upper bound
        return (false, lockedUntil > now ? TimeSpan.FromMilliseconds(lockedUntil - now) : Duration);
    }

    /// <summary>The password was right: the count starts again.</summary>
    public static Task SucceededAsync(AccessDb db, Guid userId) =>
        db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedLogins, 0), CancellationToken.None);

    /// <summary>The password was wrong: the attempt that fills the count locks the account.</summary>
    public Task FailedAsync(AccessDb db, Guid userId)
    {
        var until = Now() + (long)Duration.TotalMilliseconds;
        var max = MaxFailures;
        return db.Users.Where(u => u.Id == userId && u.FailedLogins >= max)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockedUntilMs, until).SetProperty(u => u.FailedLogins, 0), CancellationToken.None);
    }

    /// <summary>The same count for a name that has no account (always a failure once checked).</summary>
    public (bool Reserved, TimeSpan RetryAfter) TryReserveUnknown(string normalizedName)
    {
        var now = Now();
        if (unknown.Count >= MaxUnknownNames)
        {
            foreach (var (name, stale) in unknown)
            {
                lock (stale)
                {
                    if (stale.LockedUntilMs <= now && now - stale.LastMs > Duration.TotalMilliseconds)
                    {
                        unknown.TryRemove(name, out _);
                    }
                }
            }
        }

        var counter = unknown.GetOrAdd(normalizedName, _ => new Counter());
        lock (counter)
        {
            if (counter.LockedUntilMs > now)
            {
                return (false, TimeSpan.FromMilliseconds(counter.LockedUntilMs - now));
            }

            if (counter.Failures >= MaxFailures)
            {
                return (false, Duration);
            }

            counter.Failures++;
            counter.LastMs = now;
            return (true, TimeSpan.Zero);
        }
    }

    public void FailedUnknown(string normalizedName)
    {
        if (!unknown.TryGetValue(normalizedName, out var counter))
        {
            return;
        }

        lock (counter)
        {
            if (counter.Failures >= MaxFailures)
            {
                counter.Failures = 0;
                counter.LockedUntilMs = Now() + (long)Duration.TotalMilliseconds;
            }
        }
    }

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private sealed class Counter
    {
        public int Failures { get; set; }

        public long LockedUntilMs { get; set; }

        public long LastMs { get; set; }
    }
}
