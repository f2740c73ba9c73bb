using System.Security.Cryptography;
using System.Text;
using Hearth.Core.Paths;

namespace Hearth.Jellyfin.Auth;

/// <summary>
/// Tags that are capabilities: an HMAC-SHA256, under a key made once and kept owner-only in the data folder's keys,
/// of what a URL names (an item's picture, an item's file), cut to 32 hex digits. Jellyfin apps fetch pictures and
/// direct-play streams by URL with no credentials (image loaders, and ExoPlayer on Android TV), carrying the tag an
/// authorised answer gave them; only someone who was shown the item can name it, and a changed file gets a new tag.
/// </summary>
public sealed class UrlSigner
{
    private const string KeyFile = "jellyfin-url-tags.key";
    private readonly byte[] key;
    private readonly ThreadLocal<IncrementalHash> hmacs;

    public UrlSigner(DataFolder data)
    {
        key = LoadKey(Path.Combine(data.Keys, KeyFile));
        hmacs = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key));
    }

    public string Sign(string message)
    {
        // one keyed HMAC per thread, reset after each use: a page of items signs hundreds of image tags, and setting a
        // key up for each (HMACSHA256.HashData) cost more than the rest of the page's mapping
        var hmac = hmacs.Value!;
        var max = Encoding.UTF8.GetMaxByteCount(message.Length);
        Span<byte> bytes = max <= 1024 ? stackalloc byte[max] : new byte[max];
        hmac.AppendData(bytes[..Encoding.UTF8.GetBytes(message, bytes)]);
        Span<byte> mac = stackalloc byte[32];
        hmac.GetHashAndReset(mac);
        // 128 bits, as 32 hex digits
        return Convert.ToHexStringLower(mac[..16]);
    }

    /// <summary>Whether <paramref name="given"/> is the tag of <paramref name="message"/> (compared in constant time).</summary>
    public bool Matches(string message, string? given) =>
        given is { Length: 32 } && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(message)), Encoding.ASCII.GetBytes(given.ToLowerInvariant()));

    private static byte[] LoadKey(string path)
    {
        if (File.Exists(path) && File.ReadAllBytes(path) is { Length: 32 } known)
        {
            return known;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var fresh = RandomNumberGenerator.GetBytes(32);
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, fresh);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temp, path, overwrite: true);
        return fresh;
    }
}
