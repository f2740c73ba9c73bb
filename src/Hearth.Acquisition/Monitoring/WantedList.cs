using Hearth.Acquisition.Catalog;
using Hearth.Acquisition.Profiles;
using Hearth.Acquisition.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Acquisition.Monitoring;

/// <summary>
/// One entry of the wanted list: a movie (or one of its versions) or an episode that is monitored and out, and either has no file
/// (<c>missing</c>) or only files below its profile's cutoff (<c>cutoffUnmet</c>).
/// </summary>
public sealed record WantedEntry(
    string Kind,
    string Reason,
    int? MovieId,
    int? SeriesId,
    int? EpisodeId,
    string Title,
    int? Year,
    int? Season,
    int? Episode,
    string? EpisodeTitle,
    string? Date,
    string? Quality,
    ProfileRef Profile)
{
    /// <summary>For a movie's further version: its id and name (null for the movie's own version and for episodes).</summary>
    public int? VersionId { get; init; }

    public string? Version { get; init; }
}

/// <summary>The words of <see cref="WantedEntry.Kind"/> and <see cref="WantedEntry.Reason"/>.</summary>
public static class WantedWords
{
    public const string Movie = "movie";
    public const string Episode = "episode";
    public const string Missing = "missing";
    public const string CutoffUnmet = "cutoffUnmet";
}

/// <summary>What the household wants and does not have yet, or has below the cutoff: the list searches work through.</summary>
public sealed class WantedList(IDbContextFactory<AcquisitionDb> factory, ProfileStore profiles, TimeProvider clock)
{
    public async Task<IReadOnlyList<WantedEntry>> ListAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var profileOf = MovieVersions.Lookup(await profiles.ListAsync(ct).ConfigureAwait(false), await profiles.DefaultAsync(ct).ConfigureAwait(false));
        var files = await db.Files.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var wanted = new List<WantedEntry>();

        var movieFiles = files.Where(f => f.MovieId is not null).ToLookup(f => f.MovieId!.Value);
        var extras = await MovieVersions.ExtrasAsync(db, null, ct).ConfigureAwait(false);
        var withExtras = extras.Where(g => g.Any(v => v.Monitored)).Select(g => g.Key).ToList();
        var movies = await db.Movies.AsNoTracking().Where(m => m.Monitored || withExtras.Contains(m.Id)).OrderBy(m => m.MatchTitle).ThenBy(m => m.Year).ToListAsync(ct).ConfigureAwait(false);
        foreach (var movie in movies.Where(m => CatalogViews.Released(m.ReleaseDate, m.Year, today)))
        {
            var versions = MovieVersions.Of(movie, extras[movie.Id], profileOf);
            var own = movieFiles[movie.Id].ToList();
            foreach (var version in versions.Where(v => v.Monitored))
            {
                var profile = version.Profile;
                if (Reason(MovieVersions.FilesOf(version, own, versions), profile) is not var (reason, quality))
                {
                    continue;
                }
                wanted.Add(new WantedEntry(WantedWords.Movie, reason, movie.Id, null, null, movie.Title, movie.Year, null, null, null,
                    movie.ReleaseDate, quality, new ProfileRef(profile.Id, profile.Name))
                {
                    VersionId = version.Id,
                    Version = version.IsMain ? null : version.Name,
                });
            }
        }

        var series = await db.Series.AsNoTracking().Where(s => s.Monitored).ToDictionaryAsync(s => s.Id, ct).ConfigureAwait(false);
        var seriesFiles = files.Where(f => f.SeriesId is not null && f.Season is not null)
            .SelectMany(f => CatalogViews.Ints(f.Episodes).Select(n => (Key: (f.SeriesId!.Value, f.Season!.Value, n), File: f)))
            .ToLookup(x => x.Key, x => x.File);
        var todayText = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var episodes = await db.Episodes.AsNoTracking()
            .Where(e => e.Monitored && e.AirDate != null && string.Compare(e.AirDate, todayText) <= 0)
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var episode in episodes.Where(e => series.ContainsKey(e.SeriesId))
                     .OrderBy(e => series[e.SeriesId].MatchTitle, StringComparer.Ordinal).ThenBy(e => e.SeriesId).ThenBy(e => e.Season).ThenBy(e => e.Number))
        {
            var show = series[episode.SeriesId];
            var profile = profileOf(show.ProfileId);
            if (Reason(seriesFiles[(show.Id, episode.Season, episode.Number)].ToList(), profile) is not var (reason, quality))
            {
                continue;
            }
            wanted.Add(new WantedEntry(WantedWords.Episode, reason, null, show.Id, episode.Id, show.Title, show.Year, episode.Season, episode.Number,
                episode.Title, episode.AirDate, quality, new ProfileRef(profile.Id, profile.Name)));
        }
        return wanted;
    }

    /// <summary>Missing with no file; cutoffUnmet with the best file's quality when none meets the cutoff; null when satisfied.</summary>
    private static (string Reason, string? Quality)? Reason(List<MediaFileRow> files, QualityProfile profile)
    {
        if (files.Count == 0)
        {
            return (WantedWords.Missing, null);
        }
        if (!profile.UpgradesAllowed || files.Any(f => profile.CutoffMet(CatalogViews.QualityOf(f).Quality, 0)))
        {
            return null;
        }
        var best = files.MaxBy(f => profile.RankOf(CatalogViews.QualityOf(f).Quality))!;
        return (WantedWords.CutoffUnmet, best.Quality);
    }
}
