using System.Security.Cryptography;

namespace Hearth.Library.Scanning;

/// <summary>
/// What identifies a file's content whatever its path: SHA-256 of its first and last MiB (the whole file
/// when smaller), as players' subtitle look-ups hash a file. Stored beside the size, which a move keeps too.
/// </summary>
public static class ContentFingerprint
{
    private const int Chunk = 1024 * 1024;

    public static string Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        var length = stream.Length;
        var buffer = new byte[Chunk];
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(BitConverter.GetBytes(length));
        Append(stream, hash, buffer, 0, (int)Math.Min(Chunk, length));
        if (length > Chunk)
        {
            var start = Math.Max(Chunk, length - Chunk);
            Append(stream, hash, buffer, start, (int)(length - start));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset(), 0, 16);
    }

    /// <summary>The fingerprint, or null when the file cannot be read (it is then never taken for a move).</summary>
    public static string? TryOf(string path)
    {
        try
        {
            return Of(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Append(FileStream stream, IncrementalHash hash, byte[] buffer, long offset, int count)
    {
        stream.Position = offset;
        stream.ReadExactly(buffer, 0, count);
        hash.AppendData(buffer, 0, count);
    }
}
