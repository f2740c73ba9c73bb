namespace Hearth.Acquisition.Grabs;

/// <summary>Where a grab stands, as the store keeps it; the queue adds the client's own words while it downloads.</summary>
public static class GrabStatus
{
    /// <summary>Handed to the download client and followed there until it completes.</summary>
    public const string Sent = "sent";

    /// <summary>Complete in the client; its files are being matched, checked and brought into the library.</summary>
    public const string Importing = "importing";

    public const string Failed = "failed";

    public const string Imported = "imported";

    /// <summary>Taken out of the queue by a person (and out of the client).</summary>
    public const string Removed = "removed";

    /// <summary>The statuses of a grab still in the queue: what decisions count as on its way.</summary>
    public static readonly string[] Waiting = [Sent, Importing];

    /// <summary>The statuses of a grab that holds its release: it is not grabbed again while one of these stands.</summary>
    public static readonly string[] Holding = [Sent, Importing, Imported];
}
