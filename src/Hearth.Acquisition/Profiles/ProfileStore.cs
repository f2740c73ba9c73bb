using System.Text.Json;
using Hearth.Acquisition.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Acquisition.Profiles;

/// <summary>The household's quality profiles; the defaults are written on first start, then belong to the household.</summary>
public sealed class ProfileStore(IDbContextFactory<AcquisitionDb> factory)
{
    public async Task<IReadOnlyList<QualityProfile>> ListAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.Profiles.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(Read).ToList();
    }

    public async Task<QualityProfile?> GetAsync(int id, CancellationToken ct) =>
        (await ListAsync(ct).ConfigureAwait(false)).FirstOrDefault(p => p.Id == id);

    /// <summary>The profile new titles get when none is named: HD-1080p while it exists, else the first.</summary>
    public async Task<QualityProfile> DefaultAsync(CancellationToken ct)
    {
        var all = await ListAsync(ct).ConfigureAwait(false);
        return all.FirstOrDefault(p => p.Name == DefaultProfiles.DefaultName) ?? all[0];
    }

    /// <summary>Writes the default profiles into an empty store.</summary>
    public async Task SeedAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        if (await db.Profiles.AnyAsync(ct).ConfigureAwait(false))
        {
            return;
        }
        foreach (var profile in DefaultProfiles.All)
        {
            db.Profiles.Add(new ProfileRow { Id = profile.Id, Name = profile.Name, Json = Write(profile) });
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    internal static string Write(QualityProfile profile) =>
        JsonSerializer.Serialize(ProfileDto.From(profile), ProfileJsonContext.Default.ProfileDto);

    internal static QualityProfile Read(ProfileRow row)
    {
        var dto = JsonSerializer.Deserialize(row.Json, ProfileJsonContext.Default.ProfileDto)!;
        var (profile, problems) = (dto with { Id = row.Id, Name = row.Name }).ToProfile();
        return profile ?? throw new InvalidDataException($"The stored profile '{row.Name}' cannot be read: {string.Join(" ", problems)}");
    }
}
