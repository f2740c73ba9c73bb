namespace Hearth.Acquisition.Grabs;

/// <summary>Where a grab stands.</summary>
public static class GrabStatus
{
    /// <summary>Handed to the download client; in the queue until it is imported.</summary>
    public const string Sent = "sent";

    public const string Failed = "failed";

    public const string Imported = "imported";
}
