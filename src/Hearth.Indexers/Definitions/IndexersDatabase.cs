using Hearth.Core.Paths;
using Hearth.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Hearth.Indexers.Definitions;

/// <summary>
/// The indexers store: a small SQLite file (indexers.db) with two tables, kept in plain SQL with numbered
/// steps in <c>PRAGMA user_version</c> — EF Core would add a model and generated migrations for two tables.
/// </summary>
public sealed class IndexersDatabase(DataFolder data)
{
    private static readonly string[] Steps =
    [
        """
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
        """,
    ];

    private readonly string connectionString = SqliteStore.ConnectionString(data.IndexersDatabase);

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
        await pragmas.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return connection;
    }

    public async Task MigrateAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(data.IndexersDatabase)!);
        // indexer API keys live here
        SqliteStore.OwnerOnly(data.IndexersDatabase);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await using var version = connection.CreateCommand();
        version.CommandText = "PRAGMA user_version;";
        var current = Convert.ToInt32(await version.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        for (var step = current; step < Steps.Length; step++)
        {
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.Transaction = (SqliteTransaction)transaction;
            command.CommandText = Steps[step] + $"\nPRAGMA user_version = {step + 1};";
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }
    }
}
