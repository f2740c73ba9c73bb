using System.Text.Json;
using Hearth.Core.Access;
using Hearth.Core.Media;
using Hearth.Core.Paths;
using Hearth.Core.Processes;
using Hearth.Library.Items;
using Hearth.Library.Probing;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Playback;

/// <summary>What asking for a subtitle track as WebVTT came to.</summary>
public sealed record SubtitleText(string? Path, string? Problem, bool NotFound);

/// <summary>
/// Text subtitles (SRT, ASS/SSA, WebVTT, mov_text, subrip inside the file) as WebVTT, the one format
/// every browser's text tracks read. Converted once by ffmpeg and kept in the cache, named by the
/// file's size and mtime so a replaced file or subtitle is converted again.
/// </summary>
public sealed class SubtitleTexts(IDbContextFactory<LibraryDb> factory, ItemQueries queries, DataFolder data, ProcessRunner runner, string ffmpeg = "ffmpeg")
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public async Task<SubtitleText> WebVttAsync(CallerAccess caller, Guid itemId, int index, CancellationToken ct)
    {
        var file = await queries.PlayableFileAsync(caller, itemId, ct).ConfigureAwait(false);
        if (file is null)
        {
            return new SubtitleText(null, null, NotFound: true);
        }

        string? json;
        await using (var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            json = await db.MediaInfos.AsNoTracking().Where(m => m.ItemId == itemId).Select(m => m.Json).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        }

        var info = json is null ? null : JsonSerializer.Deserialize(json, MediaInfoJsonContext.Default.MediaInfo);
        var stream = info?.Subtitles.FirstOrDefault(s => s.Index == index);
        if (stream is null)
        {
            return new SubtitleText(null, null, NotFound: true);
        }

        if (SubtitleCodecs.IsPicture(stream.Codec))
        {
            return new SubtitleText(null, $"Subtitle track {index} is a picture format ({stream.Codec}); it can only be burned into the video, not sent as text.", NotFound: false);
        }

        var source = stream.IsExternal ? stream.Path! : file.Path;
        // the video was checked by PlayableFileAsync; a subtitle beside it may since have become a link out
        if (stream.IsExternal && !(await queries.RootsAsync(file.LibraryId, ct).ConfigureAwait(false)).Contains(source))
        {
            return new SubtitleText(null, null, NotFound: true);
        }

        var origin = new FileInfo(source);
        if (!origin.Exists)
        {
            return new SubtitleText(null, "The subtitle's file is no longer on disk; a rescan will update the item.", NotFound: true);
        }

        var output = Path.Combine(data.Cache, "subtitles", $"{file.Id:N}-{index}-{origin.Length:x}-{origin.LastWriteTimeUtc.Ticks:x}.vtt");
        if (!File.Exists(output))
        {
            try
            {
                await AtomicOutput.WriteAsync(output, temp => runner.RunAsync(ffmpeg, Arguments(source, stream.IsExternal ? null : index, temp), Timeout, cancellationToken: ct)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ExternalProcessException or IOException)
            {
                return new SubtitleText(null, $"Subtitle track {index} could not be converted to WebVTT: {e.Message}", NotFound: false);
            }
        }

        return new SubtitleText(output, null, NotFound: false);
    }

    /// <summary>ffmpeg's arguments: the one stream of <paramref name="input"/> (all of it for a subtitle file) as WebVTT.</summary>
    public static IReadOnlyList<string> Arguments(string input, int? streamIndex, string output)
    {
        List<string> args = ["-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-i", input];
        if (streamIndex is { } n)
        {
            args.AddRange(["-map", $"0:{n}"]);
        }
        else
        {
            args.AddRange(["-map", "0:s:0"]);
        }

        args.AddRange(["-c:s", "webvtt", "-f", "webvtt", output]);
        return args;
    }
}
