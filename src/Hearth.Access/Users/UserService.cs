using Hearth.Access.Login;
using Hearth.Access.Passwords;
using Hearth.Access.Sessions;
using Hearth.Access.Store;
using Hearth.Core.Access;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Access.Users;

public sealed record UserDto(Guid Id, string Name, bool IsAdmin, bool AllLibraries, IReadOnlyList<Guid> Libraries, long CreatedMs);

public sealed record NewUser(string Name, string Password, bool IsAdmin = false, bool? AllLibraries = null, IReadOnlyList<Guid>? Libraries = null);

public sealed record UserChange(bool? IsAdmin, bool? AllLibraries, IReadOnlyList<Guid>? Libraries);

public enum LoginOutcome
{
    Ok,
    WrongCredentials,
    LockedOut,
}

public sealed class UserException(string message) : Exception(message);

/// <summary>Accounts: creation with checked input, rights, passwords, and the password check at sign-in.</summary>
public sealed class UserService(IDbContextFactory<AccessDb> factory, PasswordHasher hasher, SessionService sessions, ILibraryDirectory libraries, TimeProvider time)
{
    public const int MinPasswordLength = 8;
    public const int MaxNameLength = 64;

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
            throw new UserException($"A user named '{name}' exists already.");
        }

        var user = new User
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            NormalizedName = normalized,
            PasswordHash = hasher.Hash(request.Password),
            IsAdmin = request.IsAdmin,
            // admins see everything; others see every library unless a list is given
            AllLibraries = request.AllLibraries ?? (request.IsAdmin || request.Libraries is null),
            CreatedMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
            Libraries = [.. granted.Select(id => new UserLibrary { LibraryId = id })],
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
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

    public async Task<bool> SetPasswordAsync(Guid id, string password, CancellationToken ct)
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

    /// <summary>Checks a password, counting failures against the account; answers the user id on success.</summary>
    public async Task<(LoginOutcome Outcome, Guid? UserId, TimeSpan RetryAfter)> CheckLoginAsync(string name, string password, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var normalized = (name ?? string.Empty).Trim().ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedName == normalized, ct).ConfigureAwait(false);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        if (user is null)
        {
            hasher.Verify(password ?? string.Empty, decoy.Value);
            return (LoginOutcome.WrongCredentials, null, TimeSpan.Zero);
        }

        if (user.LockedUntilMs > now)
        {
            return (LoginOutcome.LockedOut, null, TimeSpan.FromMilliseconds(user.LockedUntilMs - now));
        }

        if (!hasher.Verify(password ?? string.Empty, user.PasswordHash))
        {
            user.FailedLogins++;
            if (user.FailedLogins >= UserLockout.MaxFailures)
            {
                user.FailedLogins = 0;
                user.LockedUntilMs = now + (long)UserLockout.Duration.TotalMilliseconds;
            }

            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return (LoginOutcome.WrongCredentials, null, TimeSpan.Zero);
        }

        if (user.FailedLogins != 0)
        {
            user.FailedLogins = 0;
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        return (LoginOutcome.Ok, user.Id, TimeSpan.Zero);
    }

    private static string CheckName(string? name)
    {
        var trimmed = (name ?? string.Empty).Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxNameLength || trimmed.Any(char.IsControl))
        {
            throw new UserException($"A user name is 1 to {MaxNameLength} characters, without control characters.");
        }

        return trimmed;
    }

    private static void CheckPassword(string? password)
    {
        if (password is null || password.Length < MinPasswordLength)
        {
            throw new UserException($"A password needs at least {MinPasswordLength} characters.");
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
        new(user.Id, user.Name, user.IsAdmin, user.AllLibraries, [.. user.Libraries.Select(l => l.LibraryId)], user.CreatedMs);
}
