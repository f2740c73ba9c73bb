using Hearth.Core.Indexers;
using Hearth.Indexers.Definitions;
using Hearth.Indexers.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hearth.Indexers.History;

/// <summary>One query, grab or test sent to an indexer. Parameters never hold the API key.</summary>
public sealed record HistoryEntry(
    long Id,
    Guid IndexerId,
    string IndexerName,
    DateTimeOffset At,
    string Kind,
    string Parameters,
    int ResultCount,
    int Skipped,
    long DurationMs,
    IndexerOutcome Outcome,
    string? Message);

/// <summary>Per-indexer figures over the history kept.</summary>
public sealed record IndexerStats(
    Guid IndexerId,
    int Queries,
    int Grabs,
    int Failures,
    double AverageDurationMs,
    double AverageResults,
    DateTimeOffset? LastQueryAt);

/// <summary>The history of every call to an indexer, with per-indexer stats, pruned by age and by count.</summary>
public sealed class HistoryStore(IDbContextFactory<IndexersDb> factory, TimeProvider time, IOptions<IndexerOptions> options)
{
    public async Task RecordAsync(IndexerDefinition indexer, string kind, string parameters, int results, int skipped, TimeSpan duration, IndexerOutcome outcome, string? message, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        db.History.Add(new IndexerCall
        {
            IndexerId = indexer.Id,
            IndexerName = indexer.Name,
            AtMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
            Kind = kind,
            Parameters = parameters,
            ResultCount = results,
            Skipped = skipped,
            DurationMs = (long)duration.TotalMilliseconds,
            Outcome = outcome,
            Message = message,
        });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<HistoryEntry>> ListAsync(Guid? indexer, int limit, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var calls = db.History.AsNoTracking();
        if (indexer is { } id)
        {
            calls = calls.Where(c => c.IndexerId == id);
        }

        var rows = await calls.OrderByDescending(c => c.Id).Take(limit).ToListAsync(ct).ConfigureAwait(false);
        return rows.ConvertAll(c => new HistoryEntry(
            c.Id, c.IndexerId, c.IndexerName, DateTimeOffset.FromUnixTimeMilliseconds(c.AtMs), c.Kind, c.Parameters, c.ResultCount, c.Skipped, c.DurationMs, c.Outcome, c.Message));
    }

    /// <summary>Queries and grabs that reached an indexer since a time (those Hearth held back are left out).</summary>
    public async Task<IReadOnlyList<(Guid Indexer, string Kind, DateTimeOffset At)>> CallsSinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        var sinceMs = since.ToUnixTimeMilliseconds();
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.History.AsNoTracking()
            .Where(c => c.AtMs > sinceMs && (c.Kind == "query" || c.Kind == "grab") && c.Outcome != IndexerOutcome.LimitReached && c.Outcome != IndexerOutcome.BackingOff && c.Outcome != IndexerOutcome.Skipped)
            .Select(c => new { c.IndexerId, c.Kind, c.AtMs })
            .ToListAsync(ct).ConfigureAwait(false);
        return rows.ConvertAll(c => (c.IndexerId, c.Kind, DateTimeOffset.FromUnixTimeMilliseconds(c.AtMs)));
    }

    /// <summary>Outcomes of queries, grabs and tests since a time, oldest first (to replay health after a restart).</summary>
    public async Task<IReadOnlyList<(Guid Indexer, IndexerOutcome Outcome, string? Message, DateTimeOffset At)>> OutcomesSinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        var sinceMs = since.ToUnixTimeMilliseconds();
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.History.AsNoTracking()
            .Where(c => c.AtMs > sinceMs && (c.Kind == "query" || c.Kind == "grab" || c.Kind == "test"))
            .OrderBy(c => c.Id)
            .Select(c => new { c.IndexerId, c.Outcome, c.Message, c.AtMs })
            .ToListAsync(ct).ConfigureAwait(false);
        return rows.ConvertAll(c => (c.IndexerId, c.Outcome, c.Message, DateTimeOffset.FromUnixTimeMilliseconds(c.AtMs)));
    }

    public async Task<IReadOnlyDictionary<Guid, IndexerStats>> StatsAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var groups = await db.History.AsNoTracking()
            .GroupBy(c => c.IndexerId)
            .Select(g => new
            {
                IndexerId = g.Key,
                // an indexer not asked (skipped) was not queried
                Queries = g.Count(c => c.Kind == "query" && c.Outcome != IndexerOutcome.Skipped),
                Grabs = g.Count(c => c.Kind == "grab"),
                // Hearth holding a call back, or not asking at all, is not the indexer failing
                Failures = g.Count(c => c.Outcome != IndexerOutcome.Ok && c.Outcome != IndexerOutcome.LimitReached && c.Outcome != IndexerOutcome.BackingOff && c.Outcome != IndexerOutcome.Skipped),
                AverageDurationMs = g.Where(c => c.Kind == "query" && c.Outcome == IndexerOutcome.Ok).Average(c => (double?)c.DurationMs),
                AverageResults = g.Where(c => c.Kind == "query" && c.Outcome == IndexerOutcome.Ok).Average(c => (double?)c.ResultCount),
                LastQueryMs = g.Where(c => c.Kind == "query" && c.Outcome != IndexerOutcome.Skipped).Max(c => (long?)c.AtMs),
            })
            .ToListAsync(ct).ConfigureAwait(false);
        return groups.ToDictionary(
            g => g.IndexerId,
            g => new IndexerStats(
                g.IndexerId, g.Queries, g.Grabs, g.Failures,
                g.AverageDurationMs is { } duration ? Math.Round(duration, 1) : 0,
                g.AverageResults is { } results ? Math.Round(results, 1) : 0,
                g.LastQueryMs is { } last ? DateTimeOffset.FromUnixTimeMilliseconds(last) : null));
    }

    /// <summary>Drops entries older than the retention and all but the newest rows past the count limit.</summary>
    public async Task<int> PruneAsync(CancellationToken ct)
    {
        var o = options.Value;
        var cutoff = (time.GetUtcNow() - o.HistoryRetention).ToUnixTimeMilliseconds();
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var pruned = await db.History.Where(c => c.AtMs < cutoff).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        var newestDropped = await db.History.OrderByDescending(c => c.Id).Skip(o.HistoryMaxRows).Select(c => (long?)c.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (newestDropped is { } last)
        {
            pruned += await db.History.Where(c => c.Id <= last).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        }

        return pruned;
    }

    public async Task DeleteIndexerAsync(Guid indexer, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await db.History.Where(c => c.IndexerId == indexer).ExecuteDeleteAsync(ct).ConfigureAwait(false);
    }
}
