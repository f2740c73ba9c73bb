using System.Collections.Concurrent;
using Hearth.Access.Store;
using Hearth.Core.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hearth.Access.Sessions;

/// <summary>An API key as its owner sees it later: its name and age, never the key.</summary>
public sealed record ApiKeyInfo(Guid Id, string Name, long CreatedMs);

/// <summary>
/// Sessions (web cookie or bearer token) and API keys. A validated token is remembered for a few
/// seconds so a player fetching segments does not cost a database read per request.
/// </summary>
public sealed class SessionService(IDbContextFactory<AccessDb> factory, TimeProvider time, IOptions<AccessOptions> options)
{
    /// <summary>How long a session lasts without use (<see cref="AccessOptions.SessionLifetime"/>).</summary>
    public TimeSpan Lifetime => options.Value.SessionLifetime;

    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan TouchEvery = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (CallerAccess Caller, long Until)> cache = new();

    public async Task<string> CreateAsync(Guid userId, string? client, CancellationToken ct)
    {
        var token = Tokens.New(Tokens.SessionPrefix);
        var now = Now();
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        db.Sessions.Add(new Session
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            TokenHash = Tokens.Hash(token),
            CreatedMs = now,
            LastSeenMs = now,
            ExpiresMs = now + (long)Lifetime.TotalMilliseconds,
            Client = client is { Length: > 200 } ? client[..200] : client,
        });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return token;
    }

    public async Task<string> CreateApiKeyAsync(Guid userId, string name, CancellationToken ct)
    {
        var key = Tokens.New(Tokens.ApiKeyPrefix);
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        db.ApiKeys.Add(new ApiKey { Id = Guid.CreateVersion7(), UserId = userId, Name = name, KeyHash = Tokens.Hash(key), CreatedMs = Now() });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return key;
    }

    /// <summary>Who the token belongs to, or null when it is unknown, revoked or expired.</summary>
    public async Task<CallerAccess?> ValidateAsync(string token, CancellationToken ct)
    {
        var hash = Tokens.Hash(token);
        var now = Now();
        if (cache.TryGetValue(hash, out var hit) && hit.Until > now)
        {
            return hit.Caller;
        }

        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        Guid? userId;
        var cacheUntil = now + (long)CacheFor.TotalMilliseconds;
        if (token.StartsWith(Tokens.ApiKeyPrefix, StringComparison.Ordinal))
        {
            userId = await db.ApiKeys.Where(k => k.KeyHash == hash).Select(k => (Guid?)k.UserId).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        }
        else
        {
            var session = await db.Sessions.FirstOrDefaultAsync(s => s.TokenHash == hash && s.ExpiresMs > now, ct).ConfigureAwait(false);
            userId = session?.UserId;
            // an expired session is refused at its expiry, not up to a cache period later
            cacheUntil = Math.Min(cacheUntil, session?.ExpiresMs ?? now);
            if (session is not null && now - session.LastSeenMs > TouchEvery.TotalMilliseconds)
            {
                // sliding expiry, written at most hourly
                session.LastSeenMs = now;
                session.ExpiresMs = now + (long)Lifetime.TotalMilliseconds;
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
            }
        }

        var caller = userId is { } id ? await CallerAsync(db, id, ct).ConfigureAwait(false) : null;
        if (caller is not null)
        {
            cache[hash] = (caller, cacheUntil);
        }

        return caller;
    }

    public async Task RevokeAsync(string token, CancellationToken ct)
    {
        var hash = Tokens.Hash(token);
        cache.TryRemove(hash, out _);
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await db.Sessions.Where(s => s.TokenHash == hash).ExecuteDeleteAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The user's API keys, newest first (never the keys themselves: only their hashes are kept).</summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListApiKeysAsync(Guid userId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.UserId == userId).ToListAsync(ct).ConfigureAwait(false);
        return [.. keys.OrderByDescending(k => k.CreatedMs).Select(k => new ApiKeyInfo(k.Id, k.Name, k.CreatedMs))];
    }

    /// <summary>Revokes one of the user's API keys; false when the user has no such key.</summary>
    public async Task<bool> RevokeApiKeyAsync(Guid userId, Guid keyId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId && k.UserId == userId, ct).ConfigureAwait(false);
        if (key is null)
        {
            return false;
        }

        db.ApiKeys.Remove(key);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        // refused from the next request on, not a cache period later
        cache.TryRemove(key.KeyHash, out _);
        return true;
    }

    /// <summary>Forgets cached callers after a user's rights or password change.</summary>
    public void Forget() => cache.Clear();

    internal static async Task<CallerAccess?> CallerAsync(AccessDb db, Guid userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Include(u => u.Libraries).FirstOrDefaultAsync(u => u.Id == userId, ct).ConfigureAwait(false);
        return user is null ? null : new CallerAccess(user.Id, user.Name, user.IsAdmin, user.AllLibraries, user.Libraries.Select(l => l.LibraryId).ToHashSet(), user.CanUseIndexers);
    }

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();
}
