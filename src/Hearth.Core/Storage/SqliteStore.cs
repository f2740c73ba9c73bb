using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hearth.Core.Storage;

/// <summary>How every SQLite store of Hearth is opened: pooled connections, WAL, a busy timeout.</summary>
public static class SqliteStore
{
    public static string ConnectionString(string file) => new SqliteConnectionStringBuilder
    {
        DataSource = file,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public static DbContextOptionsBuilder UseHearthSqlite(this DbContextOptionsBuilder options, string file) =>
        options.UseSqlite(ConnectionString(file)).AddInterceptors(ConnectionPragmas.Instance);

    /// <summary>Applies migrations and switches the file to WAL, so readers never wait for the writer.</summary>
    public static async Task MigrateAsync(DbContext db, CancellationToken cancellationToken)
    {
        var file = db.Database.GetDbConnection().DataSource;
        var folder = Path.GetDirectoryName(file);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        OwnerOnly(file);

        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Makes the store file owner-only (0600), creating it so when missing: it holds password hashes, session
    /// hashes and history. SQLite gives its -wal and -shm files the same mode as the database file.
    /// </summary>
    public static void OwnerOnly(string file)
    {
        if (OperatingSystem.IsWindows() || string.IsNullOrEmpty(file) || file == ":memory:")
        {
            return;
        }

        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (!File.Exists(file))
        {
            using (new FileStream(file, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = mode }))
            {
            }
        }

        File.SetUnixFileMode(file, mode);
        foreach (var companion in new[] { file + "-wal", file + "-shm" })
        {
            if (File.Exists(companion))
            {
                File.SetUnixFileMode(companion, mode);
            }
        }
    }

    // Per-connection settings SQLite does not keep in the file, set once per native connection: the pool hands the
    // same one out again with its settings, and running them on every open cost a statement per query.
    private sealed class ConnectionPragmas : DbConnectionInterceptor
    {
        public static readonly ConnectionPragmas Instance = new();

        private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=ON;";

        private static readonly ConditionalWeakTable<object, object> Prepared = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            if (Fresh(connection))
            {
                using var command = connection.CreateCommand();
                command.CommandText = Pragmas;
                command.ExecuteNonQuery();
            }
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (Fresh(connection))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = Pragmas;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        // the native handle outlives the pooled SqliteConnection objects that wrap it
        private static bool Fresh(DbConnection connection) =>
            connection is not SqliteConnection { Handle: { } handle } || Prepared.TryAdd(handle, handle);
    }
}
