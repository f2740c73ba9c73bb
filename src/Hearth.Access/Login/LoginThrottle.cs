using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace Hearth.Access.Login;

/// <summary>
/// Slows guessing from one address: failures plus attempts still being checked may not pass
/// <see cref="MaxFailures"/> inside the window. An attempt is reserved before its password is hashed, so
/// forty requests sent at once get at most ten checked. A success forgives only the failures for that
/// same name: someone who mistyped their own password is not held up by it, while an attacker who holds
/// any account cannot reset the address's budget by signing into it. Per-account lockout is
/// <see cref="AccountLockout"/>.
/// </summary>
public sealed class LoginThrottle(TimeProvider time, IOptions<AccessOptions> options)
{
    /// <summary>Failures plus attempts in flight one address may have inside <see cref="Window"/>.</summary>
    public int MaxFailures => options.Value.AddressFailures;

    public TimeSpan Window => options.Value.AddressWindow;

    private readonly ConcurrentDictionary<string, Budget> budgets = new();

    /// <summary>Reserves one attempt for this address, or answers how long it must wait.</summary>
    public bool TryBegin(IPAddress? address, out Attempt attempt, out TimeSpan retryAfter)
    {
        var budget = budgets.GetOrAdd(Key(address), _ => new Budget());
        lock (budget)
        {
            Trim(budget);
            if (budget.Failures.Count + budget.InFlight >= MaxFailures)
            {
                attempt = default;
                retryAfter = budget.Failures.Count >= MaxFailures
                    ? TimeSpan.FromMilliseconds(Math.Max(1000, budget.Failures.Peek().At + (long)Window.TotalMilliseconds - Now()))
                    : TimeSpan.FromSeconds(1);
                return false;
            }

            budget.InFlight++;
        }

        attempt = new Attempt(this, budget);
        retryAfter = TimeSpan.Zero;
        return true;
    }

    /// <summary>How long this address must still wait, or zero (without reserving anything).</summary>
    public TimeSpan RetryAfter(IPAddress? address)
    {
        if (!budgets.TryGetValue(Key(address), out var budget))
        {
            return TimeSpan.Zero;
        }

        lock (budget)
        {
            Trim(budget);
            return budget.Failures.Count >= MaxFailures
                ? TimeSpan.FromMilliseconds(budget.Failures.Peek().At + (long)Window.TotalMilliseconds - Now())
                : TimeSpan.Zero;
        }
    }

    private void End(Budget budget, string? failedName, string? succeededName)
    {
        lock (budget)
        {
            budget.InFlight--;
            Trim(budget);
            if (failedName is not null)
            {
                budget.Failures.Enqueue((Now(), failedName));
            }
            else if (succeededName is not null && budget.Failures.Any(f => f.Name == succeededName))
            {
                var kept = budget.Failures.Where(f => f.Name != succeededName).ToList();
                budget.Failures.Clear();
                kept.ForEach(budget.Failures.Enqueue);
            }
        }
    }

    private void Trim(Budget budget)
    {
        var since = Now() - (long)Window.TotalMilliseconds;
        while (budget.Failures.Count > 0 && budget.Failures.Peek().At < since)
        {
            budget.Failures.Dequeue();
        }
    }

    private static string Key(IPAddress? address) => address?.ToString() ?? "unknown";

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    internal sealed class Budget
    {
        public Queue<(long At, string Name)> Failures { get; } = new();

        public int InFlight { get; set; }
    }

    /// <summary>One reserved attempt; end it exactly once, with its outcome.</summary>
    public readonly struct Attempt
    {
        private readonly LoginThrottle? owner;
        private readonly Budget? budget;

        internal Attempt(LoginThrottle owner, Budget budget)
        {
            this.owner = owner;
            this.budget = budget;
        }

        /// <summary>A wrong password (or setup token) for this name: it counts against the address.</summary>
        public void Failed(string name) => owner?.End(budget!, Normalize(name), null);

        /// <summary>A right password: the address's earlier failures for this same name are forgiven.</summary>
        public void Succeeded(string name) => owner?.End(budget!, null, Normalize(name));

        /// <summary>Nothing was checked (refused before hashing): the reservation is given back.</summary>
        public void Abandoned() => owner?.End(budget!, null, null);

        private static string Normalize(string name) => (name ?? string.Empty).Trim().ToUpperInvariant();
    }
}
