namespace Hearth.Library.Probing;

/// <summary>
/// A file could not be probed as media. The message is a short plain reason meant for the library's
/// "unreadable files" list, so it never carries a stack of ffprobe output.
/// </summary>
public sealed class MediaProbeException : Exception
{
    public MediaProbeException(string message)
        : base(message)
    {
    }

    public MediaProbeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
