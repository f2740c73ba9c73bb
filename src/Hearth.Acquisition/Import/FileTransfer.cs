
namespace Hearth.Acquisition.Import;

/// <summary>How a file reached the library.</summary>
public enum TransferMode
{
    Hardlink,
    Copy,
}

/// <summary>Why a file could not be brought into the library; nothing of it is left behind.</summary>
public sealed class TransferException(string message, Exception? inner = null) : IOException(message, inner);

/// <summary>
/// Brings a downloaded file into the library without taking it from the client, which may still seed it: a hardlink
/// when both are on one file system (instant, no space used), else a copy written beside its destination and renamed
/// into place only when whole, so a full disk or a crash never leaves half a film in the library.
/// </summary>
public static class FileTransfer
{
    private const int Exdev = 18;     // not the same file system
    private const int Eperm = 1;      // the file system has no hardlinks (some FUSE and SMB mounts)
    private const int Enotsup = 95;
    private const int Emlink = 31;    // too many links to one file

    public static TransferMode Transfer(string source, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        if (File.Exists(destination))
        {
            throw new TransferException($"{destination} exists already.");
        }
        if (!OperatingSystem.IsWindows())
        {
            var errno = Core.Paths.HardLink.Create(source, destination);
            if (errno == 0)
            {
                return TransferMode.Hardlink;
            }
            if (errno is not (Exdev or Eperm or Enotsup or Emlink))
            {
                throw new TransferException($"{source} could not be linked into the library: {System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno)}.");
            }
        }
        var partial = Path.Combine(Path.GetDirectoryName(destination)!, "." + Path.GetFileName(destination) + ".hearth-partial");
        try
        {
            var needed = new FileInfo(source).Length;
            var free = new DriveInfo(Path.GetDirectoryName(destination)!).AvailableFreeSpace;
            if (free < needed)
            {
                throw new TransferException($"The library's disk has {free:N0} bytes free and {Path.GetFileName(source)} needs {needed:N0}.");
            }
            File.Copy(source, partial, overwrite: true);
            File.Move(partial, destination, overwrite: false);
            return TransferMode.Copy;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not TransferException)
        {
            File.Delete(partial);
            throw new TransferException($"{Path.GetFileName(source)} could not be copied into the library: {e.Message}", e);
        }
        catch (TransferException)
        {
            File.Delete(partial);
            throw;
        }
    }

}
