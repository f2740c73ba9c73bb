using System.Text.Json;
using Hearth.Core.Access;
using Hearth.Core.Media;
using Hearth.Library.Items;
using Hearth.Library.Libraries;
using Hearth.Library.Probing;
using Hearth.Library.Scanning;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Playback;

/// <summary>The library's side of <see cref="IPlayableMediaSource"/>: the item's files (its versions) and their stored media info.</summary>
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

        var roots = await queries.RootsAsync(file.LibraryId, cancellationToken).ConfigureAwait(false);
        return Media(itemId, title ?? string.Empty, file, info, roots);
    }

    public async Task<string?> FindFileAsync(CallerAccess caller, Guid itemId, CancellationToken cancellationToken) =>
        (await queries.PlayableFileAsync(caller, itemId, cancellationToken).ConfigureAwait(false))?.Path;

    public async Task<IReadOnlyList<PlayableMedia>> FindVersionsToPlayAsync(CallerAccess caller, Guid itemId, CancellationToken cancellationToken)
    {
        var versions = ItemVersions.Of(await queries.PlayableFilesAsync(caller, itemId, cancellationToken).ConfigureAwait(false));
        if (versions.Count < 2)
        {
            return await FindToPlayAsync(caller, itemId, cancellationToken).ConfigureAwait(false) is { } one ? [one] : [];
        }

        var infos = await InfosAsync(itemId, versions, cancellationToken).ConfigureAwait(false);
        var unread = versions.Where(f => !infos.ContainsKey(f.Id)).Select(f => f.Id).ToList();
        if (unread.Count > 0)
        {
            // listed and not read yet, or read before versions were kept by file: read them now
            await probes.ReadFilesNowAsync(unread, cancellationToken).ConfigureAwait(false);
            infos = await InfosAsync(itemId, versions, cancellationToken).ConfigureAwait(false);
        }

        var title = await TitleAsync(itemId, cancellationToken).ConfigureAwait(false);
        var roots = await queries.RootsAsync(versions[0].LibraryId, cancellationToken).ConfigureAwait(false);
        return [.. versions.Where(f => infos.ContainsKey(f.Id)).Select(f => Media(itemId, title, f, infos[f.Id], roots) with { VersionName = ItemVersions.Name(infos[f.Id], f.Path) })];
    }

    public async Task<string?> FindFileAsync(CallerAccess caller, Guid itemId, Guid? mediaSourceId, CancellationToken cancellationToken)
    {
        var files = await queries.PlayableFilesAsync(caller, itemId, cancellationToken).ConfigureAwait(false);
        var versions = ItemVersions.Of(files);
        if (mediaSourceId is { } asked)
        {
            return versions.FirstOrDefault(f => f.Id == asked)?.Path;
        }

        if (versions.Count < 2)
        {
            return versions.FirstOrDefault()?.Path;
        }

        // asked with no version named (a download, a player given the bare link): the best picture the item has
        var infos = await InfosAsync(itemId, versions, cancellationToken).ConfigureAwait(false);
        return versions.MaxBy(f => infos.TryGetValue(f.Id, out var info) && info.Video.FirstOrDefault() is { } v ? ((long)v.Width * v.Height, info.Bitrate ?? 0) : (-1, 0))!.Path;
    }

    /// <summary>The media info of each version that was read: the item's for its source, each other file's own.</summary>
    private async Task<Dictionary<Guid, MediaInfo>> InfosAsync(Guid itemId, IReadOnlyList<MediaFile> versions, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var ids = versions.Select(f => f.Id).ToList();
        var rows = await db.FileMediaInfos.AsNoTracking().Where(m => ids.Contains(m.FileId)).ToDictionaryAsync(m => m.FileId, m => m.Json, ct).ConfigureAwait(false);
        var source = (await MediaSources.FirstFilesAsync(db, [itemId], ct).ConfigureAwait(false)).GetValueOrDefault(itemId);
        if (source is not null && !rows.ContainsKey(source.Id)
            && await db.MediaInfos.AsNoTracking().Where(m => m.ItemId == itemId).Select(m => m.Json).FirstOrDefaultAsync(ct).ConfigureAwait(false) is { } json)
        {
            rows[source.Id] = json;
        }

        // a file changed since it was read is read again before it is played
        var states = versions.ToDictionary(f => f.Id, f => f.State);
        var infos = new Dictionary<Guid, MediaInfo>();
        foreach (var (id, text) in rows)
        {
            if (states.GetValueOrDefault(id) == FileState.Ok && JsonSerializer.Deserialize(text, MediaInfoJsonContext.Default.MediaInfo) is { } info)
            {
                infos[id] = info;
            }
        }

        return infos;
    }

    private async Task<string> TitleAsync(Guid itemId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Items.AsNoTracking().Where(i => i.Id == itemId).Select(i => i.Title).FirstOrDefaultAsync(ct).ConfigureAwait(false) ?? string.Empty;
    }

    /// <summary>A file and its info as playback takes them; ffmpeg is never handed an external subtitle that has since become a link out of the library.</summary>
    private static PlayableMedia Media(Guid itemId, string title, MediaFile file, MediaInfo info, LibraryRoots roots)
    {
        info = info with { Subtitles = [.. info.Subtitles.Where(s => !s.IsExternal || (s.Path is not null && roots.Contains(s.Path)))] };
        return new PlayableMedia(itemId, title, file.Path, Describe(info)) { FileId = file.Id };
    }

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
