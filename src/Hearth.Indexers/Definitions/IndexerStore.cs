using System.Text.Json;
using Hearth.Indexers.Caps;
using Hearth.Indexers.Limits;
using Hearth.Indexers.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Indexers.Definitions;

/// <summary>Reads and writes indexer definitions; lists and caps are kept as JSON columns.</summary>
public sealed class IndexerStore(IDbContextFactory<IndexersDb> factory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<IndexerDefinition>> ListAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.Indexers.AsNoTracking().OrderBy(i => i.Priority).ThenBy(i => i.Name).ToListAsync(ct).ConfigureAwait(false);
        return rows.ConvertAll(ToDefinition);
    }

    public async Task<IndexerDefinition?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var row = await db.Indexers.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct).ConfigureAwait(false);
        return row is null ? null : ToDefinition(row);
    }

    /// <summary>Adds the indexer or replaces the stored one with the same id, keeping when it was created.</summary>
    public async Task SaveAsync(IndexerDefinition definition, CancellationToken ct)
    {
        var row = ToRow(definition);
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var stored = await db.Indexers.FirstOrDefaultAsync(i => i.Id == definition.Id, ct).ConfigureAwait(false);
        if (stored is null)
        {
            db.Indexers.Add(row);
        }
        else
        {
            row.CreatedMs = stored.CreatedMs;
            db.Entry(stored).CurrentValues.SetValues(row);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Indexers.Where(i => i.Id == id).ExecuteDeleteAsync(ct).ConfigureAwait(false) > 0;
    }

    private static IndexerRow ToRow(IndexerDefinition definition) => new()
    {
        Id = definition.Id,
        Name = definition.Name,
        Kind = definition.Kind,
        Url = definition.Url,
        ApiKey = definition.ApiKey,
        Categories = JsonSerializer.Serialize(definition.Categories, Json),
        Priority = definition.Priority,
        Tags = JsonSerializer.Serialize(definition.Tags, Json),
        Enabled = definition.Enabled,
        Proxy = definition.Proxy,
        Limits = JsonSerializer.Serialize(definition.Limits, Json),
        Caps = definition.Caps is null ? null : JsonSerializer.Serialize(definition.Caps, Json),
        CreatedMs = definition.CreatedMs,
        UpdatedMs = definition.UpdatedMs,
    };

    private static IndexerDefinition ToDefinition(IndexerRow row) => new()
    {
        Id = row.Id,
        Name = row.Name,
        Kind = row.Kind,
        Url = row.Url,
        ApiKey = row.ApiKey,
        Categories = JsonSerializer.Deserialize<int[]>(row.Categories, Json) ?? [],
        Priority = row.Priority,
        Tags = JsonSerializer.Deserialize<string[]>(row.Tags, Json) ?? [],
        Enabled = row.Enabled,
        Proxy = row.Proxy,
        Limits = JsonSerializer.Deserialize<IndexerLimits>(row.Limits, Json) ?? new(null, null, null, null),
        Caps = row.Caps is null ? null : JsonSerializer.Deserialize<IndexerCaps>(row.Caps, Json),
        CreatedMs = row.CreatedMs,
        UpdatedMs = row.UpdatedMs,
    };
}
