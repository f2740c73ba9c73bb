using Hearth.Access.Login;
using Hearth.Access.Passwords;
using Hearth.Access.Sessions;
using Hearth.Access.Setup;
using Hearth.Access.Store;
using Hearth.Access.Users;
using Hearth.Core.Access;
using Hearth.Core.Paths;
using Hearth.Core.Storage;
using Hearth.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Hearth.Access.Tests;

/// <summary>Access's real services over an access.db in a temp folder, with a clock the test moves.</summary>
public sealed class AccessStore : IAsyncDisposable
{
    private readonly TempFolder folder = new();

    private AccessStore(AccessOptions options)
    {
        Data = new DataFolder(folder.Combine("data"));
        Data.EnsureCreated();
        // the cheapest Argon2 the options allow: these tests are about counting, not about the hash's cost
        options.PasswordMemoryKiB = 8;
        options.PasswordIterations = 1;
        Options = options;
        var o = Microsoft.Extensions.Options.Options.Create(options);
        Factory = new PooledDbContextFactory<AccessDb>((DbContextOptions<AccessDb>)new DbContextOptionsBuilder<AccessDb>().UseHearthSqlite(Data.AccessDatabase).Options);
        Hasher = new PasswordHasher(o);
        Sessions = new SessionService(Factory, Clock, o);
        Lockout = new AccountLockout(Clock, o);
        Setup = new SetupToken(Data);
        Users = new UserService(Factory, Hasher, Sessions, Lockout, Setup, Libraries, Clock);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    public AccessOptions Options { get; }

    public DataFolder Data { get; }

    public IDbContextFactory<AccessDb> Factory { get; }

    public KnownLibraries Libraries { get; } = new();

    public PasswordHasher Hasher { get; }

    public SessionService Sessions { get; }

    public AccountLockout Lockout { get; }

    public SetupToken Setup { get; }

    public UserService Users { get; }

    public static async Task<AccessStore> StartAsync(AccessOptions? options = null)
    {
        var store = new AccessStore(options ?? new AccessOptions());
        await using var db = await store.Factory.CreateDbContextAsync();
        await SqliteStore.MigrateAsync(db, CancellationToken.None);
        return store;
    }

    public Task<UserDto> AddUserAsync(string name, bool admin = false, bool canUseIndexers = false) =>
        Users.CreateAsync(new NewUser(name, "right-password", admin, CanUseIndexers: canUseIndexers), CancellationToken.None);

    public Task<(LoginOutcome Outcome, Guid? UserId, TimeSpan RetryAfter)> LoginAsync(string name, string password) =>
        Users.CheckLoginAsync(name, password, CancellationToken.None);

    public ValueTask DisposeAsync()
    {
        folder.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The libraries that exist, as the Library context would answer through the Core contract.</summary>
    public sealed class KnownLibraries : ILibraryDirectory
    {
        public HashSet<Guid> Ids { get; } = [];

        public Task<bool> ExistsAsync(Guid libraryId, CancellationToken cancellationToken) => Task.FromResult(Ids.Contains(libraryId));
    }
}
