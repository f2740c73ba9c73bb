using System.Globalization;
using Hearth.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hearth.Indexers.Store;

/// <summary>
/// Brings indexers.db up to date. Before EF Core the store was plain SQL whose one step, recorded as
/// <c>PRAGMA user_version = 1</c>, made the same tables and indexes as the Initial migration. Such a file is
/// adopted as it is: the Initial migration is recorded as applied (a baseline) instead of run, so no row is
/// touched, and later migrations apply to it like to any other.
/// </summary>
public static class IndexersSchema
{
    /// <summary>The last <c>user_version</c> the plain-SQL store wrote; its schema is the Initial migration's.</summary>
    internal const int PlainSqlVersion = 1;

    public static async Task MigrateAsync(IndexersDb db, CancellationToken ct)
    {
        if (File.Exists(db.Database.GetDbConnection().DataSource))
        {
            await AdoptPlainSqlAsync(db, ct).ConfigureAwait(false);
        }

        await SqliteStore.MigrateAsync(db, ct).ConfigureAwait(false);
    }

    /// <summary>Records the Initial migration as applied to a file the plain-SQL store made; false when there was none to adopt.</summary>
    /// <exception cref="InvalidOperationException">The file has a plain-SQL version this Hearth does not know.</exception>
    internal static async Task<bool> AdoptPlainSqlAsync(IndexersDb db, CancellationToken ct)
    {
        var history = db.GetService<IHistoryRepository>();
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            var version = await UserVersionAsync(db, ct).ConfigureAwait(false);
            if (version == 0 || await history.ExistsAsync(ct).ConfigureAwait(false))
            {
                return false;
            }

            if (version != PlainSqlVersion)
            {
                throw new InvalidOperationException(
                    $"{db.Database.GetDbConnection().DataSource} has plain-SQL schema version {version}; this Hearth knows only version {PlainSqlVersion}, so it leaves the file alone.");
            }

            var initial = db.Database.GetMigrations().First();
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), ct).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(initial, ProductInfo.GetVersion())), ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return true;
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task<long> UserVersionAsync(IndexersDb db, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }
}
