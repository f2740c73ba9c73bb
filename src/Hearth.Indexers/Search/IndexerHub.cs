using System.Diagnostics;
using System.Globalization;
using Hearth.Core.Indexers;
using Hearth.Indexers.Definitions;
using Hearth.Indexers.History;
using Hearth.Indexers.Limits;
using Hearth.Indexers.Newznab;
using Hearth.Indexers.Results;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Indexers.Search;

/// <summary>
/// Searches every enabled indexer at once (within the global concurrency limit), each with only what it
/// supports, pages until the window is covered, records each request, and merges the answers.
/// </summary>
public sealed class IndexerHub(
    IndexerStore store,
    NewznabClient client,
    IndexerLimiter limiter,
    HistoryStore history,
    IOptions<IndexerOptions> options,
    ILogger<IndexerHub> logger) : IReleaseSearch
{
    public async Task<ReleaseSearchResult> SearchAsync(ReleaseQuery query, CancellationToken cancellationToken)
    {
        var indexers = (await store.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(i => i.Enabled && (query.Indexers is null || query.Indexers.Contains(i.Id)))
            .ToList();
        var answers = await Task.WhenAll(indexers.Select(i => SearchOneAsync(i, query, cancellationToken))).ConfigureAwait(false);
        var ordered = indexers.Zip(answers)
            .OrderBy(pair => pair.First.Priority)
            .SelectMany(pair => pair.Second.Releases.OrderByDescending(r => r.Seeders ?? -1).ThenByDescending(r => r.PublishDate));
        var merged = Deduplicator.Deduplicate(ordered);
        merged.Sort((a, b) => Nullable.Compare(b.PublishDate, a.PublishDate));
        return new ReleaseSearchResult(merged, answers.Select(a => a.Outcome).ToList());
    }

    private sealed record Answer(IReadOnlyList<IndexerRelease> Releases, IndexerSearchOutcome Outcome);

    private async Task<Answer> SearchOneAsync(IndexerDefinition indexer, ReleaseQuery query, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        if (indexer.Caps is null)
        {
            return Skip(indexer, "The indexer has no capabilities yet: test it first.");
        }

        var plan = QueryBuilder.Build(query, indexer.Caps, indexer.Categories);
        if (plan is null)
        {
            return Skip(indexer, "The indexer supports neither the ids given nor a text search for this query, or none of its categories match.");
        }

        var protocol = indexer.Kind == IndexerKind.Newznab ? ReleaseProtocol.Usenet : ReleaseProtocol.Torrent;
        var releases = new List<IndexerRelease>();
        var skipped = 0;
        var pageSize = Math.Clamp(Math.Min(query.Limit, indexer.Caps.LimitMax ?? 100), 1, 1000);
        var offset = Math.Max(0, query.Offset);
        var end = offset + Math.Max(1, query.Limit);
        var outcome = IndexerOutcome.Ok;
        string? message = null;
        for (var page = 0; page < options.Value.MaxPages && offset < end; page++)
        {
            var pageStarted = Stopwatch.GetTimestamp();
            var asked = Math.Min(pageSize, end - offset);
            var parameters = plan.Parameters.Append(new("offset", offset.ToString(CultureInfo.InvariantCulture)))
                .Append(new("limit", asked.ToString(CultureInfo.InvariantCulture)))
                .Append(new("extended", "1"))
                .ToList();
            var described = string.Join('&', parameters.Select(p => p.Key + "=" + p.Value));
            try
            {
                limiter.Acquire(indexer.Id, indexer.Limits, LimitedCall.Query);
                var parsed = await client.QueryAsync(indexer.Connection, parameters, ct).ConfigureAwait(false);
                limiter.Succeeded(indexer.Id);
                await history.RecordAsync(indexer, "query", described, parsed.Items.Count, parsed.Skipped, Stopwatch.GetElapsedTime(pageStarted), IndexerOutcome.Ok, plan.FellBackToText ? "ids not supported: searched by text" : null, ct).ConfigureAwait(false);
                releases.AddRange(parsed.Items.Select(r => r with { IndexerId = indexer.Id, IndexerName = indexer.Name, Protocol = protocol }));
                skipped += parsed.Skipped;
                var got = parsed.Items.Count + parsed.Skipped;
                offset += got;
                if (got < asked || (parsed.Total is { } total && offset >= total))
                {
                    break;
                }
            }
            catch (IndexerException e)
            {
                limiter.Failed(indexer.Id, e);
                outcome = e.Kind;
                message = e.Message;
                logger.LogWarning("Indexer {Indexer}: {Kind} ({Message})", indexer.Name, e.Kind, e.Message);
                await history.RecordAsync(indexer, "query", described, 0, 0, Stopwatch.GetElapsedTime(pageStarted), outcome, e.Message, ct).ConfigureAwait(false);
                break;
            }
        }

        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return new Answer(releases, new IndexerSearchOutcome(indexer.Id, indexer.Name, outcome, releases.Count, skipped, elapsed, message ?? (plan.FellBackToText ? "ids not supported: searched by text" : null)));
    }

    private static Answer Skip(IndexerDefinition indexer, string why) =>
        new([], new IndexerSearchOutcome(indexer.Id, indexer.Name, IndexerOutcome.Skipped, 0, 0, 0, why));
}
