using Hearth.Core.Access;
using Hearth.Core.Media;
using Hearth.Core.Paths;
using Hearth.Core.Processes;
using Hearth.Streaming.Ffmpeg;
using Microsoft.Extensions.Options;

namespace Hearth.Streaming.Subtitles;

/// <summary>What asking for a subtitle track as WebVTT came to.</summary>
public sealed record SubtitleText(string? Path, string? Problem, bool NotFound);

/// <summary>
/// Text subtitles (SRT, ASS/SSA, WebVTT, mov_text, subrip inside the file) as WebVTT, the one format
/// every browser's text tracks read. Converted once by ffmpeg and kept in the cache, named by the
/// file's size and mtime so a replaced file or subtitle is converted again.
/// </summary>
public sealed class SubtitleTexts(IPlayableMediaSource library, DataFolder data, ProcessRunner runner, IOptions<MediaToolsOptions> tools)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public async Task<SubtitleText> WebVttAsync(CallerAccess caller, Guid itemId, int index, CancellationToken ct, Guid? mediaSourceId = null)
    {
        // the library leaves out a subtitle beside the file that has since become a link out of the library
        var media = mediaSourceId is { } version
            ? (await library.FindVersionsToPlayAsync(caller, itemId, ct).ConfigureAwait(false)).FirstOrDefault(v => v.FileId == version)
            : await library.FindToPlayAsync(caller, itemId, ct).ConfigureAwait(false);
        var stream = media?.Media.Subtitles.FirstOrDefault(s => s.Index == index);
        if (media is null || stream is null)
        {
            return new SubtitleText(null, null, NotFound: true);
        }

        if (stream.IsImage)
        {
            return new SubtitleText(null, $"Subtitle track {index} is a picture format ({stream.Codec}); it can only be burned into the video, not sent as text.", NotFound: false);
        }

        var input = stream.ExternalPath ?? media.Path;
        var origin = new FileInfo(input);
        if (!origin.Exists)
        {
            return new SubtitleText(null, "The subtitle's file is no longer on disk; a rescan will update the item.", NotFound: true);
        }

        var output = Path.Combine(data.Cache, "subtitles", $"{itemId:N}-{media.FileId:N}-{index}-{origin.Length:x}-{origin.LastWriteTimeUtc.Ticks:x}.vtt");
        if (!File.Exists(output))
        {
            try
            {
                await AtomicOutput.WriteAsync(output, temp => runner.RunAsync(tools.Value.Ffmpeg, WebVttArguments.For(input, stream.ExternalPath is null ? index : null, temp), Timeout, cancellationToken: ct)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ExternalProcessException or IOException)
            {
                return new SubtitleText(null, $"Subtitle track {index} could not be converted to WebVTT: {e.Message}", NotFound: false);
            }
        }

        return new SubtitleText(output, null, NotFound: false);
    }
}
