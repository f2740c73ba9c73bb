using Hearth.Acquisition.Catalog;
using Hearth.Acquisition.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Acquisition.Monitoring;

/// <summary>Turns monitoring of a series' episodes on and off: one episode, a season, or a whole choice applied again.</summary>
public sealed class EpisodeMonitoring(IDbContextFactory<AcquisitionDb> factory, TimeProvider clock)
{
    /// <summary>Applies a monitoring choice to every episode of a series, as when it was added; false when there is no such series.</summary>
    public async Task<(bool Found, string? Problem)> ApplyAsync(int seriesId, string choice, CancellationToken ct)
    {
        if (!MonitorChoice.Choices.Contains(choice))
        {
            return (true, $"'{choice}' is no monitoring choice (one of {string.Join(", ", MonitorChoice.Choices)}).");
        }
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var series = await db.Series.FirstOrDefaultAsync(s => s.Id == seriesId, ct).ConfigureAwait(false);
        if (series is null)
        {
            return (false, null);
        }
        var episodes = await db.Episodes.Where(e => e.SeriesId == seriesId).ToListAsync(ct).ConfigureAwait(false);
        var files = await db.Files.AsNoTracking().Where(f => f.SeriesId == seriesId).ToListAsync(ct).ConfigureAwait(false);
        var held = SeriesCatalog.HeldEpisodes(files);
        var seasons = episodes.Where(e => e.Season > 0).Select(e => e.Season).DefaultIfEmpty(1).ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var e in episodes)
        {
            DateOnly? aired = DateOnly.TryParse(e.AirDate, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
            e.Monitored = MonitorChoice.Monitors(choice, e.Season, aired, held.Contains((e.Season, e.Number)), seasons.Min(), seasons.Max(), today);
        }
        series.Monitor = choice;
        series.Monitored = choice != MonitorChoice.None;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return (true, null);
    }

    /// <summary>Monitors or not every episode of one season; false when the series has no such season.</summary>
    public async Task<bool> SetSeasonAsync(int seriesId, int season, bool monitored, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Episodes.Where(e => e.SeriesId == seriesId && e.Season == season)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.Monitored, monitored), ct).ConfigureAwait(false) > 0;
    }

    /// <summary>Monitors one episode or not; false when there is no such episode.</summary>
    public async Task<bool> SetEpisodeAsync(int episodeId, bool monitored, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Episodes.Where(e => e.Id == episodeId)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.Monitored, monitored), ct).ConfigureAwait(false) > 0;
    }
}
