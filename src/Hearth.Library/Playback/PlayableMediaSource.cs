using System.Text.Json;
using Hearth.Core.Access;
using Hearth.Core.Media;
using Hearth.Library.Items;
using Hearth.Library.Probing;
using Hearth.Library.Scanning;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Playback;

/// <summary>The library's side of <see cref="IPlayableMediaSource"/>: the item's file and its stored media info.</summary>
public sealed class PlayableMediaSource(IDbContextFactory<LibraryDb> factory, ItemQueries queries, ProbePass probes) : IPlayableMediaSource
{
    public async Task<PlayableMedia?> FindToPlayAsync(CallerAccess caller, Guid itemId, CancellationToken cancellationToken)
    {
        var media = await FindAsync(caller, itemId, cancellationToken).ConfigureAwait(false);
        if (media is not null || await queries.PlayableFileAsync(caller, itemId, cancellationToken).ConfigureAwait(false) is null)
        {
            return media;
        }

        // listed, not read yet: read it now rather than make the viewer wait for the scan
        await probes.ReadNowAsync(itemId, cancellationToken).ConfigureAwait(false);
        return await FindAsync(caller, itemId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PlayableMedia?> FindAsync(CallerAccess caller, Guid itemId, CancellationToken cancellationToken)
    {
        var file = await queries.PlayableFileAsync(caller, itemId, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var title = await db.Items.AsNoTracking().Where(i => i.Id == itemId).Select(i => i.Title).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var json = await db.MediaInfos.AsNoTracking().Where(m => m.ItemId == itemId).Select(m => m.Json).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var info = json is null ? null : JsonSerializer.Deserialize(json, MediaInfoJsonContext.Default.MediaInfo);
        if (info is null)
        {
            return null;
        }

        // ffmpeg is handed external subtitles by path: one that has since become a link out of the library is left out
        var roots = await queries.RootsAsync(file.LibraryId, cancellationToken).ConfigureAwait(false);
        info = info with { Subtitles = [.. info.Subtitles.Where(s => !s.IsExternal || (s.Path is not null && roots.Contains(s.Path)))] };
        return new PlayableMedia(itemId, title ?? string.Empty, file.Path, Describe(info));
    }

    public async Task<string?> FindFileAsync(CallerAccess caller, Guid itemId, CancellationToken cancellationToken) =>
        (await queries.PlayableFileAsync(caller, itemId, cancellationToken).ConfigureAwait(false))?.Path;

    public static MediaDescription Describe(MediaInfo info) => new(
        info.Container,
        info.DurationSeconds,
        info.Bitrate,
        [.. info.Video.Select(v => new VideoTrack(v.Index, v.Codec, v.Profile, v.Level, v.Width, v.Height, v.FrameRate, v.BitDepth ?? 8, Range(v.Hdr), v.DolbyVisionProfile, v.Bitrate))],
        [.. info.Audio.Select(a => new AudioTrack(a.Index, a.Codec, a.Profile, a.Channels, a.Language, a.Title, a.IsDefault, a.Bitrate))],
        [.. info.Subtitles.Select(s => new SubtitleTrack(s.Index, s.Codec, s.Language, s.Title, s.IsDefault, s.IsForced, s.IsExternal ? s.Path : null))]);

    private static DynamicRange Range(HdrKind kind) => kind switch
    {
        HdrKind.Hdr10 => DynamicRange.Hdr10,
        HdrKind.Hdr10Plus => DynamicRange.Hdr10Plus,
        HdrKind.Hlg => DynamicRange.Hlg,
        HdrKind.DolbyVision => DynamicRange.DolbyVision,
        _ => DynamicRange.Sdr,
    };
}
