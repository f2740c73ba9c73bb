using System.Globalization;
using System.Text;
using Hearth.Core.Access;
using Hearth.Jellyfin.Auth;
using Hearth.Streaming.Subtitles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Jellyfin.Playback;

/// <summary>
/// A text subtitle as a file beside the stream: <c>Stream.vtt</c> is streaming's own WebVTT (converted once by
/// ffmpeg, cached); <c>Stream.srt</c> is the same cues written as SubRip. The start position (for a transcode that
/// began mid-film in Jellyfin) is taken and ignored: Hearth's HLS keeps the film's own timeline from zero.
/// </summary>
internal static class SubtitleRoutes
{
    public static void MapSubtitles(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/Videos/{itemId}/{mediaSourceId}/Subtitles/{index:int}/Stream.{format}", StreamAsync).AllowTokenInUrl();
        routes.MapGet("/Videos/{itemId}/{mediaSourceId}/Subtitles/{index:int}/{startPositionTicks:long}/Stream.{format}", StreamAsync).AllowTokenInUrl();
    }

    private static async Task<IResult> StreamAsync(HttpContext http, SubtitleTexts subtitles, string itemId, string mediaSourceId, int index, string format)
    {
        if (!JellyfinIds.TryParse(itemId, out var id))
        {
            return TypedResults.NotFound();
        }

        var version = MediaSourceIds.Asked(mediaSourceId, id);

        switch (format.ToLowerInvariant())
        {
            case "vtt" or "webvtt":
                return await SubtitleEndpoints.GetAsync(http, subtitles, id, index, version).ConfigureAwait(false);
            case "srt" or "subrip":
                var text = await subtitles.WebVttAsync(CallerAccess.FromPrincipal(http.User), id, index, http.RequestAborted, version).ConfigureAwait(false);
                if (text.Path is { } path)
                {
                    return TypedResults.Text(SubRip.FromWebVtt(await File.ReadAllTextAsync(path, http.RequestAborted).ConfigureAwait(false)), "application/x-subrip; charset=utf-8");
                }

                return text.NotFound
                    ? TypedResults.NotFound()
                    : TypedResults.Problem(text.Problem, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Not a text subtitle");
            default:
                return TypedResults.Problem($"Subtitles are served as vtt or srt, not {format}.", statusCode: StatusCodes.Status400BadRequest, title: "Unsupported subtitle format");
        }
    }
}

/// <summary>WebVTT cues written as SubRip: numbered cues, <c>hh:mm:ss,mmm</c> times, no header, notes or styles.</summary>
internal static class SubRip
{
    public static string FromWebVtt(string vtt)
    {
        var output = new StringBuilder();
        var number = 0;
        foreach (var block in vtt.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.TrimEnd('\n').Split('\n');
            var timing = Array.FindIndex(lines, l => l.Contains("-->", StringComparison.Ordinal));
            if (timing < 0)
            {
                continue;
            }

            var times = lines[timing].Split("-->", StringSplitOptions.TrimEntries);
            var end = times[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
            output.Append(CultureInfo.InvariantCulture, $"{++number}\n{Time(times[0])} --> {Time(end)}\n");
            foreach (var line in lines.Skip(timing + 1))
            {
                output.Append(line).Append('\n');
            }

            output.Append('\n');
        }

        return output.ToString();
    }

    /// <summary><c>mm:ss.ttt</c> or <c>hh:mm:ss.ttt</c> as <c>hh:mm:ss,ttt</c>.</summary>
    private static string Time(string vtt) => (vtt.Count(c => c == ':') == 1 ? "00:" + vtt : vtt).Replace('.', ',');
}
