using System.Globalization;

namespace Hearth.Core.Egress;

/// <summary>
/// The forwarded port handed between processes: when egress and acquire run apart (`hearth up --vpn` runs acquire
/// inside the namespace as its own process), egress writes the port to a file and acquire follows it. The file holds
/// the port as digits, or nothing when there is none.
/// </summary>
public static class ForwardedPortFile
{
    public static void Write(string path, int? port)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, port?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The port in the file; null when there is no file, no port, or anything but a port.</summary>
    public static int? Read(string path)
    {
        try
        {
            return int.TryParse(File.ReadAllText(path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535 ? port : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>Egress's side: each forwarded port it obtains (or loses) is written to the file.</summary>
public sealed class ForwardedPortFileWriter(string path) : IForwardedPortListener
{
    public string Path { get; } = path;

    public Task ForwardedPortChangedAsync(int? port, CancellationToken cancellationToken)
    {
        ForwardedPortFile.Write(Path, port);
        return Task.CompletedTask;
    }
}
