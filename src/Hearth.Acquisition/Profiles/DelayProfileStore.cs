using Hearth.Acquisition.Store;
using Hearth.Core.Indexers;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Acquisition.Profiles;

/// <summary>The delay profile as the API shows and takes it; minutes, and the protocol as a word.</summary>
public sealed record DelayProfileDto(string PreferredProtocol, int UsenetDelay, int TorrentDelay, bool BypassIfHighestQuality, int? BypassIfFormatScoreAtLeast)
{
    public static DelayProfileDto From(DelayProfile d) => new(
        d.PreferredProtocol == ReleaseProtocol.Usenet ? "usenet" : "torrent", d.UsenetDelayMinutes, d.TorrentDelayMinutes, d.BypassIfHighestQuality, d.BypassIfFormatScoreAtLeast);
}

/// <summary>
/// The catalog's delay profile (none by default: grab at once), kept in <c>delay_profiles</c> row 1. A week is the
/// longest wait, as the *arr apps allow in practice; a longer one is refused with the reason.
/// </summary>
public sealed class DelayProfileStore(IDbContextFactory<AcquisitionDb> factory)
{
    public const int MaxMinutes = 7 * 24 * 60;

    public async Task<DelayProfile> GetAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var row = await db.DelayProfiles.AsNoTracking().FirstOrDefaultAsync(d => d.Id == 1, ct).ConfigureAwait(false);
        return row is null ? DelayProfile.None : new DelayProfile
        {
            PreferredProtocol = row.PreferredProtocol == "usenet" ? ReleaseProtocol.Usenet : ReleaseProtocol.Torrent,
            UsenetDelayMinutes = row.UsenetDelayMinutes,
            TorrentDelayMinutes = row.TorrentDelayMinutes,
            BypassIfHighestQuality = row.BypassIfHighestQuality,
            BypassIfFormatScoreAtLeast = row.BypassIfFormatScoreAtLeast,
        };
    }

    /// <summary>Saves the profile, or says what is wrong with it and changes nothing.</summary>
    public async Task<(DelayProfile? Profile, string? Problem)> SaveAsync(DelayProfileDto input, CancellationToken ct)
    {
        var protocol = input.PreferredProtocol?.ToLowerInvariant();
        if (protocol is not ("torrent" or "usenet"))
        {
            return (null, "preferredProtocol is torrent or usenet.");
        }
        if (input.UsenetDelay is < 0 or > MaxMinutes || input.TorrentDelay is < 0 or > MaxMinutes)
        {
            return (null, $"A delay is 0 to {MaxMinutes} minutes (a week).");
        }
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var row = await db.DelayProfiles.FirstOrDefaultAsync(d => d.Id == 1, ct).ConfigureAwait(false);
        if (row is null)
        {
            row = new DelayProfileRow { Id = 1, PreferredProtocol = protocol };
            db.DelayProfiles.Add(row);
        }
        row.PreferredProtocol = protocol;
        row.UsenetDelayMinutes = input.UsenetDelay;
        row.TorrentDelayMinutes = input.TorrentDelay;
        row.BypassIfHighestQuality = input.BypassIfHighestQuality;
        row.BypassIfFormatScoreAtLeast = input.BypassIfFormatScoreAtLeast;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return (await GetAsync(ct).ConfigureAwait(false), null);
    }
}
