using Microsoft.EntityFrameworkCore;

namespace Hearth.Acquisition.Store;

/// <summary>The automation's store (acquisition.db): the catalog, its files, profiles and custom formats.</summary>
public sealed class AcquisitionDb(DbContextOptions<AcquisitionDb> options) : DbContext(options)
{
    public DbSet<MovieRow> Movies => Set<MovieRow>();

    public DbSet<MovieVersionRow> MovieVersions => Set<MovieVersionRow>();

    public DbSet<SeriesRow> Series => Set<SeriesRow>();

    public DbSet<EpisodeRow> Episodes => Set<EpisodeRow>();

    public DbSet<MediaFileRow> Files => Set<MediaFileRow>();

    public DbSet<ProfileRow> Profiles => Set<ProfileRow>();

    public DbSet<CustomFormatRow> CustomFormats => Set<CustomFormatRow>();

    public DbSet<GrabRow> Grabs => Set<GrabRow>();

    public DbSet<HistoryRow> History => Set<HistoryRow>();

    public DbSet<DelayProfileRow> DelayProfiles => Set<DelayProfileRow>();

    public DbSet<BlocklistRow> Blocklist => Set<BlocklistRow>();

    public DbSet<DownloadClientRow> DownloadClients => Set<DownloadClientRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MovieRow>(e =>
        {
            e.ToTable("movies");
            e.HasIndex(m => m.TmdbId).IsUnique();
            e.HasIndex(m => m.ImdbId);
            e.HasIndex(m => new { m.MatchTitle, m.Year });
            e.HasIndex(m => m.LibraryItemId);
        });
        modelBuilder.Entity<MovieVersionRow>(e =>
        {
            e.ToTable("movie_versions");
            e.HasIndex(v => v.MovieId);
        });
        modelBuilder.Entity<SeriesRow>(e =>
        {
            e.ToTable("series");
            e.HasIndex(s => s.TvdbId);
            e.HasIndex(s => s.TvMazeId);
            e.HasIndex(s => s.TmdbId);
            e.HasIndex(s => new { s.MatchTitle, s.Year });
            e.HasIndex(s => s.LibraryItemId);
        });
        modelBuilder.Entity<EpisodeRow>(e =>
        {
            e.ToTable("episodes");
            e.HasIndex(x => new { x.SeriesId, x.Season, x.Number }).IsUnique();
            e.HasIndex(x => x.AirDate);
        });
        modelBuilder.Entity<MediaFileRow>(e =>
        {
            e.ToTable("files");
            e.HasIndex(f => f.MovieId);
            e.HasIndex(f => f.SeriesId);
            e.HasIndex(f => f.Path).IsUnique();
        });
        modelBuilder.Entity<ProfileRow>(e =>
        {
            e.ToTable("profiles");
            e.HasIndex(p => p.Name).IsUnique();
        });
        modelBuilder.Entity<GrabRow>(e =>
        {
            e.ToTable("grabs");
            e.HasIndex(g => new { g.IndexerId, g.Guid });
            e.HasIndex(g => g.InfoHash);
            e.HasIndex(g => g.MovieId);
            e.HasIndex(g => g.SeriesId);
            e.HasIndex(g => g.Status);
        });
        modelBuilder.Entity<HistoryRow>(e =>
        {
            e.ToTable("history");
            e.HasIndex(h => h.AtMs);
            e.HasIndex(h => h.MovieId);
            e.HasIndex(h => h.SeriesId);
        });
        modelBuilder.Entity<DelayProfileRow>(e => e.ToTable("delay_profiles"));
        modelBuilder.Entity<DownloadClientRow>(e =>
        {
            e.ToTable("download_clients");
            e.HasIndex(c => c.Name).IsUnique();
        });
        modelBuilder.Entity<BlocklistRow>(e =>
        {
            e.ToTable("blocklist");
            e.HasIndex(b => new { b.IndexerId, b.Guid });
            e.HasIndex(b => b.InfoHash);
        });
        modelBuilder.Entity<CustomFormatRow>(e =>
        {
            e.ToTable("custom_formats");
            e.HasIndex(c => c.Name).IsUnique();
        });
    }
}
