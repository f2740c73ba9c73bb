using Hearth.Core.Processes;

namespace Hearth.Library.Probing;

/// <summary>Probes a file with ffprobe and maps its JSON with <see cref="FfprobeOutputMapper"/>.</summary>
public sealed class FfprobeProber(ProcessRunner runner, string ffprobe = "ffprobe") : IMediaProber
{
    /// <summary>
    /// How long one probe may take. Generous because a file on a sleeping network disk can take seconds to
    /// open, yet bounded so one broken file never stalls a library scan.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    public async Task<MediaInfo> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("the media file does not exist", path);
        }

        ProcessResult result;
        try
        {
            var withTail = FfprobeArguments.Seeks(path);
            result = await runner.RunAsync(ffprobe, withTail ? FfprobeArguments.WithTail(path) : FfprobeArguments.For(path), Timeout, throwOnFailure: false, cancellationToken)
                .ConfigureAwait(false);
            if (withTail && result.ExitCode != 0)
            {
                // the seek to the end may be what failed: read the file as before, and say why from that
                result = await runner.RunAsync(ffprobe, FfprobeArguments.For(path), Timeout, throwOnFailure: false, cancellationToken)
                    .ConfigureAwait(false);
            }
        }
        catch (ExternalProcessException e)
        {
            // could not start, or timed out: the runner's message already says which
            throw new MediaProbeException(e.Message, e);
        }

        if (result.ExitCode != 0)
        {
            throw UnreadableFile.Explain(path, Reason(result.StandardError, path), result.StandardError);
        }

        return await FinishAsync(path, result.StandardOutput, stream => TailAsync(path, stream, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// The media info of ffprobe-shaped JSON (ffprobe's own, or the probe worker's), refused as truncated when the file
    /// holds clearly less than its container declares. <paramref name="tail"/> reads the time of the last packet of a
    /// stream ("v:0") when neither the bitrates nor packets in the JSON tell.
    /// </summary>
    internal static async Task<MediaInfo> FinishAsync(string path, string json, Func<string, Task<double?>> tail)
    {
        var info = FfprobeOutputMapper.Map(json, path);
        if (await HoldsSecondsAsync(path, info, json, tail).ConfigureAwait(false) is { } holds && info.DurationSeconds is { } declared
            && declared - holds > Math.Max(5, declared * 0.05))
        {
            throw new MediaProbeException(ProbeFailure.Truncated, "truncated: " + Truncation.Describe(holds, declared), $"the container declares {declared:0.###} s; the file holds {holds:0.###} s");
        }

        return info;
    }

    /// <summary>
    /// How many seconds the file really holds: from its size and the streams' bitrates when the container gives
    /// them all (an MP4's come from its index), else from the time of the last packet the probe found at the end.
    /// Null when neither can be known.
    /// </summary>
    private static async Task<double?> HoldsSecondsAsync(string path, MediaInfo info, string json, Func<string, Task<double?>> tail)
    {
        if (info.DurationSeconds is not > 1)
        {
            return null;
        }

        var rates = info.Video.Select(v => v.Bitrate).Concat(info.Audio.Select(a => a.Bitrate)).ToList();
        if (rates.Count > 0 && rates.All(r => r is > 0))
        {
            return new FileInfo(path).Length * 8.0 / rates.Sum(r => r!.Value);
        }

        // read with the probe itself when the container seeks
        if (Truncation.LastPacketEndInJson(json) is { } read)
        {
            return read;
        }

        var stream = info.Video.Count > 0 ? "v:0" : info.Audio.Count > 0 ? "a:0" : null;
        return stream is null ? null : await tail(stream).ConfigureAwait(false);
    }

    private async Task<double?> TailAsync(string path, string stream, CancellationToken ct)
    {
        ProcessResult tail;
        try
        {
            tail = await runner.RunAsync(ffprobe, FfprobeArguments.Tail(path, stream), Timeout, throwOnFailure: false, ct).ConfigureAwait(false);
        }
        catch (ExternalProcessException)
        {
            // the file was read; whether it is whole stays unknown
            return null;
        }

        return Truncation.LastPacketEnd(tail.StandardOutput);
    }

    /// <summary>
    /// The last line ffprobe printed, without the file name it starts with
    /// ("file:/m/x.mkv: Invalid data found when processing input" → "Invalid data found when processing input").
    /// </summary>
    internal static string Reason(string standardError, string path)
    {
        var line = standardError
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault();
        if (string.IsNullOrEmpty(line))
        {
            return "no reason given";
        }

        foreach (var prefix in (string[])["file:" + path + ": ", path + ": "])
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line[prefix.Length..];
            }
        }

        return line;
    }
}
