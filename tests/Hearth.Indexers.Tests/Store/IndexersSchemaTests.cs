using Hearth.Core.Indexers;
using Hearth.Indexers.Definitions;
using Hearth.Indexers.Limits;
using Microsoft.Data.Sqlite;

namespace Hearth.Indexers.Tests.Store;

/// <summary>The EF Core store, and its adoption of an indexers.db made by the plain-SQL store that came before it.</summary>
public sealed class IndexersSchemaTests
{
    // The plain-SQL store's one step, as it shipped: it ran this and set PRAGMA user_version = 1.
    private const string PlainSqlSchema = """
        CREATE TABLE indexers (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            url TEXT NOT NULL,
            api_key TEXT NOT NULL,
            categories TEXT NOT NULL,
            priority INTEGER NOT NULL,
            tags TEXT NOT NULL,
            enabled INTEGER NOT NULL,
            proxy TEXT NULL,
            limits TEXT NOT NULL,
            caps TEXT NULL,
            created_ms INTEGER NOT NULL,
            updated_ms INTEGER NOT NULL);
        CREATE TABLE history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            indexer_id TEXT NOT NULL,
            indexer_name TEXT NOT NULL,
            at_ms INTEGER NOT NULL,
            kind TEXT NOT NULL,
            parameters TEXT NOT NULL,
            result_count INTEGER NOT NULL,
            skipped INTEGER NOT NULL,
            duration_ms INTEGER NOT NULL,
            outcome TEXT NOT NULL,
            message TEXT NULL);
        CREATE INDEX history_indexer_at ON history (indexer_id, at_ms);
        CREATE INDEX history_at ON history (at_ms);
        PRAGMA user_version = 1;
        """;

    private static readonly Guid Tracker = Guid.Parse("0b7c5a1e-3f2d-4c6b-9a8e-1d2c3b4a5f60");
    private static readonly Guid Usenet = Guid.Parse("f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9");

    // rows as the plain-SQL store wrote them: lower-case ids, JSON columns, the outcome words
    private const string OldRows = """
        INSERT INTO indexers VALUES ('0b7c5a1e-3f2d-4c6b-9a8e-1d2c3b4a5f60', 'Tracker', 'torznab', 'http://127.0.0.1:9/torznab', 'tracker-key',
            '[2000,5000]', 10, '["movies"]', 1, NULL, '{"queriesPerHour":5,"queriesPerDay":null,"grabsPerHour":null,"grabsPerDay":2}',
            '{"serverTitle":"Old","limitMax":100,"limitDefault":50,"modes":{},"categories":[]}', 1764158400000, 1764158460000);
        INSERT INTO indexers VALUES ('f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9', 'Usenet', 'newznab', 'http://127.0.0.1:9/newznab', 'usenet-key',
            '[]', 25, '[]', 0, 'socks5://127.0.0.1:1080', '{}', NULL, 1764158400000, 1764158400000);
        INSERT INTO history (indexer_id, indexer_name, at_ms, kind, parameters, result_count, skipped, duration_ms, outcome, message) VALUES
            ('0b7c5a1e-3f2d-4c6b-9a8e-1d2c3b4a5f60', 'Tracker', 1764158400000, 'query', 't=search&q=a', 10, 1, 100, 'ok', NULL),
            ('0b7c5a1e-3f2d-4c6b-9a8e-1d2c3b4a5f60', 'Tracker', 1764158401000, 'query', 't=search&q=b', 0, 0, 30000, 'timeout', 'slow'),
            ('0b7c5a1e-3f2d-4c6b-9a8e-1d2c3b4a5f60', 'Tracker', 1764158402000, 'query', 't=search&q=c', 0, 0, 0, 'limitReached', 'held'),
            ('f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9', 'Usenet', 1764158403000, 'grab', 'id=1', 1, 0, 50, 'rateLimited', 'slow down');
        """;

