using Hearth.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hearth.Access.Store;

public sealed class User
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Upper-cased name: sign-in ignores case, as people expect of user names.</summary>
    public required string NormalizedName { get; set; }

    public required string PasswordHash { get; set; }

    public bool IsAdmin { get; set; }

    public bool AllLibraries { get; set; }

    /// <summary>May search indexers and grab (admins always may): off unless an admin allows it.</summary>
    public bool CanUseIndexers { get; set; }

    public long CreatedMs { get; set; }

    public int FailedLogins { get; set; }

    public long LockedUntilMs { get; set; }

    public List<UserLibrary> Libraries { get; set; } = [];
}

public sealed class UserLibrary
{
    public Guid UserId { get; set; }

    public Guid LibraryId { get; set; }
}

/// <summary>A signed-in client. Only the SHA-256 of the token is kept: a copied database signs no one in.</summary>
public sealed class Session
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public required string TokenHash { get; set; }

    public long CreatedMs { get; set; }

    public long LastSeenMs { get; set; }

    public long ExpiresMs { get; set; }

    public string? Client { get; set; }
}

public sealed class ApiKey
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public required string Name { get; set; }

    public required string KeyHash { get; set; }

    public long CreatedMs { get; set; }
}

public sealed class AccessDb(DbContextOptions<AccessDb> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<UserLibrary> UserLibraries => Set<UserLibrary>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(e =>
        {
            e.HasIndex(u => u.NormalizedName).IsUnique();
            e.HasMany(u => u.Libraries).WithOne().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<UserLibrary>().HasKey(l => new { l.UserId, l.LibraryId });
        modelBuilder.Entity<Session>(e =>
        {
            e.HasIndex(s => s.TokenHash).IsUnique();
            e.HasIndex(s => s.UserId);
            e.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ApiKey>(e =>
        {
            e.HasIndex(k => k.KeyHash).IsUnique();
            e.HasOne<User>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

internal sealed class AccessDesignTimeFactory : IDesignTimeDbContextFactory<AccessDb>
{
    public AccessDb CreateDbContext(string[] args) =>
        new((DbContextOptions<AccessDb>)new DbContextOptionsBuilder<AccessDb>().UseHearthSqlite("design-time.db").Options);
}
