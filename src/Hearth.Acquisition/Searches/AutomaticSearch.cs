using System.Threading.Channels;
using Hearth.Acquisition.Grabs;
using Hearth.Acquisition.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hearth.Acquisition.Searches;

/// <summary>
/// Searches on its own, one at a time: a movie (or one of its versions) when it is added or its profile changes, a series' wanted episodes
/// when it is added (each season as a pack first, then episode by episode where no pack was taken). The best
/// wanted release of each search is grabbed.
/// </summary>
public sealed class AutomaticSearch(
    IDbContextFactory<AcquisitionDb> factory,
    SearchContexts contexts,
    ReleaseSearcher searcher,
    Grabber grabber,
    TimeProvider clock,
    ILogger<AutomaticSearch> logger) : BackgroundService
{
    private readonly Channel<(string Kind, int Id, int? Version)> queue = Channel.CreateUnbounded<(string, int, int?)>();

    /// <summary>Searches a movie's own version, or one of its further versions.</summary>
    public void SearchMovie(int movieId, int? versionId = null) => queue.Writer.TryWrite(("movie", movieId, versionId));

    public void SearchSeries(int seriesId) => queue.Writer.TryWrite(("series", seriesId, null));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (kind, id, version) in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                if (kind == "movie")
                {
                    await SearchAndGrabAsync(await contexts.ForMovieAsync(id, version, stoppingToken).ConfigureAwait(false), stoppingToken).ConfigureAwait(false);
                }
                else
                {
                    await SeriesAsync(id, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The automatic search for {Kind} {Id} failed", kind, id);
            }
        }
    }

    private async Task<bool> SearchAndGrabAsync(SearchContext? context, CancellationToken ct)
    {
        if (context is null)
        {
            return false;
        }
        var decisions = await searcher.SearchAsync(context, "automatic", ct).ConfigureAwait(false);
        return Wanting.BestWanted(decisions, context) is { } best
            && (await grabber.GrabAsync(best, context, "automatic", false, ct).ConfigureAwait(false)).Grab is { Status: GrabStatus.Sent };
    }

    private async Task SeriesAsync(int seriesId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        List<(int Season, int Number)> wanted;
        await using (var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            wanted = (await db.Episodes.AsNoTracking()
                    .Where(e => e.SeriesId == seriesId && e.Monitored && e.Season > 0 && e.AirDate != null && string.Compare(e.AirDate, today) <= 0)
                    .Select(e => new { e.Season, e.Number }).ToListAsync(ct).ConfigureAwait(false))
                .Select(e => (e.Season, e.Number)).ToList();
        }
        foreach (var season in wanted.GroupBy(e => e.Season).OrderBy(g => g.Key))
        {
            if (await SearchAndGrabAsync(await contexts.ForEpisodesAsync(seriesId, season.Key, [], ct).ConfigureAwait(false), ct).ConfigureAwait(false))
            {
                continue;
            }
            foreach (var (_, number) in season.OrderBy(e => e.Number))
            {
                await SearchAndGrabAsync(await contexts.ForEpisodesAsync(seriesId, season.Key, [number], ct).ConfigureAwait(false), ct).ConfigureAwait(false);
            }
        }
    }
}
