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
            result = await runner.RunAsync(ffprobe, FfprobeArguments.For(path), Timeout, throwOnFailure: false, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (ExternalProcessException e)
        {
            // could not start, or timed out: the runner's message already says which
            throw new MediaProbeException(e.Message, e);
        }

        if (result.ExitCode != 0)
        {
            throw new MediaProbeException("ffprobe could not read the file: " + Reason(result.StandardError, path));
        }

        return FfprobeOutputMapper.Map(result.StandardOutput, path);
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
