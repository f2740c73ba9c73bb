using System.Globalization;

namespace Hearth.Streaming.Ffmpeg;

/// <summary>The start of every command: quiet, machine-readable progress, the seek, then the input.</summary>
public static class InputArguments
{
    /// <param name="start">Seconds into the file; before <c>-i</c> it is a fast keyframe seek that decodes on to the exact time.</param>
    public static IReadOnlyList<string> Build(string input, double start, IReadOnlyList<string> device)
    {
        List<string> args = ["-nostdin", "-hide_banner", "-loglevel", "warning", "-progress", "pipe:1", "-nostats", "-y"];
        args.AddRange(device);
        if (start > 0)
        {
            args.AddRange(["-ss", Seconds(start)]);
        }

        // ignore broken packets and unknown streams in the source rather than stop the whole stream
        args.AddRange(["-fflags", "+genpts+discardcorrupt", "-i", input]);
        return args;
    }

    public static string Seconds(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
