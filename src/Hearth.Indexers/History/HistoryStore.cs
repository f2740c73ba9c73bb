using Hearth.Indexers.Definitions;
using Microsoft.Data.Sqlite;
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
    string Outcome,
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
public sealed class HistoryStore(IndexersDatabase database, TimeProvider time, IOptions<IndexerOptions> options)
{
    public const string Ok = "ok";

    public async Task RecordAsync(IndexerDefinition indexer, string kind, string parameters, int results, int skipped, TimeSpan duration, string outcome, string? message, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO history (indexer_id, indexer_name, at_ms, kind, parameters, result_count, skipped, duration_ms, outcome, message)
            VALUES ($indexer, $name, $at, $kind, $parameters, $results, $skipped, $duration, $outcome, $message)
            """;
        var p = command.Parameters;
        p.AddWithValue("$indexer", indexer.Id.ToString());
        p.AddWithValue("$name", indexer.Name);
        p.AddWithValue("$at", time.GetUtcNow().ToUnixTimeMilliseconds());
        p.AddWithValue("$kind", kind);
        p.AddWithValue("$parameters", parameters);
        p.AddWithValue("$results", results);
        p.AddWithValue("$skipped", skipped);
        p.AddWithValue("$duration", (long)duration.TotalMilliseconds);
        p.AddWithValue("$outcome", outcome);
        p.AddWithValue("$message", (object?)message ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<HistoryEntry>> ListAsync(Guid? indexer, int limit, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, indexer_id, indexer_name, at_ms, kind, parameters, result_count, skipped, duration_ms, outcome, message FROM history "
            + (indexer is null ? string.Empty : "WHERE indexer_id = $indexer ") + "ORDER BY id DESC LIMIT $limit";
        if (indexer is { } id)
        {
            command.Parameters.AddWithValue("$indexer", id.ToString());
        }

        command.Parameters.AddWithValue("$limit", limit);
        var list = new List<HistoryEntry>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            list.Add(new HistoryEntry(
                reader.GetInt64(0), Guid.Parse(reader.GetString(1)), reader.GetString(2), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                reader.GetString(4), reader.GetString(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt64(8), reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetString(10)));
        }

        return list;
    }

    /// <summary>Queries and grabs that reached an indexer since a time (those Hearth held back are left out).</summary>
    public async Task<IReadOnlyList<(Guid Indexer, string Kind, DateTimeOffset At)>> CallsSinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT indexer_id, kind, at_ms FROM history WHERE at_ms > $since AND kind IN ('query', 'grab') AND outcome NOT IN ('limitReached', 'backingOff')";
        command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        var calls = new List<(Guid, string, DateTimeOffset)>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            calls.Add((Guid.Parse(reader.GetString(0)), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2))));
        }

        return calls;
    }

    /// <summary>Outcomes of queries, grabs and tests since a time, oldest first (to replay health after a restart).</summary>
    public async Task<IReadOnlyList<(Guid Indexer, string Outcome, string? Message, DateTimeOffset At)>> OutcomesSinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT indexer_id, outcome, message, at_ms FROM history WHERE at_ms > $since AND kind IN ('query', 'grab', 'test') ORDER BY id";
        command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        var outcomes = new List<(Guid, string, string?, DateTimeOffset)>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            outcomes.Add((Guid.Parse(reader.GetString(0)), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))));
        }

        return outcomes;
    }

    public async Task<IReadOnlyDictionary<Guid, IndexerStats>> StatsAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT indexer_id,
                   SUM(kind = 'query'), SUM(kind = 'grab'), SUM(outcome <> 'ok' AND outcome NOT IN ('limitReached', 'backingOff')),
                   AVG(CASE WHEN kind = 'query' AND outcome = 'ok' THEN duration_ms END),
                   AVG(CASE WHEN kind = 'query' AND outcome = 'ok' THEN result_count END),
                   MAX(CASE WHEN kind = 'query' THEN at_ms END)
            FROM history GROUP BY indexer_id
            """;
        var stats = new Dictionary<Guid, IndexerStats>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var id = Guid.Parse(reader.GetString(0));
            stats[id] = new IndexerStats(
                id, reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? 0 : Math.Round(reader.GetDouble(4), 1),
                reader.IsDBNull(5) ? 0 : Math.Round(reader.GetDouble(5), 1),
                reader.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)));
        }

        return stats;
    }

    /// <summary>Drops entries older than the retention and all but the newest rows past the count limit.</summary>
    public async Task<int> PruneAsync(CancellationToken ct)
    {
        var o = options.Value;
        var cutoff = (time.GetUtcNow() - o.HistoryRetention).ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM history WHERE at_ms < $cutoff;
            DELETE FROM history WHERE id <= (SELECT id FROM history ORDER BY id DESC LIMIT 1 OFFSET $keep);
            """;
        command.Parameters.AddWithValue("$cutoff", cutoff);
        command.Parameters.AddWithValue("$keep", o.HistoryMaxRows);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public async Task DeleteIndexerAsync(Guid indexer, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "DELETE FROM history WHERE indexer_id = $indexer";
        command.Parameters.AddWithValue("$indexer", indexer.ToString());
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
