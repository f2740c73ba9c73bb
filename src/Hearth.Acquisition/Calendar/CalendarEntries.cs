using System.Globalization;
using Hearth.Acquisition.Catalog;
using Hearth.Acquisition.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Acquisition.Calendar;

/// <summary>
/// A day of the calendar: a movie's release or an episode's air date, with whether it is wanted and had. Dates are
/// days (yyyy-MM-dd), as TMDB and TVmaze give them, never times.
/// </summary>
public sealed record CalendarEntry(
    string Kind,
    string Date,
    int? MovieId,
    int? SeriesId,
    int? EpisodeId,
    string Title,
    int? Year,
    int? Season,
    int? Episode,
    string? EpisodeTitle,
    bool Monitored,
    bool HasFile);

/// <summary>Upcoming (and recent) releases and episodes of the catalog, day by day: the calendar page and its iCal feed.</summary>
public sealed class CalendarEntries(IDbContextFactory<AcquisitionDb> factory)
{
    /// <summary>The longest span asked at once (a year and a bit), so one request cannot make an answer of the whole catalog's history.</summary>
    public const int MaxDays = 400;

    /// <param name="unmonitored">Whether what nobody wants is listed too.</param>
    public async Task<IReadOnlyList<CalendarEntry>> ListAsync(DateOnly start, DateOnly end, bool unmonitored, CancellationToken ct)
    {
        var from = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var entries = new List<CalendarEntry>();

        var movies = await db.Movies.AsNoTracking()
            .Where(m => m.ReleaseDate != null && string.Compare(m.ReleaseDate, from) >= 0 && string.Compare(m.ReleaseDate, to) <= 0)
            .ToListAsync(ct).ConfigureAwait(false);
        var movieIds = movies.Select(m => m.Id).ToList();
        var withFiles = (await db.Files.AsNoTracking().Where(f => f.MovieId != null && movieIds.Contains(f.MovieId.Value)).Select(f => f.MovieId!.Value).Distinct().ToListAsync(ct).ConfigureAwait(false)).ToHashSet();
        var extras = await MovieVersions.ExtrasAsync(db, movieIds, ct).ConfigureAwait(false);
        foreach (var movie in movies)
        {
            var monitored = movie.Monitored || extras[movie.Id].Any(v => v.Monitored);
            if (monitored || unmonitored)
            {
                entries.Add(new CalendarEntry("movie", movie.ReleaseDate!, movie.Id, null, null, movie.Title, movie.Year, null, null, null, monitored, withFiles.Contains(movie.Id)));
            }
        }

        var episodes = await db.Episodes.AsNoTracking()
            .Where(e => e.AirDate != null && string.Compare(e.AirDate, from) >= 0 && string.Compare(e.AirDate, to) <= 0)
            .ToListAsync(ct).ConfigureAwait(false);
        var seriesIds = episodes.Select(e => e.SeriesId).Distinct().ToList();
        var series = await db.Series.AsNoTracking().Where(s => seriesIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct).ConfigureAwait(false);
        var held = (await db.Files.AsNoTracking().Where(f => f.SeriesId != null && f.Season != null && seriesIds.Contains(f.SeriesId.Value)).ToListAsync(ct).ConfigureAwait(false))
            .SelectMany(f => CatalogViews.Ints(f.Episodes).Select(n => (f.SeriesId!.Value, f.Season!.Value, n))).ToHashSet();
        foreach (var episode in episodes)
        {
            if (!series.TryGetValue(episode.SeriesId, out var show))
            {
                continue;
            }
            var monitored = show.Monitored && episode.Monitored;
            if (monitored || unmonitored)
            {
                entries.Add(new CalendarEntry("episode", episode.AirDate!, null, show.Id, episode.Id, show.Title, show.Year, episode.Season, episode.Number, episode.Title,
                    monitored, held.Contains((show.Id, episode.Season, episode.Number))));
            }
        }

        return [.. entries.OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Title, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Season).ThenBy(e => e.Episode)];
    }
}
