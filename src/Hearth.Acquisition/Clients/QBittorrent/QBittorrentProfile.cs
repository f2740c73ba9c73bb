using System.Security.Cryptography;
using System.Text;

namespace Hearth.Acquisition.Clients.QBittorrent;

/// <summary>
/// A qbittorrent-nox profile Hearth writes for a client it runs itself (the managed default, and the tests' daemons):
/// the WebUI on loopback only with a generated password, no legal-notice prompt, and none of the ways a client finds
/// peers beyond its trackers (DHT, peer exchange, local discovery, UPnP and NAT-PMP off), so it talks to the trackers
/// of what it is given and to nothing else.
/// </summary>
public static class QBittorrentProfile
{
    /// <summary>Writes <c>qBittorrent/config/qBittorrent.conf</c> under <paramref name="profile"/> (the folder <c>--profile</c> names).</summary>
    /// <param name="listenPort">The port peers reach it on (the VPN's forwarded port under --vpn).</param>
    /// <param name="bindInterface">The network interface it may use for peers ("lo" in tests; null for any).</param>
    public static string Write(string profile, int webUiPort, string username, string password, string downloads, int listenPort, string? bindInterface = null)
    {
        var folder = Path.Combine(profile, "qBittorrent", "config");
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(downloads);
        var lines = new List<string>
        {
            "[LegalNotice]",
            "Accepted=true",
            "",
            "[BitTorrent]",
            $"Session\\DefaultSavePath={downloads}",
            $"Session\\Port={listenPort}",
            "Session\\DHTEnabled=false",
            "Session\\PeXEnabled=false",
            "Session\\LSDEnabled=false",
            "Session\\AddTorrentStopped=false",
            "Session\\AnonymousModeEnabled=false",
        };
        if (bindInterface is not null)
        {
            lines.Add($"Session\\Interface={bindInterface}");
            lines.Add($"Session\\InterfaceName={bindInterface}");
        }
        lines.AddRange(
        [
            "",
            "[Preferences]",
            "Connection\\UPnP=false",
            "General\\Locale=en",
            "WebUI\\Enabled=true",
            "WebUI\\Address=127.0.0.1",
            $"WebUI\\Port={webUiPort}",
            $"WebUI\\Username={username}",
            $"WebUI\\Password_PBKDF2=\"{PasswordHash(password)}\"",
            "WebUI\\LocalHostAuth=true",
            "WebUI\\CSRFProtection=true",
            "WebUI\\UseUPnP=false",
            "",
        ]);
        var path = Path.Combine(folder, "qBittorrent.conf");
        File.WriteAllText(path, string.Join('\n', lines));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return path;
    }

    /// <summary>qBittorrent's stored form of a WebUI password: PBKDF2-HMAC-SHA512, 100,000 rounds, a 16-byte salt and a 64-byte key.</summary>
    public static string PasswordHash(string password, byte[]? salt = null)
    {
        salt ??= RandomNumberGenerator.GetBytes(16);
        var key = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, 100_000, HashAlgorithmName.SHA512, 64);
        return $"@ByteArray({Convert.ToBase64String(salt)}:{Convert.ToBase64String(key)})";
    }
}
