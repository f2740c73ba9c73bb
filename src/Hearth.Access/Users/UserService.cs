using Hearth.Access.Login;
using Hearth.Access.Passwords;
using Hearth.Access.Sessions;
using Hearth.Access.Setup;
using Hearth.Access.Store;
using Hearth.Core.Access;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Access.Users;

/// <param name="CanUseIndexers">May search the indexers, use the Torznab endpoint and grab (always true for admins).</param>
public sealed record UserDto(Guid Id, string Name, bool IsAdmin, bool AllLibraries, IReadOnlyList<Guid> Libraries, long CreatedMs, bool CanUseIndexers);

public sealed record NewUser(string Name, string Password, bool IsAdmin = false, bool? AllLibraries = null, IReadOnlyList<Guid>? Libraries = null, bool CanUseIndexers = false);

public sealed record UserChange(bool? IsAdmin, bool? AllLibraries, IReadOnlyList<Guid>? Libraries, bool? CanUseIndexers = null);

public enum LoginOutcome
{
    Ok,
    WrongCredentials,
    LockedOut,
}

public class UserException(string message) : Exception(message);

/// <summary>The name is taken (answered 409).</summary>
public sealed class UserConflictException(string message) : UserException(message);

/// <summary>Accounts: creation with checked input, rights, passwords, and the password check at sign-in.</summary>
public sealed class UserService(IDbContextFactory<AccessDb> factory, PasswordHasher hasher, SessionService sessions, AccountLockout lockout, SetupToken setup, ILibraryDirectory libraries, TimeProvider time)
{
    public const int MinPasswordLength = 8;
    public const int MaxNameLength = 64;

    /// <summary>Long enough for any passphrase; checked before hashing, so no request makes Argon2 chew megabytes.</summary>
    public const int MaxPasswordLength = 1024;

    // Verifying against this when the name is unknown keeps the answer as slow as for a real account.
    private readonly Lazy<string> decoy = new(() => hasher.Hash(Guid.NewGuid().ToString()));

