using System.Security.Cryptography;
using System.Text;

namespace Hearth.Acquisition.Clients;

/// <summary>
/// The info hash of a torrent, the id every torrent client knows it by: the SHA-1 of the bencoded <c>info</c>
/// dictionary exactly as the .torrent holds it (BEP 3), or the <c>xt=urn:btih:</c> of a magnet link (hex, or base32
/// as BEP 9 allows). Only as much bencode is read as finding that span takes.
/// </summary>
public static class TorrentFiles
{
    /// <summary>The lower-case hex info hash, or null when the bytes are not a torrent with an info dictionary.</summary>
    public static string? InfoHash(ReadOnlySpan<byte> torrent)
    {
        try
        {
            var at = 0;
            if (torrent.IsEmpty || torrent[0] != (byte)'d')
            {
                return null;
            }
            at = 1;
            while (at < torrent.Length && torrent[at] != (byte)'e')
            {
                var key = ReadString(torrent, ref at);
                var start = at;
                Skip(torrent, ref at, 0);
                if (key.SequenceEqual("info"u8))
                {
                    return Convert.ToHexStringLower(SHA1.HashData(torrent[start..at]));
                }
            }
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The lower-case hex info hash of a magnet link, or null when it names none.</summary>
    public static string? InfoHash(string magnet)
    {
        const string Marker = "urn:btih:";
        var at = magnet.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (!magnet.StartsWith("magnet:", StringComparison.OrdinalIgnoreCase) || at < 0)
        {
            return null;
        }
        var end = magnet.IndexOf('&', at);
        var value = magnet[(at + Marker.Length)..(end < 0 ? magnet.Length : end)];
        if (value.Length == 40 && value.All(Uri.IsHexDigit))
        {
            return value.ToLowerInvariant();
        }
        return value.Length == 32 && FromBase32(value) is { } bytes ? Convert.ToHexStringLower(bytes) : null;
    }

    private static ReadOnlySpan<byte> ReadString(ReadOnlySpan<byte> data, ref int at)
    {
        var colon = data[at..].IndexOf((byte)':');
        if (colon <= 0 || !int.TryParse(Encoding.ASCII.GetString(data.Slice(at, colon)), out var length) || length < 0 || at + colon + 1 + length > data.Length)
        {
            throw new FormatException("not a bencoded string");
        }
        var start = at + colon + 1;
        at = start + length;
        return data.Slice(start, length);
    }

    // a torrent nests a few levels (info, files, path): a deeper one is made to exhaust the stack, not a torrent
    private static void Skip(ReadOnlySpan<byte> data, ref int at, int depth)
    {
        if (at >= data.Length || depth > 32)
        {
            throw new FormatException("truncated or too deep");
        }
        switch (data[at])
        {
            case (byte)'i':
                var end = data[at..].IndexOf((byte)'e');
                if (end < 0)
                {
                    throw new FormatException("truncated integer");
                }
                at += end + 1;
                return;
            case (byte)'l':
            case (byte)'d':
                var dictionary = data[at] == (byte)'d';
                at++;
                while (at < data.Length && data[at] != (byte)'e')
                {
                    if (dictionary)
                    {
                        ReadString(data, ref at);
                    }
                    Skip(data, ref at, depth + 1);
                }
                if (at >= data.Length)
                {
                    throw new FormatException("truncated container");
                }
                at++;
                return;
            default:
                ReadString(data, ref at);
                return;
        }
    }

    private static byte[]? FromBase32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new byte[text.Length * 5 / 8];
        int buffer = 0, bits = 0, index = 0;
        foreach (var c in text.ToUpperInvariant())
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes[index++] = (byte)(buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return bytes;
    }
}
