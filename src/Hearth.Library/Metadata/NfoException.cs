namespace Hearth.Library.Metadata;

/// <summary>An NFO file that cannot be read as Kodi metadata; the message says why.</summary>
public sealed class NfoException : Exception
{
    public NfoException()
    {
    }

    public NfoException(string message)
        : base(message)
    {
    }

    public NfoException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
