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
/// supports, pages until the window is covered, records each request, and merges the answers. An indexer that
/// cannot search by the ids a query gives is asked by the title they name (<see cref="IdTitles"/>, resolved once per
/// search), and keeps only the releases of the asked numbering; one that cannot be asked at all is recorded as
/// skipped, with why.
/// </summary>
public sealed class IndexerHub(
    IndexerStore store,
    NewznabClient client,
    IndexerLimiter limiter,
    HistoryStore history,
    IdTitles titles,
    IOptions<IndexerOptions> options,
    ILogger<IndexerHub> logger) : IReleaseSearch
{
    public async Task<ReleaseSearchResult> SearchAsync(ReleaseQuery query, CancellationToken cancellationToken)
    {
        var indexers = (await store.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(i => i.Enabled && (query.Indexers is null || query.Indexers.Contains(i.Id)))
            .ToList();
        var resolution = IdTitles.NeedsTitle(query) ? new Lazy<Task<IdTitle>>(() => titles.ResolveAsync(query, cancellationToken)) : null;
        var answers = await Task.WhenAll(indexers.Select(i => SearchOneAsync(i, query, resolution, cancellationToken))).ConfigureAwait(false);
        var ordered = indexers.Zip(answers)
            .OrderBy(pair => pair.First.Priority)
            .SelectMany(pair => pair.Second.Releases.OrderByDescending(r => r.Seeders ?? -1).ThenByDescending(r => r.PublishDate));
        var merged = Deduplicator.Deduplicate(ordered);
        merged.Sort((a, b) => Nullable.Compare(b.PublishDate, a.PublishDate));
        return new ReleaseSearchResult(merged, answers.Select(a => a.Outcome).ToList());
    }

    private sealed record Answer(IReadOnlyList<IndexerRelease> Releases, IndexerSearchOutcome Outcome);

    private async Task<Answer> SearchOneAsync(IndexerDefinition indexer, ReleaseQuery query, Lazy<Task<IdTitle>>? resolution, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        if (indexer.Caps is null)
        {
            return await SkipAsync(indexer, query, "The indexer has no capabilities yet: test it first.", ct).ConfigureAwait(false);
        }

        var plan = QueryBuilder.Build(query, indexer.Caps, indexer.Categories);
        IdTitle? resolved = null;
        if (plan is null && resolution is not null)
        {
            // the ids are none this indexer takes: ask it by the title they name
            resolved = await resolution.Value.ConfigureAwait(false);
            if (!resolved.Found)
            {
                return await SkipAsync(indexer, query, $"The indexer cannot search by these ids, and they could not be turned into a title to search by: {resolved.Why}.", ct).ConfigureAwait(false);
            }

            var year = query.Kind == SearchKind.Movie ? query.Year ?? resolved.Year : query.Year;
            plan = QueryBuilder.Build(query with { Text = resolved.Title, Year = year }, indexer.Caps, indexer.Categories);
        }

        if (plan is null)
        {
            return await SkipAsync(indexer, query, "The indexer supports neither the ids given nor a text search for this query, or none of its categories match.", ct).ConfigureAwait(false);
        }

        var protocol = indexer.Kind == IndexerKind.Newznab ? ReleaseProtocol.Usenet : ReleaseProtocol.Torrent;
        var releases = new List<IndexerRelease>();
        var skipped = 0;
        var pageSize = Math.Clamp(Math.Min(query.Limit, indexer.Caps.LimitMax ?? 100), 1, 1000);
        var offset = Math.Max(0, query.Offset);
        var end = offset + Math.Max(1, query.Limit);
        var outcome = IndexerOutcome.Ok;
        string? message = null;
        string? note = plan.FellBackToText ? "ids not supported: searched by text" : null;
        var otherNumbering = 0;
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
                // a text search matches words: keep the asked episode, season or year
                var kept = resolved is null ? parsed.Items : [.. parsed.Items.Where(r => ReleaseNumbering.Matches(r.Title, query, resolved.Year))];
                otherNumbering += parsed.Items.Count - kept.Count;
                note = resolved is null
                    ? plan.FellBackToText ? "ids not supported: searched by text" : null
                    : $"ids not supported: searched by the title they name, {resolved}; {otherNumbering} release(s) of other numbering left out";
                await history.RecordAsync(indexer, "query", described, kept.Count, parsed.Skipped, Stopwatch.GetElapsedTime(pageStarted), IndexerOutcome.Ok, note, ct).ConfigureAwait(false);
                releases.AddRange(kept.Select(r => r with { IndexerId = indexer.Id, IndexerName = indexer.Name, Protocol = protocol }));
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
        return new Answer(releases, new IndexerSearchOutcome(indexer.Id, indexer.Name, outcome, releases.Count, skipped, elapsed, message ?? note));
    }

    // a skip is never silent: the history says which indexer was not asked and why
    private async Task<Answer> SkipAsync(IndexerDefinition indexer, ReleaseQuery query, string why, CancellationToken ct)
    {
        await history.RecordAsync(indexer, "query", Describe(query), 0, 0, TimeSpan.Zero, IndexerOutcome.Skipped, why, ct).ConfigureAwait(false);
        return new([], new IndexerSearchOutcome(indexer.Id, indexer.Name, IndexerOutcome.Skipped, 0, 0, 0, why));
    }

    /// <summary>The query as it was asked, for the history of an indexer that was not asked.</summary>
    private static string Describe(ReleaseQuery q)
    {
        var parts = new List<string> { "t=" + (q.Kind switch { SearchKind.Tv => "tvsearch", SearchKind.Movie => "movie", _ => "search" }) };
        void Add(string name, object? value)
        {
            if (value is not null && !(value is string text && string.IsNullOrWhiteSpace(text)))
            {
                parts.Add(name + "=" + Convert.ToString(value, CultureInfo.InvariantCulture));
            }
        }

        Add("q", q.Text);
        Add("tvdbid", q.TvdbId);
        Add("tvmazeid", q.TvMazeId);
        Add("imdbid", q.ImdbId);
        Add("tmdbid", q.TmdbId);
        Add("season", q.Season);
        Add("ep", q.Episode);
        Add("year", q.Year);
        if (q.Categories.Count > 0)
        {
            parts.Add("cat=" + string.Join(',', q.Categories.Select(c => c.ToString(CultureInfo.InvariantCulture))));
        }

        return string.Join('&', parts);
    }
}
