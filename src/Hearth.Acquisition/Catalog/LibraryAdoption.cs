using Hearth.Acquisition.Profiles;
using Hearth.Acquisition.Store;
using Hearth.Core.Media;
using Hearth.Core.Metadata;
using Hearth.Releases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hearth.Acquisition.Catalog;

/// <summary>What one adoption of the library did.</summary>
public sealed record AdoptionCounts(int Titles, int MoviesAdded, int SeriesAdded, int EpisodesAdded, int FilesAdded, int FilesChanged, int FilesRemoved);

/// <summary>
/// Brings every film and show of the library into the catalog with its files and their quality, so nothing on disk
/// is downloaded again. A title is matched by the library item it came from, then its TMDB, IMDb, TVDB or TVmaze id,
/// then its title and year; an unmatched one is added. Adopted films with a file are not monitored (the household
/// has them; turning monitoring on asks for upgrades); adopted shows are monitored for future episodes, their
/// episodes on disk are not. Files that left the library leave the catalog. Nothing is asked of any provider.
/// </summary>
public sealed class LibraryAdoption(
    IDbContextFactory<AcquisitionDb> factory,
    IServiceProvider services,
    ProfileStore profiles,
    TimeProvider clock,
    ILogger<LibraryAdoption> logger)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>The library's version (<see cref="ILibraryHoldings.Version"/>) now; null when this process has no library.</summary>
    public long? LibraryVersion => services.GetService<ILibraryHoldings>()?.Version;

    /// <summary>Null when this process has no library to adopt from (the acquire role apart from the server).</summary>
    public async Task<AdoptionCounts?> AdoptAsync(CancellationToken ct)
    {
        if (services.GetService<ILibraryHoldings>() is not { } holdings)
        {
            return null;
        }
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var held = await holdings.ListAsync(ct).ConfigureAwait(false);
            var profile = await profiles.DefaultAsync(ct).ConfigureAwait(false);
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            var desired = new Dictionary<string, MediaFileRow>(StringComparer.Ordinal);
            var (moviesAdded, movieFiles) = await AdoptMoviesAsync(db, held.Where(h => h.Kind == HoldingKind.Movie).ToList(), profile, now, ct).ConfigureAwait(false);
            var (seriesAdded, episodesAdded, seriesFiles) = await AdoptShowsAsync(db, held.Where(h => h.Kind == HoldingKind.Show).ToList(), profile, now, ct).ConfigureAwait(false);
            foreach (var file in movieFiles.Concat(seriesFiles))
            {
                desired.TryAdd(file.Path, file);
            }
            var (added, changed, removed) = await SyncFilesAsync(db, desired, ct).ConfigureAwait(false);
            var counts = new AdoptionCounts(held.Count, moviesAdded, seriesAdded, episodesAdded, added, changed, removed);
            if (moviesAdded + seriesAdded + added + changed + removed > 0)
            {
                logger.LogInformation("Adopted the library into the catalog: {Movies} movies and {Series} series added, files {Added} added, {Changed} changed, {Removed} gone",
                    moviesAdded, seriesAdded, added, changed, removed);
            }
            return counts;
        }
        finally
        {
            gate.Release();
        }
    }

    private static int? Int(IReadOnlyDictionary<string, string> ids, string name) =>
        ids.TryGetValue(name, out var v) && int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i > 0 ? i : null;

    private static string? Imdb(IReadOnlyDictionary<string, string> ids) =>
        ids.TryGetValue(ProviderIdNames.Imdb, out var v) && v.StartsWith("tt", StringComparison.Ordinal) ? v : null;

    private static async Task<(int Added, List<MediaFileRow> Files)> AdoptMoviesAsync(AcquisitionDb db, List<HeldTitle> held, QualityProfile profile, long now, CancellationToken ct)
    {
        var movies = await db.Movies.ToListAsync(ct).ConfigureAwait(false);
        var byItem = movies.Where(m => m.LibraryItemId is not null).ToDictionary(m => m.LibraryItemId!.Value);
        var byTmdb = movies.Where(m => m.TmdbId is not null).ToDictionary(m => m.TmdbId!.Value);
        var byImdb = movies.Where(m => m.ImdbId is not null).GroupBy(m => m.ImdbId!).ToDictionary(g => g.Key, g => g.First());
        var byTitle = movies.GroupBy(m => (m.MatchTitle, m.Year)).ToDictionary(g => g.Key, g => g.First());
        var pairs = new List<(HeldTitle Held, MovieRow Movie)>();
        var added = 0;
        foreach (var title in held)
        {
            var tmdb = Int(title.ProviderIds, ProviderIdNames.Tmdb);
            var imdb = Imdb(title.ProviderIds);
            var match = title.ItemId is var item && byItem.TryGetValue(item, out var a) ? a
                : tmdb is { } t && byTmdb.TryGetValue(t, out var b) ? b
                : imdb is { } i && byImdb.TryGetValue(i, out var c) ? c
                : byTitle.GetValueOrDefault((ReleaseTitles.Normalize(title.Title), title.Year));
            if (match is null)
            {
                match = new MovieRow
                {
                    Title = title.Title,
                    MatchTitle = ReleaseTitles.Normalize(title.Title),
                    Year = title.Year,
                    TmdbId = tmdb,
                    ImdbId = imdb,
                    Source = "library",
                    ProfileId = profile.Id,
                    Monitored = title.Files.Count == 0,
                    LibraryItemId = title.ItemId,
                    AddedMs = now,
                };
                db.Movies.Add(match);
                added++;
                if (tmdb is { } newTmdb)
                {
                    byTmdb[newTmdb] = match;
                }
                byTitle.TryAdd((match.MatchTitle, match.Year), match);
            }
            else
            {
                match.LibraryItemId ??= title.ItemId;
                if (match.TmdbId is null && tmdb is { } fill && !byTmdb.ContainsKey(fill))
                {
                    match.TmdbId = fill;
                    byTmdb[fill] = match;
                }
                match.ImdbId ??= imdb;
            }
            byItem[title.ItemId] = match;
            pairs.Add((title, match));
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        var files = new List<MediaFileRow>();
        foreach (var (title, movie) in pairs)
        {
            files.AddRange(title.Files.Select(f => FileRow(f, now, movieId: movie.Id)));
        }
        return (added, files);
    }

    private static async Task<(int Added, int Episodes, List<MediaFileRow> Files)> AdoptShowsAsync(AcquisitionDb db, List<HeldTitle> held, QualityProfile profile, long now, CancellationToken ct)
    {
        var all = await db.Series.ToListAsync(ct).ConfigureAwait(false);
        var byItem = all.Where(s => s.LibraryItemId is not null).ToDictionary(s => s.LibraryItemId!.Value);
        var byTvdb = all.Where(s => s.TvdbId is not null).GroupBy(s => s.TvdbId!.Value).ToDictionary(g => g.Key, g => g.First());
        var byTvMaze = all.Where(s => s.TvMazeId is not null).GroupBy(s => s.TvMazeId!.Value).ToDictionary(g => g.Key, g => g.First());
        var byTmdb = all.Where(s => s.TmdbId is not null).GroupBy(s => s.TmdbId!.Value).ToDictionary(g => g.Key, g => g.First());
        var byTitle = all.GroupBy(s => (s.MatchTitle, s.Year)).ToDictionary(g => g.Key, g => g.First());
        var pairs = new List<(HeldTitle Held, SeriesRow Series)>();
        var added = 0;
        foreach (var title in held)
        {
            var tvdb = Int(title.ProviderIds, ProviderIdNames.Tvdb);
            var tvmaze = Int(title.ProviderIds, ProviderIdNames.TvMaze);
            var tmdb = Int(title.ProviderIds, ProviderIdNames.Tmdb);
            var match = byItem.TryGetValue(title.ItemId, out var a) ? a
                : tvdb is { } v && byTvdb.TryGetValue(v, out var b) ? b
                : tvmaze is { } m && byTvMaze.TryGetValue(m, out var c) ? c
                : tmdb is { } t && byTmdb.TryGetValue(t, out var d) ? d
                : byTitle.GetValueOrDefault((ReleaseTitles.Normalize(title.Title), title.Year));
            if (match is null)
            {
                match = new SeriesRow
                {
                    Title = title.Title,
                    MatchTitle = ReleaseTitles.Normalize(title.Title),
                    Year = title.Year,
                    TvdbId = tvdb,
                    TvMazeId = tvmaze,
                    TmdbId = tmdb,
                    ImdbId = Imdb(title.ProviderIds),
                    Source = "library",
                    ProfileId = profile.Id,
                    Monitored = true,
                    Monitor = MonitorChoice.Future,
                    LibraryItemId = title.ItemId,
                    AddedMs = now,
                };
                db.Series.Add(match);
                added++;
                byTitle.TryAdd((match.MatchTitle, match.Year), match);
            }
            else
            {
                match.LibraryItemId ??= title.ItemId;
                match.TvdbId ??= tvdb;
                match.TvMazeId ??= tvmaze;
                match.TmdbId ??= tmdb;
            }
            byItem[title.ItemId] = match;
            pairs.Add((title, match));
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);

        // the episodes the files hold, where the provider's list has not made them yet
        var seriesIds = pairs.Select(p => p.Series.Id).ToHashSet();
        var known = (await db.Episodes.AsNoTracking().Select(e => new { e.SeriesId, e.Season, e.Number }).ToListAsync(ct).ConfigureAwait(false))
            .Where(e => seriesIds.Contains(e.SeriesId))
            .Select(e => (e.SeriesId, e.Season, e.Number))
            .ToHashSet();
        var episodes = 0;
        var files = new List<MediaFileRow>();
        foreach (var (title, series) in pairs)
        {
            foreach (var file in title.Files)
            {
                files.Add(FileRow(file, now, seriesId: series.Id));
                if (file.Season is not { } season)
                {
                    continue;
                }
                foreach (var number in file.Episodes)
                {
                    if (known.Add((series.Id, season, number)))
                    {
                        db.Episodes.Add(new EpisodeRow { SeriesId = series.Id, Season = season, Number = number, Monitored = false });
                        episodes++;
                    }
                }
            }
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return (added, episodes, files);
    }

    private static MediaFileRow FileRow(HeldFile file, long now, int? movieId = null, int? seriesId = null)
    {
        var parsed = ReleaseParser.Parse(file.Path);
        var quality = FileQuality.Of(parsed, file.Height);
        return new MediaFileRow
        {
            MovieId = movieId,
            SeriesId = seriesId,
            Season = file.Season,
            Episodes = CatalogViews.Json(file.Episodes),
            Path = file.Path,
            Size = file.Size,
            Quality = quality.Quality.Name,
            RevisionVersion = quality.Revision.Version,
            RevisionReal = quality.Revision.Real,
            IsRepack = quality.Revision.IsRepack,
            ReleaseGroup = parsed.ReleaseGroup,
            AddedMs = now,
        };
    }

    private static async Task<(int Added, int Changed, int Removed)> SyncFilesAsync(AcquisitionDb db, Dictionary<string, MediaFileRow> desired, CancellationToken ct)
    {
        var existing = await db.Files.ToListAsync(ct).ConfigureAwait(false);
        int added = 0, changed = 0, removed = 0;
        foreach (var row in existing)
        {
            if (!desired.Remove(row.Path, out var want))
            {
                db.Files.Remove(row);
                removed++;
                continue;
            }
            if (row.MovieId != want.MovieId || row.SeriesId != want.SeriesId || row.Size != want.Size || row.Quality != want.Quality
                || row.Season != want.Season || row.Episodes != want.Episodes || row.RevisionVersion != want.RevisionVersion || row.RevisionReal != want.RevisionReal)
            {
                (row.MovieId, row.SeriesId, row.Size, row.Quality, row.Season, row.Episodes) = (want.MovieId, want.SeriesId, want.Size, want.Quality, want.Season, want.Episodes);
                (row.RevisionVersion, row.RevisionReal, row.IsRepack, row.ReleaseGroup) = (want.RevisionVersion, want.RevisionReal, want.IsRepack, want.ReleaseGroup);
                changed++;
            }
        }
        foreach (var row in desired.Values)
        {
            db.Files.Add(row);
            added++;
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return (added, changed, removed);
    }
}
