using System.Text.Json;
using Hearth.Indexers.Caps;
using Hearth.Indexers.Limits;
using Microsoft.Data.Sqlite;

namespace Hearth.Indexers.Definitions;

/// <summary>Reads and writes indexer definitions; lists and caps are kept as JSON columns.</summary>
public sealed class IndexerStore(IndexersDatabase database)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Columns = "id, name, kind, url, api_key, categories, priority, tags, enabled, proxy, limits, caps, created_ms, updated_ms";

    public async Task<IReadOnlyList<IndexerDefinition>> ListAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM indexers ORDER BY priority, name";
        return await ReadAllAsync(command, ct).ConfigureAwait(false);
    }

    public async Task<IndexerDefinition?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM indexers WHERE id = $id";
        command.Parameters.AddWithValue("$id", id.ToString());
        return (await ReadAllAsync(command, ct).ConfigureAwait(false)).FirstOrDefault();
    }

    public async Task SaveAsync(IndexerDefinition definition, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO indexers ({Columns}) VALUES ($id, $name, $kind, $url, $key, $categories, $priority, $tags, $enabled, $proxy, $limits, $caps, $created, $updated)
            ON CONFLICT(id) DO UPDATE SET name = $name, kind = $kind, url = $url, api_key = $key, categories = $categories, priority = $priority,
                tags = $tags, enabled = $enabled, proxy = $proxy, limits = $limits, caps = $caps, updated_ms = $updated
            """;
        var p = command.Parameters;
        p.AddWithValue("$id", definition.Id.ToString());
        p.AddWithValue("$name", definition.Name);
        p.AddWithValue("$kind", definition.Kind.ToString().ToLowerInvariant());
        p.AddWithValue("$url", definition.Url);
        p.AddWithValue("$key", definition.ApiKey);
        p.AddWithValue("$categories", JsonSerializer.Serialize(definition.Categories, Json));
        p.AddWithValue("$priority", definition.Priority);
        p.AddWithValue("$tags", JsonSerializer.Serialize(definition.Tags, Json));
        p.AddWithValue("$enabled", definition.Enabled ? 1 : 0);
        p.AddWithValue("$proxy", (object?)definition.Proxy ?? DBNull.Value);
        p.AddWithValue("$limits", JsonSerializer.Serialize(definition.Limits, Json));
        p.AddWithValue("$caps", definition.Caps is null ? DBNull.Value : JsonSerializer.Serialize(definition.Caps, Json));
        p.AddWithValue("$created", definition.CreatedMs);
        p.AddWithValue("$updated", definition.UpdatedMs);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM indexers WHERE id = $id";
        command.Parameters.AddWithValue("$id", id.ToString());
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) > 0;
    }

    private static async Task<IReadOnlyList<IndexerDefinition>> ReadAllAsync(SqliteCommand command, CancellationToken ct)
    {
        var list = new List<IndexerDefinition>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            list.Add(new IndexerDefinition
            {
                Id = Guid.Parse(reader.GetString(0)),
                Name = reader.GetString(1),
                Kind = Enum.Parse<IndexerKind>(reader.GetString(2), ignoreCase: true),
                Url = reader.GetString(3),
                ApiKey = reader.GetString(4),
                Categories = JsonSerializer.Deserialize<int[]>(reader.GetString(5), Json) ?? [],
                Priority = reader.GetInt32(6),
                Tags = JsonSerializer.Deserialize<string[]>(reader.GetString(7), Json) ?? [],
                Enabled = reader.GetInt32(8) != 0,
                Proxy = reader.IsDBNull(9) ? null : reader.GetString(9),
                Limits = JsonSerializer.Deserialize<IndexerLimits>(reader.GetString(10), Json) ?? new(null, null, null, null),
                Caps = reader.IsDBNull(11) ? null : JsonSerializer.Deserialize<IndexerCaps>(reader.GetString(11), Json),
                CreatedMs = reader.GetInt64(12),
                UpdatedMs = reader.GetInt64(13),
            });
        }

        return list;
    }
}
