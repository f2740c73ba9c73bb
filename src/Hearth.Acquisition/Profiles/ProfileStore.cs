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

    /// <summary>Saves a new profile (Id 0) or changes one; the answer is the profile, or what is wrong with it.</summary>
    public async Task<(QualityProfile? Profile, IReadOnlyList<string> Problems)> SaveAsync(ProfileDto input, CancellationToken ct)
    {
        var (profile, problems) = input.ToProfile();
        if (profile is null)
        {
            return (null, problems);
        }
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        if (await db.Profiles.AnyAsync(p => p.Id != profile.Id && p.Name == profile.Name, ct).ConfigureAwait(false))
        {
            return (null, [$"A profile named '{profile.Name}' exists already."]);
        }
        ProfileRow row;
        if (profile.Id == 0)
        {
            row = new ProfileRow { Name = profile.Name, Json = string.Empty };
            db.Profiles.Add(row);
        }
        else
        {
            row = await db.Profiles.FirstOrDefaultAsync(p => p.Id == profile.Id, ct).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"There is no profile {profile.Id}.");
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        (row.Name, row.Json) = (profile.Name, Write(profile with { Id = row.Id }));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return (Read(row), []);
    }

    /// <summary>Removes a profile no movie or series uses; the answer says why not otherwise.</summary>
    public async Task<(bool Found, string? Problem)> DeleteAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        if (!await db.Profiles.AnyAsync(p => p.Id == id, ct).ConfigureAwait(false))
        {
            return (false, null);
        }
        var users = await db.Movies.CountAsync(m => m.ProfileId == id, ct).ConfigureAwait(false) + await db.Series.CountAsync(s => s.ProfileId == id, ct).ConfigureAwait(false);
        if (users > 0)
        {
            return (true, $"{users} movies and series use this profile; give them another first.");
        }
        if (await db.MovieVersions.CountAsync(v => v.ProfileId == id, ct).ConfigureAwait(false) is > 0 and var versions)
        {
            return (true, $"{versions} versions of movies use this profile; give them another or remove them first.");
        }
        if (await db.Profiles.CountAsync(ct).ConfigureAwait(false) == 1)
        {
            return (true, "The last profile cannot be removed.");
        }
        await db.Profiles.Where(p => p.Id == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        return (true, null);
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
