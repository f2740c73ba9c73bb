using System.Security.Cryptography;
using System.Text;

namespace Hearth.Jellyfin.Items;

/// <summary>
/// Stable ids for things Hearth keeps only by name (genres, studios, people): a name-based UUID (version 5 layout,
/// SHA-1 of kind and name), so the same genre has the same id on every answer and every server restart.
/// </summary>
internal static class NameIds
{
    public static string For(string kind, string name)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes($"hearth:{kind}:{name.Trim().ToLowerInvariant()}"));
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return JellyfinIds.Format(new Guid(bytes, bigEndian: true));
    }
}
