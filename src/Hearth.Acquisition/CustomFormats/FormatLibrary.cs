using System.Text.Json;
using System.Text.Json.Serialization;
using Hearth.Acquisition.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Acquisition.CustomFormats;

/// <summary>
/// The household's custom formats, compiled once per change: a <see cref="FormatSet"/> compiles every regex, which
/// costs milliseconds, so it is kept until the stored formats differ.
/// </summary>
public sealed class FormatLibrary(IDbContextFactory<AcquisitionDb> factory)
{
    private (string Stamp, FormatSet Set)? compiled;

    public async Task<FormatSet> CurrentAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.CustomFormats.AsNoTracking().OrderBy(f => f.Id).ToListAsync(ct).ConfigureAwait(false);
        var stamp = string.Join('\n', rows.Select(r => $"{r.Id}:{r.Json.GetHashCode(StringComparison.Ordinal)}"));
        if (compiled is { } c && c.Stamp == stamp)
        {
            return c.Set;
        }
        var set = new FormatSet(rows.Select(Read));
        compiled = (stamp, set);
        return set;
    }

    internal static CustomFormat Read(CustomFormatRow row) =>
        JsonSerializer.Deserialize(row.Json, FormatJsonContext.Default.CustomFormat)! with { Id = row.Id, Name = row.Name };

    internal static string Write(CustomFormat format) => JsonSerializer.Serialize(format, FormatJsonContext.Default.CustomFormat);
}

[JsonSerializable(typeof(CustomFormat))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
internal sealed partial class FormatJsonContext : JsonSerializerContext;
