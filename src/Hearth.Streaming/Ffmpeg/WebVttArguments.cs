namespace Hearth.Streaming.Ffmpeg;

/// <summary>ffmpeg's arguments that turn a text subtitle track into WebVTT.</summary>
public static class WebVttArguments
{
    /// <summary>ffmpeg's arguments: the one stream of <paramref name="input"/> (all of it for a subtitle file) as WebVTT.</summary>
    public static IReadOnlyList<string> For(string input, int? streamIndex, string output)
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
