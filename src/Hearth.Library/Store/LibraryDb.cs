using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hearth.Library.Store;

public sealed class LibraryDb(DbContextOptions<LibraryDb> options) : DbContext(options)
{
    public DbSet<MediaLibrary> Libraries => Set<MediaLibrary>();

    public DbSet<LibraryFolder> LibraryFolders => Set<LibraryFolder>();

    public DbSet<Item> Items => Set<Item>();

    public DbSet<MediaFile> Files => Set<MediaFile>();

    public DbSet<MediaInfoRow> MediaInfos => Set<MediaInfoRow>();

    public DbSet<FileMediaInfoRow> FileMediaInfos => Set<FileMediaInfoRow>();

    public DbSet<WatchState> WatchStates => Set<WatchState>();

    public DbSet<ScanRun> ScanRuns => Set<ScanRun>();

    public DbSet<ItemMetadata> ItemMetadata => Set<ItemMetadata>();

    public DbSet<Collection> Collections => Set<Collection>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MediaLibrary>(e =>
        {
            e.HasMany(l => l.Folders).WithOne().HasForeignKey(f => f.LibraryId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(l => l.Name).IsUnique();
        });
        modelBuilder.Entity<LibraryFolder>().HasIndex(f => f.Path).IsUnique();

        modelBuilder.Entity<Item>(e =>
        {
            e.HasOne<MediaLibrary>().WithMany().HasForeignKey(i => i.LibraryId).OnDelete(DeleteBehavior.Cascade);
            // deleting a show takes its seasons and episodes with it
            e.HasOne<Item>().WithMany().HasForeignKey(i => i.ParentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(i => new { i.LibraryId, i.Key }).IsUnique();
            // the list endpoint's sorts, each led by the columns its filters use and ending in the tie-break
            e.HasIndex(i => new { i.Depth, i.SortTitle, i.Id });
            e.HasIndex(i => new { i.Depth, i.DateAddedMs, i.Id });
            e.HasIndex(i => new { i.LibraryId, i.Depth, i.SortTitle, i.Id });
            e.HasIndex(i => new { i.LibraryId, i.Depth, i.DateAddedMs, i.Id });
            e.HasIndex(i => new { i.LibraryId, i.Depth, i.Year, i.SortTitle, i.Id });
            e.HasIndex(i => new { i.Kind, i.SortTitle, i.Id });
            e.HasIndex(i => new { i.LibraryId, i.Kind, i.SortTitle, i.Id });
            e.HasIndex(i => new { i.Kind, i.DateAddedMs, i.Id });
            e.HasIndex(i => new { i.LibraryId, i.Kind, i.DateAddedMs, i.Id });
            e.HasIndex(i => new { i.Kind, i.Year, i.SortTitle, i.Id });
            e.HasIndex(i => new { i.LibraryId, i.Kind, i.Year, i.SortTitle, i.Id });
            e.HasIndex(i => new { i.ParentId, i.IndexNumber });
            e.HasIndex(i => new { i.ShowId, i.ParentIndexNumber, i.IndexNumber });
        });

        modelBuilder.Entity<MediaFile>(e =>
        {
            e.HasOne<MediaLibrary>().WithMany().HasForeignKey(f => f.LibraryId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(f => f.Path).IsUnique();
            e.HasIndex(f => new { f.LibraryId, f.PathHash });
            // a file whose item goes (a removed show, say) goes too, so the next scan imports it afresh
            e.HasOne<Item>().WithMany().HasForeignKey(f => f.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(f => f.ItemId);
            e.HasIndex(f => new { f.LibraryId, f.State });
            // a new file's candidates for a move: vanished files of the same size
            e.HasIndex(f => new { f.LibraryId, f.Size });
            // the kind of failure as its words, as a scan's status is
            e.Property(f => f.FailureKind).HasConversion(new ValueConverter<Probing.ProbeFailure, string>(k => Probing.ProbeFailures.Text(k), t => Probing.ProbeFailures.Parse(t)));
        });

        modelBuilder.Entity<MediaInfoRow>(e =>
        {
            e.HasKey(m => m.ItemId);
            e.HasOne<Item>().WithOne().HasForeignKey<MediaInfoRow>(m => m.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<FileMediaInfoRow>(e =>
        {
            e.HasKey(m => m.FileId);
            e.HasOne<MediaFile>().WithOne().HasForeignKey<FileMediaInfoRow>(m => m.FileId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<WatchState>(e =>
        {
            e.HasKey(w => new { w.UserId, w.ItemId });
            e.HasOne<Item>().WithMany().HasForeignKey(w => w.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(w => new { w.UserId, w.LastPlayedMs });
            e.HasIndex(w => w.ItemId);
        });

        modelBuilder.Entity<ScanRun>(e =>
        {
            e.HasIndex(s => new { s.LibraryId, s.StartedMs });
            // stored as the words the store has always held, so old rows read and nothing migrates
            e.Property(s => s.Status).HasConversion(o => Scanning.ScanOutcomes.Text(o), t => Scanning.ScanOutcomes.Parse(t));
            e.HasOne<MediaLibrary>().WithMany().HasForeignKey(s => s.LibraryId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ItemMetadata>(e =>
        {
            e.HasKey(m => m.ItemId);
            e.HasOne<Item>().WithOne().HasForeignKey<ItemMetadata>(m => m.ItemId).OnDelete(DeleteBehavior.Cascade);
            // the refresh queue: a library's pending items, and failed ones whose retry time has come
            e.HasIndex(m => new { m.LibraryId, m.State, m.RetryAtMs });
            e.HasIndex(m => m.CollectionId);
            // a collection that goes leaves its films in none
            e.HasOne<Collection>().WithMany().HasForeignKey(m => m.CollectionId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<Collection>(e => e.HasIndex(c => new { c.Provider, c.ProviderId }).IsUnique());
    }
}
