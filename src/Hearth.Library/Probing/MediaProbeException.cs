namespace Hearth.Library.Probing;

/// <summary>
/// A file could not be probed as media. The message is a short sentence a person reads in the library's
/// "unreadable files" list ("the file is empty (0 bytes)"); <see cref="Detail"/> keeps ffprobe's own words.
/// </summary>
public sealed class MediaProbeException : Exception
{
    public MediaProbeException(string message)
        : this(ProbeFailure.Unreadable, message, null)
    {
    }

    public MediaProbeException(string message, Exception innerException)
        : this(ProbeFailure.ProbeFailed, message, null, innerException)
    {
    }

    public MediaProbeException(ProbeFailure kind, string message, string? detail, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Detail = detail;
    }

    public ProbeFailure Kind { get; }

    /// <summary>What ffprobe said, when it said something.</summary>
    public string? Detail { get; }
}
