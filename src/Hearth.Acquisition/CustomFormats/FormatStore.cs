using Hearth.Acquisition.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Acquisition.CustomFormats;

/// <summary>
/// The household's custom formats: every save is checked as a <see cref="FormatSet"/> would compile it (a regex that
/// does not compile is refused with .NET's reason), and an import of several formats saves all or none.
/// </summary>
public sealed class FormatStore(IDbContextFactory<AcquisitionDb> factory)
{
    public async Task<IReadOnlyList<CustomFormat>> ListAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return (await db.CustomFormats.AsNoTracking().OrderBy(f => f.Id).ToListAsync(ct).ConfigureAwait(false)).Select(FormatLibrary.Read).ToList();
    }

    public async Task<CustomFormat?> GetAsync(int id, CancellationToken ct) =>
        (await ListAsync(ct).ConfigureAwait(false)).FirstOrDefault(f => f.Id == id);

    /// <summary>Saves new formats (Id 0) or changes one; throws <see cref="CustomFormatException"/> saying why not, saving nothing.</summary>
    public async Task<IReadOnlyList<CustomFormat>> SaveAsync(IReadOnlyList<CustomFormat> formats, CancellationToken ct)
    {
        foreach (var format in formats)
        {
            FormatSet.Validate(format);
        }
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var names = await db.CustomFormats.AsNoTracking().Select(f => new { f.Id, f.Name }).ToListAsync(ct).ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var format in formats)
        {
            if (!seen.Add(format.Name.Trim()) || names.Any(n => n.Id != format.Id && string.Equals(n.Name, format.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                throw new CustomFormatException($"A custom format named '{format.Name.Trim()}' exists already.");
            }
        }
        var rows = new List<CustomFormatRow>();
        foreach (var format in formats)
        {
            var trimmed = format with { Name = format.Name.Trim() };
            CustomFormatRow row;
            if (format.Id == 0)
            {
                row = new CustomFormatRow { Name = trimmed.Name, Json = FormatLibrary.Write(trimmed) };
                db.CustomFormats.Add(row);
            }
            else
            {
                row = await db.CustomFormats.FirstOrDefaultAsync(f => f.Id == format.Id, ct).ConfigureAwait(false)
                    ?? throw new KeyNotFoundException($"There is no custom format {format.Id}.");
                (row.Name, row.Json) = (trimmed.Name, FormatLibrary.Write(trimmed));
            }
            rows.Add(row);
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return rows.Select(FormatLibrary.Read).ToList();
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.CustomFormats.Where(f => f.Id == id).ExecuteDeleteAsync(ct).ConfigureAwait(false) > 0;
    }
}
