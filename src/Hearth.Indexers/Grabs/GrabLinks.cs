using System.Security.Cryptography;
using System.Text;
using Hearth.Core.Paths;

namespace Hearth.Indexers.Grabs;

/// <summary>
/// Seals an indexer's download link into an opaque token (AES-GCM, a key kept in the data folder), so the
/// links Hearth hands out name Hearth's grab endpoint and never carry an indexer's passkey or API key.
/// </summary>
public sealed class GrabLinks(DataFolder data)
{
    private readonly Lazy<byte[]> key = new(() => LoadOrCreate(data.IndexersLinkKey));

    public string Seal(Guid indexer, string link)
    {
        var plain = Encoding.UTF8.GetBytes(indexer.ToString("N") + link);
        var sealedBytes = new byte[12 + plain.Length + 16];
        var nonce = sealedBytes.AsSpan(0, 12);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Value, 16);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(12, plain.Length), sealedBytes.AsSpan(12 + plain.Length));
        return Base64Url(sealedBytes);
    }

    /// <summary>The indexer and link a token was made for; null when it was not made here or was changed.</summary>
    public (Guid Indexer, string Link)? Open(string token)
    {
        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/').PadRight((token.Length + 3) / 4 * 4, '='));
        }
        catch (FormatException)
        {
            return null;
        }

        if (sealedBytes.Length < 12 + 32 + 16)
        {
            return null;
        }

        var plain = new byte[sealedBytes.Length - 28];
        try
        {
            using var aes = new AesGcm(key.Value, 16);
            aes.Decrypt(sealedBytes.AsSpan(0, 12), sealedBytes.AsSpan(12, plain.Length), sealedBytes.AsSpan(12 + plain.Length), plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(plain);
        return Guid.TryParseExact(text[..32], "N", out var indexer) ? (indexer, text[32..]) : null;
    }

    /// <summary>The release with its download link replaced by Hearth's grab endpoint (magnets stay as they are).</summary>
    /// <param name="prefix">The server's base address ("" for links the web client follows with its cookie).</param>
    /// <param name="apiKey">Appended as apikey= for tools that fetch the link without other credentials.</param>
    public Core.Indexers.IndexerRelease Rewrite(Core.Indexers.IndexerRelease release, string prefix, string? apiKey) =>
        release.Link is null
            ? release
            : release with
            {
                Link = $"{prefix}/api/v1/indexers/{release.IndexerId}/grab/{Seal(release.IndexerId, release.Link)}"
                    + (apiKey is null ? string.Empty : "?apikey=" + Uri.EscapeDataString(apiKey)),
                Guid = release.Guid == release.Link ? $"hearth:{release.IndexerId:N}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(release.Link)))[..32]}" : release.Guid,
            };

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path) && File.ReadAllBytes(path) is { Length: 32 } existing)
        {
            return existing;
        }

        var fresh = RandomNumberGenerator.GetBytes(32);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new FileStream(path, options))
        {
            file.Write(fresh);
        }

        return fresh;
    }
}
