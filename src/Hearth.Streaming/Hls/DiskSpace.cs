namespace Hearth.Streaming.Hls;

/// <summary>
/// Whether the disk under a transcode folder is full. ffmpeg cannot be asked: its HLS muxer drops a segment
/// it failed to write without a word and goes on, and exits 0 at the end, so the disk itself is asked.
/// </summary>
internal static class DiskSpace
{
    // a segment needs far more than this; less free is full for streaming
    private const int Room = 1 << 20;
    private const int NoSpace = 28; // ENOSPC
    private const int QuotaExceeded = 122; // EDQUOT

    /// <summary>True when a write of a segment's size there fails for want of space.</summary>
    public static bool IsFull(string folder)
    {
        try
        {
            if (new DriveInfo(folder).AvailableFreeSpace >= Room)
            {
                return false; // the cheap answer, and the common one
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // no answer from statvfs: the write below decides
        }

        // the free count above leaves out the blocks kept for root, which ffmpeg run as root may still use: write for real
        try
        {
            using var probe = new FileStream(Path.Combine(folder, ".space-probe"), FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            probe.Write(new byte[Room]);
            return false;
        }
        catch (IOException e) when (IsNoSpace(e))
        {
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // some other trouble (the folder gone, say): not a full disk
        }
    }

    /// <summary>An IOException for ENOSPC or EDQUOT: .NET on Unix carries the errno as the HResult.</summary>
    public static bool IsNoSpace(IOException e) => e.HResult is NoSpace or QuotaExceeded;
}