    [Fact]
    public async Task Migrate_FileFromThePlainSqlStore_KeepsEveryRow()
    {
        await using var hub = await Hub.StartAsync(beforeMigrate: file => ExecuteAsync(file, PlainSqlSchema + OldRows));

        var indexers = await hub.Store.ListAsync(CancellationToken.None);
        Assert.Equal([Tracker, Usenet], indexers.Select(i => i.Id));
        var tracker = indexers[0];
        Assert.Equal(("Tracker", IndexerKind.Torznab, "http://127.0.0.1:9/torznab", "tracker-key", 10, true), (tracker.Name, tracker.Kind, tracker.Url, tracker.ApiKey, tracker.Priority, tracker.Enabled));
        Assert.Equal([2000, 5000], tracker.Categories);
        Assert.Equal(["movies"], tracker.Tags);
        Assert.Equal(new IndexerLimits(5, null, null, 2), tracker.Limits);
        Assert.Equal(("Old", 100), (tracker.Caps?.ServerTitle, tracker.Caps?.LimitMax));
        Assert.Equal((1764158400000, 1764158460000), (tracker.CreatedMs, tracker.UpdatedMs));
        var usenet = indexers[1];
        Assert.Equal((IndexerKind.Newznab, false, "socks5://127.0.0.1:1080", null), (usenet.Kind, usenet.Enabled, usenet.Proxy, usenet.Caps));

        var history = await hub.History.ListAsync(null, 10, CancellationToken.None);
        Assert.Equal([IndexerOutcome.RateLimited, IndexerOutcome.LimitReached, IndexerOutcome.Timeout, IndexerOutcome.Ok], history.Select(h => h.Outcome));
        Assert.Equal((Usenet, "grab", "id=1", "slow down"), (history[0].IndexerId, history[0].Kind, history[0].Parameters, history[0].Message));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764158400000), history[^1].At);
        var stats = (await hub.History.StatsAsync(CancellationToken.None))[Tracker];
        Assert.Equal((3, 0, 1, 100.0, 10.0), (stats.Queries, stats.Grabs, stats.Failures, stats.AverageDurationMs, stats.AverageResults));

        Assert.Equal(["Initial"], (await QueryAsync(hub.Data.IndexersDatabase, "SELECT MigrationId FROM __EFMigrationsHistory")).Select(id => id[(id.IndexOf('_') + 1)..]));
    }

    [Fact]
    public async Task Migrate_AdoptedFile_TakesNewRowsAndChangesAndAdoptsOnlyOnce()
    {
        await using var hub = await Hub.StartAsync(beforeMigrate: file => ExecuteAsync(file, PlainSqlSchema + OldRows));
        var tracker = (await hub.Store.GetAsync(Tracker, CancellationToken.None))!;

        await hub.Store.SaveAsync(tracker with { Name = "Renamed", CreatedMs = 1, UpdatedMs = 1764200000000 }, CancellationToken.None);
        await hub.History.RecordAsync(tracker, "test", "t=caps", 3, 0, TimeSpan.FromMilliseconds(20), IndexerOutcome.Ok, null, CancellationToken.None);
        await hub.MigrateAsync();

        var saved = (await hub.Store.GetAsync(Tracker, CancellationToken.None))!;
        Assert.Equal(("Renamed", 1764158400000, 1764200000000), (saved.Name, saved.CreatedMs, saved.UpdatedMs));
        var newest = (await hub.History.ListAsync(Tracker, 1, CancellationToken.None))[0];
        Assert.Equal((5L, "test"), (newest.Id, newest.Kind));
        Assert.Single(await QueryAsync(hub.Data.IndexersDatabase, "SELECT MigrationId FROM __EFMigrationsHistory"));
    }

    [Fact]
    public async Task Migrate_NewFile_HasTheSameTablesAndIndexesAsThePlainSqlStore()
    {
        await using var hub = await Hub.StartAsync();
        using var folder = new Hearth.Testing.TempFolder();
        var old = folder.Combine("old.db");
        await ExecuteAsync(old, PlainSqlSchema);

        foreach (var table in new[] { "indexers", "history" })
        {
            // the one difference: the old `id TEXT PRIMARY KEY` takes NULL (an SQLite quirk), the migration's key does not;
            // no row ever had a null id, so an adopted file is read alike
            var columns = $"SELECT name || ' ' || type || ' ' || (\"notnull\" OR pk > 0) || ' ' || pk FROM pragma_table_info('{table}') ORDER BY cid";
            Assert.Equal(await QueryAsync(old, columns), await QueryAsync(hub.Data.IndexersDatabase, columns));
        }

        const string Indexes = "SELECT il.name || ':' || (SELECT group_concat(name, ',') FROM pragma_index_info(il.name)) FROM pragma_index_list('history') il WHERE il.origin = 'c' ORDER BY il.name";
        Assert.Equal(["history_at:at_ms", "history_indexer_at:indexer_id,at_ms"], await QueryAsync(hub.Data.IndexersDatabase, Indexes));
        Assert.Equal(await QueryAsync(old, Indexes), await QueryAsync(hub.Data.IndexersDatabase, Indexes));
    }

    [Fact]
    public async Task Record_Outcome_IsStoredAsTheWordTheHistoryHasAlwaysHeld()
    {
        await using var hub = await Hub.StartAsync();
        var indexer = new IndexerDefinition { Id = Tracker, Name = "Tracker", Url = "http://127.0.0.1/x", ApiKey = "k" };

        foreach (var outcome in new[] { IndexerOutcome.Ok, IndexerOutcome.RateLimited, IndexerOutcome.LimitReached, IndexerOutcome.BackingOff, IndexerOutcome.NotTorznab })
        {
            await hub.History.RecordAsync(indexer, "query", "q", 0, 0, TimeSpan.Zero, outcome, null, CancellationToken.None);
        }

        Assert.Equal(
            ["ok", "rateLimited", "limitReached", "backingOff", "notTorznab"],
            await QueryAsync(hub.Data.IndexersDatabase, "SELECT outcome FROM history ORDER BY id"));
        Assert.Equal([Tracker.ToString()], await QueryAsync(hub.Data.IndexersDatabase, "SELECT DISTINCT indexer_id FROM history"));
    }

    [Fact]
    public async Task Migrate_PlainSqlVersionItDoesNotKnow_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Hub.StartAsync(beforeMigrate: file => ExecuteAsync(file, PlainSqlSchema + "PRAGMA user_version = 2;")));
    }

    private static async Task ExecuteAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> QueryAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
