using Hearth.Acquisition.Catalog;
using Hearth.Acquisition.Decisions;
using Hearth.Acquisition.Grabs;
using Hearth.Acquisition.Store;
using Hearth.Core.Indexers;
using Hearth.Releases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hearth.Acquisition.Searches;

/// <summary>What one RSS sync did.</summary>
public sealed record RssCounts(int Releases, int ForTheCatalog, int Grabbed);

/// <summary>
/// The RSS sync: the indexers' latest releases (a search with no terms through the hub), each matched by its
/// parsed title to a monitored movie or series of the catalog, decided for what it holds, and the best wanted one
/// of each grabbed. A release grabbed once is never grabbed again (the grab is queued, and its guid remembered).
/// </summary>
public sealed class RssSync(
    IReleaseSearch hub,
    IDbContextFactory<AcquisitionDb> factory,
    SearchContexts contexts,
    ReleaseSearcher searcher,
    Grabber grabber,
    TimeProvider clock,
    ILogger<RssSync> logger)
{
    private static readonly int[] Categories = [2000, 5000];

    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<RssCounts> SyncAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var found = await hub.SearchAsync(new ReleaseQuery { Kind = SearchKind.Search, Categories = Categories, Limit = 100 }, ct).ConfigureAwait(false);
            var groups = await GroupAsync(found.Releases, ct).ConfigureAwait(false);
            int matched = 0, grabbed = 0, accepted = 0;
            foreach (var (_, (build, releases)) in groups)
            {
                matched += releases.Count;
                if (await build(ct).ConfigureAwait(false) is not { } context)
                {
                    continue;
                }
                var decisions = DecisionEngine.Decide(releases, context.Target, context.Policy, clock.GetUtcNow());
                searcher.Remember(decisions, context, clock.GetUtcNow());
                accepted += decisions.Count(d => d.Accepted);
                if (Wanting.BestWanted(decisions, context) is { } best
                    && (await grabber.GrabAsync(best, context, "rss", false, ct).ConfigureAwait(false)).Grab is { Status: GrabStatus.Sent })
                {
                    grabbed++;
                }
            }
            await searcher.RecordAsync(new HistoryRow
            {
                AtMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
                Kind = "search",
                Trigger = "rss",
                Subject = "RSS sync",
                Found = found.Releases.Count,
                Accepted = accepted,
                Detail = $"{found.Releases.Count} releases, {matched} for the catalog, {accepted} accepted, {grabbed} grabbed"
                    + (found.Indexers.Count == 0 ? "; no indexer is enabled" : ""),
            }, ct).ConfigureAwait(false);
            if (grabbed > 0)
            {
                logger.LogInformation("RSS sync: {Releases} releases, {Grabbed} grabbed", found.Releases.Count, grabbed);
            }
            return new RssCounts(found.Releases.Count, matched, grabbed);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<Dictionary<string, (Func<CancellationToken, Task<SearchContext?>> Build, List<IndexerRelease> Releases)>> GroupAsync(
        IReadOnlyList<IndexerRelease> releases, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        // a movie whose own version is not wanted may have a further one that is
        var extras = await MovieVersions.ExtrasAsync(db, null, ct).ConfigureAwait(false);
        var withExtras = extras.Where(g => g.Any(v => v.Monitored)).Select(g => g.Key).ToList();
        var movies = await db.Movies.AsNoTracking().Where(m => m.Monitored || withExtras.Contains(m.Id)).ToListAsync(ct).ConfigureAwait(false);
        var series = await db.Series.AsNoTracking().Where(s => s.Monitored).ToListAsync(ct).ConfigureAwait(false);
        var movieTitles = Index(movies, m => Titles(m.Title, m.AlternativeTitles, null));
        var seriesTitles = Index(series, s => Titles(s.Title, s.AlternativeTitles, s.Year));

        var groups = new Dictionary<string, (Func<CancellationToken, Task<SearchContext?>>, List<IndexerRelease>)>(StringComparer.Ordinal);
        void Add(string key, Func<CancellationToken, Task<SearchContext?>> build, IndexerRelease release)
        {
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = (build, []);
            }
            group.Item2.Add(release);
        }
        foreach (var release in releases)
        {
            var parsed = ReleaseParser.Parse(release.Title);
            if (!parsed.IsParsed)
            {
                continue;
            }
            if (parsed.Kind == ReleaseKind.Episode)
            {
                // numbered by season and episode (absolute and dated numbering need the episode list: searches handle them)
                if (parsed.SeasonNumber is not { } season || parsed.IsMultiSeason || (parsed.EpisodeNumbers.Count == 0 && !parsed.IsFullSeason))
                {
                    continue;
                }
                foreach (var s in seriesTitles.GetValueOrDefault(parsed.NormalizedTitle) ?? [])
                {
                    var episodes = parsed.IsFullSeason ? [] : parsed.EpisodeNumbers;
                    Add($"s{s.Id}:{season}:{string.Join(',', episodes)}", t => contexts.ForEpisodesAsync(s.Id, season, episodes, t), release);
                }
                continue;
            }
            var movie = ReleaseParser.ParseMovie(release.Title);
            foreach (var m in movieTitles.GetValueOrDefault(movie.NormalizedTitle) ?? [])
            {
                if (m.Year is null || movie.Year is null || Math.Abs(m.Year.Value - movie.Year.Value) <= 1)
                {
                    if (m.Monitored)
                    {
                        Add($"m{m.Id}", t => contexts.ForMovieAsync(m.Id, null, t), release);
                    }
                    foreach (var version in extras[m.Id].Where(v => v.Monitored))
                    {
                        Add($"m{m.Id}:{version.Id}", t => contexts.ForMovieAsync(m.Id, version.Id, t), release);
                    }
                }
            }
        }
        return groups;
    }

    private static IEnumerable<string> Titles(string title, string alternatives, int? year)
    {
        foreach (var t in CatalogViews.Strings(alternatives).Prepend(title))
        {
            yield return ReleaseTitles.Normalize(t);
            if (year is { } y)
            {
                yield return ReleaseTitles.Normalize($"{t} {y}");
            }
        }
    }

    private static Dictionary<string, List<T>> Index<T>(IEnumerable<T> rows, Func<T, IEnumerable<string>> titles)
    {
        var index = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var title in titles(row).Distinct())
            {
                if (!index.TryGetValue(title, out var list))
                {
                    index[title] = list = [];
                }
                list.Add(row);
            }
        }
        return index;
    }
}
