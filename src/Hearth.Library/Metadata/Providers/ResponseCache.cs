using System.Security.Cryptography;
using System.Text;
using Hearth.Core.Paths;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Library.Metadata.Providers;

/// <summary>
/// Providers' successful answers on disk, <c>&lt;data&gt;/cache/metadata/&lt;provider&gt;/&lt;sha256 of the address&gt;.json</c>,
/// used instead of asking again while younger than <see cref="MetadataOptions.CacheTtl"/>. A 404 is kept briefly
/// as a <c>.404</c> file. The address hashed never holds a key (the key is added on the way out), so changing the
/// key keeps the cache. Anything wrong with the cache is logged and passed over: it only saves requests.
/// </summary>
public sealed class ResponseCache(DataFolder data, IOptions<MetadataOptions> options, TimeProvider time, ILogger<ResponseCache> logger)
{
    public string Folder => Path.Combine(data.Cache, "metadata");

    public string PathFor(string provider, string url, bool notFound = false)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)));
        return Path.Combine(Folder, provider, hash + (notFound ? ".404" : ".json"));
    }

    /// <summary>The stored answer when fresh; <paramref name="notFound"/> when a fresh 404 is kept instead.</summary>
    public string? Read(string provider, string url, out bool notFound)
    {
        notFound = false;
        var o = options.Value;
        if (o.CacheTtl <= TimeSpan.Zero)
        {
            return null;
        }

        try
        {
            var path = PathFor(provider, url);
            if (Fresh(path, o.CacheTtl))
            {
                return File.ReadAllText(path);
            }

            notFound = o.NotFoundTtl > TimeSpan.Zero && Fresh(PathFor(provider, url, notFound: true), o.NotFoundTtl);
        }
        catch (IOException e)
        {
            logger.LogWarning("The metadata cache of {Provider} could not be read: {Error}", provider, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            logger.LogWarning("The metadata cache of {Provider} could not be read: {Error}", provider, e.Message);
        }

        return null;
    }

    public Task WriteAsync(string provider, string url, string body, CancellationToken ct) =>
        options.Value.CacheTtl > TimeSpan.Zero ? WriteFileAsync(provider, PathFor(provider, url), body, ct) : Task.CompletedTask;

    public Task WriteNotFoundAsync(string provider, string url, CancellationToken ct) =>
        options.Value.CacheTtl > TimeSpan.Zero && options.Value.NotFoundTtl > TimeSpan.Zero
            ? WriteFileAsync(provider, PathFor(provider, url, notFound: true), "404", ct)
            : Task.CompletedTask;

    private bool Fresh(string path, TimeSpan ttl)
    {
        var written = File.GetLastWriteTimeUtc(path); // 1601 when the file is missing: never fresh
        return time.GetUtcNow().UtcDateTime - written < ttl;
    }

    private async Task WriteFileAsync(string provider, string path, string content, CancellationToken ct)
    {
        try
        {
            await AtomicOutput.WriteTextAsync(path, content, ct).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            logger.LogWarning("The metadata cache of {Provider} could not be written: {Error}", provider, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            logger.LogWarning("The metadata cache of {Provider} could not be written: {Error}", provider, e.Message);
        }
    }
}
