using Hearth.Core.Paths;
using Microsoft.Extensions.Options;

namespace Hearth.Jellyfin.Server;

/// <summary>
/// How apps know this server: a stable id (made once and kept in the data folder, so a restored box is the same
/// server to the TV), the name shown, and the Jellyfin version whose API Hearth answers. Apps refuse a server whose
/// product name is not Jellyfin's or whose version is below what they support, so both are what they check for;
/// <c>/api/v1/server</c> says what the server really is.
/// </summary>
public sealed class ServerIdentity
{
    /// <summary>The Jellyfin release whose API this edge follows (the apps' minimum is 10.10).</summary>
    public const string ApiVersion = "10.11.0";

    public const string ProductName = "Jellyfin Server";

    private readonly IOptionsMonitor<JellyfinOptions> options;

    public ServerIdentity(DataFolder data, IOptionsMonitor<JellyfinOptions> options)
    {
        this.options = options;
        Id = Load(data.ServerId);
    }

    public string Id { get; }

    public string Name => options.CurrentValue.ServerName is { Length: > 0 } name ? name : Environment.MachineName;

    private static string Load(string path)
    {
        if (File.Exists(path) && JellyfinIds.TryParse(File.ReadAllText(path).Trim(), out var known))
        {
            return JellyfinIds.Format(known);
        }

        var id = JellyfinIds.Format(Guid.NewGuid());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, id + "\n");
        return id;
    }
}
