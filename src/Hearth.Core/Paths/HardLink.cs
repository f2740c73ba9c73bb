using System.Runtime.InteropServices;

namespace Hearth.Core.Paths;

/// <summary>link(2): a second name for a file on the same file system, which .NET does not offer.</summary>
public static partial class HardLink
{
    /// <summary>Makes <paramref name="created"/> name the file <paramref name="existing"/> names; 0 when done, else the errno.</summary>
    public static int Create(string existing, string created) =>
        Link(existing, created) == 0 ? 0 : Marshal.GetLastPInvokeError();

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);
}
