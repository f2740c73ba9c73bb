using Hearth.Core.Indexers;
using Hearth.Indexers.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Indexers.Store;

/// <summary>An indexer's row; lists, limits and caps are JSON text (see <see cref="IndexerStore"/>).</summary>
public sealed class IndexerRow
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public IndexerKind Kind { get; set; }

    public required string Url { get; set; }

    public required string ApiKey { get; set; }

    public required string Categories { get; set; }

    public int Priority { get; set; }

    public required string Tags { get; set; }

    public bool Enabled { get; set; }

    public string? Proxy { get; set; }

    public required string Limits { get; set; }

    public string? Caps { get; set; }

    public long CreatedMs { get; set; }

    public long UpdatedMs { get; set; }
}

/// <summary>One query, grab or test sent to an indexer: a row of the history.</summary>
public sealed class IndexerCall
{
    public long Id { get; set; }

    public Guid IndexerId { get; set; }

    public required string IndexerName { get; set; }

    public long AtMs { get; set; }

    /// <summary>"query", "grab" or "test".</summary>
    public required string Kind { get; set; }

    public required string Parameters { get; set; }

    public int ResultCount { get; set; }

    public int Skipped { get; set; }

    public long DurationMs { get; set; }

    public IndexerOutcome Outcome { get; set; }

    public string? Message { get; set; }
}

/// <summary>
/// The indexers store (indexers.db). Tables, columns and indexes keep the names and the text forms of the
/// plain-SQL schema it replaces (lower-case ids, "torznab", "rateLimited"), so a file made before EF Core is
/// adopted as it is (<see cref="IndexersSchema"/>).
/// </summary>
public sealed class IndexersDb(DbContextOptions<IndexersDb> options) : DbContext(options)
{
    public DbSet<IndexerRow> Indexers => Set<IndexerRow>();

    public DbSet<IndexerCall> History => Set<IndexerCall>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IndexerRow>(e =>
        {
            e.ToTable("indexers");
            e.HasKey(i => i.Id);
            e.Property(i => i.Id).HasColumnName("id").HasConversion(id => id.ToString(), text => Guid.Parse(text));
            e.Property(i => i.Name).HasColumnName("name");
            e.Property(i => i.Kind).HasColumnName("kind").HasConversion(k => k.ToString().ToLowerInvariant(), text => Enum.Parse<IndexerKind>(text, true));
            e.Property(i => i.Url).HasColumnName("url");
            e.Property(i => i.ApiKey).HasColumnName("api_key");
            e.Property(i => i.Categories).HasColumnName("categories");
            e.Property(i => i.Priority).HasColumnName("priority");
            e.Property(i => i.Tags).HasColumnName("tags");
            e.Property(i => i.Enabled).HasColumnName("enabled");
            e.Property(i => i.Proxy).HasColumnName("proxy");
            e.Property(i => i.Limits).HasColumnName("limits");
            e.Property(i => i.Caps).HasColumnName("caps");
            e.Property(i => i.CreatedMs).HasColumnName("created_ms");
            e.Property(i => i.UpdatedMs).HasColumnName("updated_ms");
        });

        modelBuilder.Entity<IndexerCall>(e =>
        {
            e.ToTable("history");
            e.HasKey(c => c.Id);
            e.Property(c => c.Id).HasColumnName("id");
            e.Property(c => c.IndexerId).HasColumnName("indexer_id").HasConversion(id => id.ToString(), text => Guid.Parse(text));
            e.Property(c => c.IndexerName).HasColumnName("indexer_name");
            e.Property(c => c.AtMs).HasColumnName("at_ms");
            e.Property(c => c.Kind).HasColumnName("kind");
            e.Property(c => c.Parameters).HasColumnName("parameters");
            e.Property(c => c.ResultCount).HasColumnName("result_count");
            e.Property(c => c.Skipped).HasColumnName("skipped");
            e.Property(c => c.DurationMs).HasColumnName("duration_ms");
            // the words the history has always held ("ok", "limitReached"), so old rows read and nothing migrates
            e.Property(c => c.Outcome).HasColumnName("outcome").HasConversion(o => o.Text(), text => IndexerOutcomes.Parse(text));
            e.Property(c => c.Message).HasColumnName("message");
            e.HasIndex(c => new { c.IndexerId, c.AtMs }, "history_indexer_at");
            e.HasIndex(c => c.AtMs, "history_at");
        });
    }
}
