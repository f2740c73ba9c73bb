using Hearth.Core.Paths;
using Hearth.Library.Metadata.Refresh;
using Hearth.Library.Metadata.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Library.Metadata.Apply;

/// <summary>
/// Brings a provider's picture into the data folder once: a picture already there (same owner, role and URL) is
/// not fetched again; a new one is written beside its place and renamed over it, so the image endpoint never
/// serves half a file. Anything that is not a picture (an error page, garbage) is refused.
/// </summary>
public sealed partial class ImageDownloader(IHttpClientFactory clients, MetadataPaths paths, IOptions<RefreshOptions> options, ILogger<ImageDownloader> logger)
{
    public const string ClientName = "metadata-images";
    private const long MaxBytes = 40L * 1024 * 1024;

    /// <summary>The local path of the picture, or null when it could not be had (the reason is logged, without the URL's query).</summary>
    public async Task<string?> DownloadAsync(Guid owner, string role, string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var target = paths.ImageFor(owner, role, url);
        if (File.Exists(target))
        {
            return target;
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.Value.DownloadTimeout);
            using var client = clients.CreateClient(ClientName);
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, uri.GetLeftPart(UriPartial.Path), $"status {(int)response.StatusCode}");
                return null;
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            if (bytes.Length == 0 || bytes.Length > MaxBytes || !LooksLikePicture(bytes))
            {
                LogRefused(logger, uri.GetLeftPart(UriPartial.Path), "not a picture");
                return null;
            }

            await AtomicOutput.WriteAsync(target, temp => File.WriteAllBytesAsync(temp, bytes, CancellationToken.None)).ConfigureAwait(false);
            return target;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            LogRefused(logger, uri.GetLeftPart(UriPartial.Path), e.GetType().Name);
            return null;
        }
    }

    // JPEG, PNG, WebP and GIF by their first bytes: what providers serve
    private static bool LooksLikePicture(byte[] b) =>
        (b.Length > 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF)
        || (b.Length > 8 && b[0] == 0x89 && b[1] == 0x50 && b[2] == 0x4E && b[3] == 0x47)
        || (b.Length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P')
        || (b.Length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F');

    [LoggerMessage(Level = LogLevel.Warning, Message = "Picture {Url} was not downloaded: {Why}")]
    private static partial void LogRefused(ILogger logger, string url, string why);
}
