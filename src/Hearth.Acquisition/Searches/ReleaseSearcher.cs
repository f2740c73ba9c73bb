using System.Collections.Concurrent;
using Hearth.Acquisition.Decisions;
using Hearth.Acquisition.Store;
using Hearth.Core.Indexers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hearth.Acquisition.Searches;

/// <summary>A decided release kept after a search, so a person can grab it from the results.</summary>
public sealed record CachedDecision(Decision Decision, SearchContext Context, DateTimeOffset At);

/// <summary>
/// Searches the indexer hub for a movie or episodes, decides every release, keeps the results a while for grabs,
/// and writes the search into the history with its decisions' summary.
/// </summary>
public sealed class ReleaseSearcher(
    IReleaseSearch hub,
    IDbContextFactory<AcquisitionDb> factory,
    IOptions<AcquisitionOptions> options,
    TimeProvider clock)
{
    private readonly ConcurrentDictionary<(Guid Indexer, string Guid), CachedDecision> cache = new();

    public async Task<IReadOnlyList<Decision>> SearchAsync(SearchContext context, string trigger, CancellationToken ct)
    {
        var found = await hub.SearchAsync(context.Query, ct).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var decisions = DecisionEngine.Decide(found.Releases, context.Target, context.Policy, now);
        Remember(decisions, context, now);
        var failed = found.Indexers.Where(i => i.Outcome is not (IndexerOutcome.Ok or IndexerOutcome.Skipped)).ToList();
        var detail = Summary(decisions)
            + (found.Indexers.Count == 0 ? "; no indexer is enabled" : "")
            + (failed.Count > 0 ? "; " + string.Join("; ", failed.Select(f => $"{f.Name}: {f.Message ?? f.Outcome.Text()}")) : "");
        await RecordAsync(new HistoryRow
        {
            AtMs = now.ToUnixTimeMilliseconds(),
            Kind = "search",
            Trigger = trigger,
            MovieId = context.MovieId,
            SeriesId = context.SeriesId,
            Subject = context.Subject,
            Found = decisions.Count,
            Accepted = decisions.Count(d => d.Accepted),
            Detail = detail,
        }, ct).ConfigureAwait(false);
        return decisions;
    }

    /// <summary>"12 found, 2 accepted; rejected: wrong-episode 7, size 3".</summary>
    public static string Summary(IReadOnlyList<Decision> decisions)
    {
        var codes = decisions.SelectMany(d => d.Rejections).GroupBy(r => r.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}").ToList();
        return $"{decisions.Count} found, {decisions.Count(d => d.Accepted)} accepted" + (codes.Count > 0 ? "; rejected: " + string.Join(", ", codes) : "");
    }

    public CachedDecision? Find(Guid indexerId, string guid) =>
        cache.TryGetValue((indexerId, guid), out var cached) && clock.GetUtcNow() - cached.At <= options.Value.ReleaseCacheTime ? cached : null;

    internal void Remember(IReadOnlyList<Decision> decisions, SearchContext context, DateTimeOffset now)
    {
        foreach (var stale in cache.Where(c => now - c.Value.At > options.Value.ReleaseCacheTime).Select(c => c.Key).ToList())
        {
            cache.TryRemove(stale, out _);
        }
        foreach (var decision in decisions)
        {
            if (decision.Release.Guid is { } guid)
            {
                cache[(decision.Release.IndexerId, guid)] = new CachedDecision(decision, context, now);
            }
        }
    }

    internal async Task RecordAsync(HistoryRow row, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        db.History.Add(row);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
