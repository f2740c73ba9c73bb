using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hearth.Core.Storage;

/// <summary>
/// Inserts new rows with one prepared statement per table, through the model's own columns, type mappings and
/// value conversions: what EF's SaveChanges would write, without its change tracker, which costs a few hundred
/// microseconds a row (most of the time it takes to list a new library of 10,000 films). The rows are not tracked:
/// a caller inserts each once, parents before children, inside its own transaction when it has one.
/// </summary>
public static class RowInserter
{
    public static async Task InsertAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties().Where(p => !p.IsShadowProperty())
            .Select(p => (Property: p, Name: p.GetColumnName(table), Mapping: (RelationalTypeMapping)p.GetTypeMapping(), Getter: p.GetGetter()))
            .Where(c => c.Name is not null).ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var names = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name!)));
        var values = string.Join(", ", columns.Select((_, i) => "$p" + i));

        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({names}) VALUES ({values})";
            foreach (var row in rows)
            {
                // the mapping makes each parameter as SaveChanges would: converted, typed, nullable or not
                command.Parameters.Clear();
                for (var i = 0; i < columns.Length; i++)
                {
                    var (property, _, mapping, getter) = columns[i];
                    command.Parameters.Add(mapping.CreateParameter(command, "$p" + i, getter.GetClrValue(row), property.IsNullable));
                }

                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
