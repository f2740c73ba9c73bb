using System.Collections.Concurrent;
using System.Net;

namespace Hearth.Access.Login;

/// <summary>
/// Slows guessing from one address: after <see cref="MaxFailures"/> failures inside the window, the
/// address must wait. Per-account lockout is kept on the user row (see <see cref="UserLockout"/>).
/// </summary>
public sealed class LoginThrottle(TimeProvider time)
{
    public const int MaxFailures = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, Queue<long>> failures = new();

    /// <summary>How long this address must still wait, or zero.</summary>
    public TimeSpan RetryAfter(IPAddress? address)
    {
        if (!failures.TryGetValue(Key(address), out var times))
        {
            return TimeSpan.Zero;
        }

        lock (times)
        {
            Trim(times);
            return times.Count >= MaxFailures
                ? TimeSpan.FromMilliseconds(times.Peek() + (long)Window.TotalMilliseconds - Now())
                : TimeSpan.Zero;
        }
    }

    public void Failed(IPAddress? address)
    {
        var times = failures.GetOrAdd(Key(address), _ => new Queue<long>());
        lock (times)
        {
            Trim(times);
            times.Enqueue(Now());
        }
    }

    public void Succeeded(IPAddress? address) => failures.TryRemove(Key(address), out _);

    private void Trim(Queue<long> times)
    {
        var since = Now() - (long)Window.TotalMilliseconds;
        while (times.Count > 0 && times.Peek() < since)
        {
            times.Dequeue();
        }
    }

    private static string Key(IPAddress? address) => address?.ToString() ?? "unknown";

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();
}

/// <summary>The account side: five wrong passwords in a row lock the account for fifteen minutes.</summary>
public static class UserLockout
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);
}