    public async Task<bool> AnyAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Users.AnyAsync(ct).ConfigureAwait(false);
    }

    public async Task<UserDto> CreateAsync(NewUser request, CancellationToken ct)
    {
        var name = CheckName(request.Name);
        CheckPassword(request.Password);
        var granted = await CheckLibrariesAsync(request.Libraries, ct).ConfigureAwait(false);
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var normalized = name.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedName == normalized, ct).ConfigureAwait(false))
        {
            throw new UserConflictException($"A user named '{name}' exists already.");
        }

        var user = new User
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            NormalizedName = normalized,
            PasswordHash = hasher.Hash(request.Password),
            IsAdmin = request.IsAdmin,
            CanUseIndexers = request.CanUseIndexers,
            // admins see everything; others see every library unless a list is given
            AllLibraries = request.AllLibraries ?? (request.IsAdmin || request.Libraries is null),
            CreatedMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
            Libraries = [.. granted.Select(id => new UserLibrary { LibraryId = id })],
        };
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            // two creations of one name at once: the unique index decides, the loser is told plainly
            throw new UserConflictException($"A user named '{name}' exists already.");
        }

        if (user.IsAdmin)
        {
            // however the first admin came to be (setup page, `hearth user add --admin`), the token's work is done
            setup.Consume();
        }

        return ToDto(user);
    }

    public async Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var users = await db.Users.AsNoTracking().Include(u => u.Libraries).OrderBy(u => u.NormalizedName).ToListAsync(ct).ConfigureAwait(false);
        return [.. users.Select(ToDto)];
    }

    public async Task<UserDto?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var user = await db.Users.AsNoTracking().Include(u => u.Libraries).FirstOrDefaultAsync(u => u.Id == id, ct).ConfigureAwait(false);
        return user is null ? null : ToDto(user);
    }

    public async Task<UserDto?> UpdateAsync(Guid id, UserChange change, CancellationToken ct)
    {
        var granted = await CheckLibrariesAsync(change.Libraries, ct).ConfigureAwait(false);
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var user = await db.Users.Include(u => u.Libraries).FirstOrDefaultAsync(u => u.Id == id, ct).ConfigureAwait(false);
        if (user is null)
        {
            return null;
        }

        if (change.IsAdmin is false && user.IsAdmin && await db.Users.CountAsync(u => u.IsAdmin, ct).ConfigureAwait(false) == 1)
        {
            throw new UserException("This is the only admin; make someone else an admin first.");
        }

        user.IsAdmin = change.IsAdmin ?? user.IsAdmin;
        user.CanUseIndexers = change.CanUseIndexers ?? user.CanUseIndexers;
        user.AllLibraries = change.AllLibraries ?? (change.Libraries is not null ? false : user.AllLibraries);
        if (change.Libraries is not null)
        {
            user.Libraries.Clear();
            user.Libraries.AddRange(granted.Select(l => new UserLibrary { UserId = id, LibraryId = l }));
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        sessions.Forget();
        return ToDto(user);
    }

    /// <param name="revokeApiKeys">Also revoke every API key of the user (a reset after a leak should).</param>
    public async Task<bool> SetPasswordAsync(Guid id, string password, CancellationToken ct, bool revokeApiKeys = false)
    {
        CheckPassword(password);
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct).ConfigureAwait(false);
        if (user is null)
        {
            return false;
        }

        user.PasswordHash = hasher.Hash(password);
        user.FailedLogins = 0;
        user.LockedUntilMs = 0;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        // a new password signs out every existing session of that user
        await db.Sessions.Where(s => s.UserId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        if (revokeApiKeys)
        {
            await db.ApiKeys.Where(k => k.UserId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        }

        sessions.Forget();
        return true;
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct).ConfigureAwait(false);
        if (user is null)
        {
            return false;
        }

        if (user.IsAdmin && await db.Users.CountAsync(u => u.IsAdmin, ct).ConfigureAwait(false) == 1)
        {
            throw new UserException("The only admin cannot be deleted.");
        }

        db.Users.Remove(user);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        sessions.Forget();
        return true;
    }

    /// <summary>
    /// Checks a password, counting the attempt against the account before the hash is computed (see
    /// <see cref="AccountLockout"/>); answers the user id on success. A locked account and a locked
    /// unknown name answer alike.
    /// </summary>
    public async Task<(LoginOutcome Outcome, Guid? UserId, TimeSpan RetryAfter)> CheckLoginAsync(string name, string password, CancellationToken ct)
    {
        password ??= string.Empty;
        if (password.Length > MaxPasswordLength)
        {
            // never hashed: Argon2 over megabytes of input is a cheap way to tie up the server
            return (LoginOutcome.WrongCredentials, null, TimeSpan.Zero);
        }

        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var normalized = (name ?? string.Empty).Trim().ToUpperInvariant();
        var user = await db.Users.AsNoTracking().Where(u => u.NormalizedName == normalized).Select(u => new { u.Id, u.PasswordHash }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (user is null)
        {
            var (reservedUnknown, waitUnknown) = lockout.TryReserveUnknown(normalized);
            if (!reservedUnknown)
            {
                return (LoginOutcome.LockedOut, null, waitUnknown);
            }

            hasher.Verify(password, decoy.Value);
            lockout.FailedUnknown(normalized);
            return (LoginOutcome.WrongCredentials, null, TimeSpan.Zero);
        }

        var (reserved, wait) = await lockout.TryReserveAsync(db, user.Id, ct).ConfigureAwait(false);
        if (!reserved)
        {
            return (LoginOutcome.LockedOut, null, wait);
        }

        if (!hasher.Verify(password, user.PasswordHash))
        {
            await lockout.FailedAsync(db, user.Id).ConfigureAwait(false);
            return (LoginOutcome.WrongCredentials, null, TimeSpan.Zero);
        }

        await AccountLockout.SucceededAsync(db, user.Id).ConfigureAwait(false);
        return (LoginOutcome.Ok, user.Id, TimeSpan.Zero);
    }

    private static string CheckName(string? name)
    {
        var (checkedName, problem) = UserNames.Check(name, MaxNameLength);
        return problem is null ? checkedName! : throw new UserException(problem);
    }

    private static void CheckPassword(string? password)
    {
        if (password is null || password.Length < MinPasswordLength)
        {
            throw new UserException($"A password needs at least {MinPasswordLength} characters.");
        }

        if (password.Length > MaxPasswordLength)
        {
            throw new UserException($"A password is at most {MaxPasswordLength} characters.");
        }
    }

    private async Task<IReadOnlyList<Guid>> CheckLibrariesAsync(IReadOnlyList<Guid>? ids, CancellationToken ct)
    {
        foreach (var id in ids ?? [])
        {
            if (!await libraries.ExistsAsync(id, ct).ConfigureAwait(false))
            {
                throw new UserException($"There is no library {id}.");
            }
        }

        return [.. (ids ?? []).Distinct()];
    }

    private static UserDto ToDto(User user) =>
        new(user.Id, user.Name, user.IsAdmin, user.AllLibraries, [.. user.Libraries.Select(l => l.LibraryId)], user.CreatedMs, user.IsAdmin || user.CanUseIndexers);
}
