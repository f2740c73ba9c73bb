using System.Runtime.Versioning;
using Hearth.Core.Paths;

[assembly: SupportedOSPlatform("linux")]

namespace Hearth.Core.Tests;

public sealed class DataFolderTests
{
    [Fact]
    public void EnsureCreated_NewFolder_IsOwnerOnly()
    {
        var root = Path.Combine(Path.GetTempPath(), "hearth-data-" + Guid.NewGuid().ToString("N"));
        try
        {
            var data = new DataFolder(root);

            data.EnsureCreated();

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(root));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(data.Keys));
            Assert.True(Directory.Exists(data.ImageCache));
            Assert.StartsWith(root, data.LibraryDatabase, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
