using System.Globalization;
using Hearth.Core.Processes;

namespace Hearth.Streaming.Hls;

/// <summary>The keyframe times of a file's video stream, read from packet flags (no decoding).</summary>
public sealed class KeyframeProbe(ProcessRunner runner, string ffprobe = "ffprobe")
{
    public async Task<IReadOnlyList<double>> ReadAsync(string path, int streamIndex, CancellationToken ct)
    {
        var result = await runner.RunAsync(
            ffprobe,
            ["-v", "error", "-select_streams", streamIndex.ToString(CultureInfo.InvariantCulture), "-show_entries", "packet=pts_time,flags", "-of", "csv=p=0", path],
            TimeSpan.FromMinutes(2),
            cancellationToken: ct).ConfigureAwait(false);
        return Parse(result.StandardOutput);
    }

    /// <summary>Lines of <c>pts_time,flags</c>; a <c>K</c> in the flags marks a keyframe.</summary>
    public static IReadOnlyList<double> Parse(string csv)
    {
        var times = new List<double>();
        foreach (var line in csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0 && line.AsSpan(comma + 1).Contains('K') &&
                double.TryParse(line.AsSpan(0, comma), NumberStyles.Float, CultureInfo.InvariantCulture, out var time))
            {
                times.Add(time);
            }
        }

        times.Sort();
        return times;
    }
}
