namespace Hearth.Library.Probing;

/// <summary>Reads the streams of a media file.</summary>
public interface IMediaProber
{
    /// <exception cref="MediaProbeException">The file is not media we can read.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    Task<MediaInfo> ProbeAsync(string path, CancellationToken cancellationToken);
}
