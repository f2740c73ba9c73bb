using Hearth.Acquisition.Grabs;
using Hearth.Acquisition.Monitoring;
using Hearth.Acquisition.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Acquisition.Searches;

/// <summary>
/// The backlog search: the wanted list, missing and below cutoff, searched one item at a time with a pause between
/// searches (<see cref="AcquisitionOptions.BacklogPace"/>) so the indexers' limits hold, once a
/// <see cref="AcquisitionOptions.BacklogInterval"/>. An item searched within that interval (by any search) is
/// skipped. A season whose every wanted episode has aired is searched as a pack first.
/// </summary>
public sealed class BacklogSearch(
    WantedList wanted,
    IDbContextFactory<AcquisitionDb> factory,
    SearchContexts contexts,
    ReleaseSearcher searcher,
    Grabber grabber,
    IOptions<AcquisitionOptions> options,
    TimeProvider clock,
    ILogger<BacklogSearch> logger) : BackgroundService
{
    private readonly SemaphoreSlim run = new(0);
    private int running;

    /// <summary>Starts a pass now unless one is running; false when one is.</summary>
    public bool Start()
    {
        if (Volatile.Read(ref running) == 1)
        {
            return false;
        }
        run.Release();
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.BacklogInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            // a pass when asked, or once an interval (never when the interval is zero)
            await run.WaitAsync(interval > TimeSpan.Zero ? interval : Timeout.InfiniteTimeSpan, stoppingToken).ConfigureAwait(false);
            Interlocked.Exchange(ref running, 1);
            try
            {
                await PassAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The backlog search stopped early");
            }
            finally
            {
                Interlocked.Exchange(ref running, 0);
            }
        }
    }

    private async Task PassAsync(CancellationToken ct)
    {
        var since = (clock.GetUtcNow() - options.Value.BacklogInterval).ToUnixTimeMilliseconds();
        HashSet<string> recent;
        await using (var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            recent = (await db.History.AsNoTracking().Where(h => h.Kind == "search" && h.AtMs >= since).Select(h => h.Subject).ToListAsync(ct).ConfigureAwait(false))
                .ToHashSet(StringComparer.Ordinal);
        }
        var list = await wanted.ListAsync(ct).ConfigureAwait(false);
        var searches = new List<Func<CancellationToken, Task<SearchContext?>>>();
        foreach (var movie in list.Where(w => w.Kind == WantedWords.Movie))
        {
            searches.Add(t => contexts.ForMovieAsync(movie.MovieId!.Value, movie.VersionId, t));
        }
        foreach (var season in list.Where(w => w.Kind == WantedWords.Episode).GroupBy(w => (w.SeriesId!.Value, w.Season!.Value)))
        {
            var (seriesId, number) = season.Key;
            var episodes = season.Select(e => e.Episode!.Value).ToList();
            searches.Add(t => contexts.ForEpisodesAsync(seriesId, number, episodes.Count > 1 ? [] : episodes, t));
        }
        var done = 0;
        foreach (var search in searches)
        {
            if (await search(ct).ConfigureAwait(false) is not { } context || recent.Contains(context.Subject))
            {
                continue;
            }
            if (done++ > 0)
            {
                await Task.Delay(options.Value.BacklogPace, clock, ct).ConfigureAwait(false);
            }
            var decisions = await searcher.SearchAsync(context, "backlog", ct).ConfigureAwait(false);
            if (Wanting.BestWanted(decisions, context) is { } best)
            {
                await grabber.GrabAsync(best, context, "backlog", false, ct).ConfigureAwait(false);
            }
        }
        logger.LogInformation("Backlog search: {Searched} searches for {Wanted} wanted items", done, list.Count);
    }
}
