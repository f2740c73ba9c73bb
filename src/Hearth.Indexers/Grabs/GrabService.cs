using System.Diagnostics;
using System.Net;
using Hearth.Core.Indexers;
using Hearth.Indexers.Definitions;
using Hearth.Indexers.History;
using Hearth.Indexers.Limits;
using Hearth.Indexers.Newznab;
using Hearth.Indexers.Proxies;
using Microsoft.Extensions.Options;

namespace Hearth.Indexers.Grabs;

/// <summary>A grabbed .torrent or .nzb, or the magnet link the indexer redirected to.</summary>
public sealed record GrabbedFile(byte[]? Content, string ContentType, string FileName, string? MagnetUrl);

/// <summary>
/// Fetches a release's file from its indexer on a person's or a tool's behalf: the grab limits apply, the
/// indexer's proxy is used, and the grab goes into the history.
/// </summary>
public sealed class GrabService(IndexerStore store, IndexerHttp http, NewznabClient client, IndexerLimiter limiter, HistoryStore history, IOptions<IndexerOptions> options)
{
    private const int MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>Follows up to five HTTP redirects; stops at one to another scheme (a magnet) and answers it.</summary>
    private static async Task<HttpResponseMessage> FollowAsync(HttpClient client, Uri uri, CancellationToken ct)
    {
        for (var hop = 0; ; hop++)
        {
            var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is < 300 or >= 400 || response.Headers.Location is not { } location || hop == 5)
            {
                return response;
            }

            var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
            if (next.Scheme is not ("http" or "https"))
            {
                return response;
            }

            response.Dispose();
            uri = next;
        }
    }

    /// <exception cref="IndexerException">When the limit holds it back or the indexer fails.</exception>
    public async Task<GrabbedFile?> GrabAsync(Guid indexerId, string link, CancellationToken ct)
    {
        var indexer = await store.GetAsync(indexerId, ct).ConfigureAwait(false);
        if (indexer is null || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        // no query, and nothing after a '&' in the path either (Newznab's getnzb/…nzb&i=1&r=APIKEY)
        var described = uri.GetLeftPart(UriPartial.Path).Split('&')[0];
        try
        {
            limiter.Acquire(indexer.Id, indexer.Limits, LimitedCall.Grab);
            using var place = await client.EnterAsync(ct).ConfigureAwait(false);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.Value.RequestTimeout);
            using var response = await FollowAsync(http.WithoutRedirects(indexer.Proxy), uri, timeout.Token).ConfigureAwait(false);
            GrabbedFile file;
            if (response.Headers.Location is { } location && location.OriginalString.StartsWith("magnet:", StringComparison.OrdinalIgnoreCase))
            {
                file = new GrabbedFile(null, string.Empty, string.Empty, location.OriginalString);
            }
            else
            {
                if (!response.IsSuccessStatusCode)
                {
                    throw response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
                        ? new IndexerException(IndexerOutcome.RateLimited, $"The indexer asked Hearth to slow down (HTTP {(int)response.StatusCode}).", response.Headers.RetryAfter?.Delta)
                        : new IndexerException(IndexerOutcome.HttpError, $"The indexer answered HTTP {(int)response.StatusCode} to the download.");
                }

                if (response.Content.Headers.ContentLength > MaxFileBytes)
                {
                    throw new IndexerException(IndexerOutcome.HttpError, "The download is larger than a .torrent or .nzb should be.");
                }

                var content = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
                var type = response.Content.Headers.ContentType?.MediaType;
                if (type?.Contains("html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    throw new IndexerException(IndexerOutcome.NotTorznab, "The indexer answered an HTML page instead of the file (a login page?).");
                }

                var usenet = indexer.Kind == IndexerKind.Newznab;
                var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
                file = new GrabbedFile(
                    content,
                    usenet ? "application/x-nzb" : "application/x-bittorrent",
                    string.IsNullOrWhiteSpace(name) ? (usenet ? "release.nzb" : "release.torrent") : Path.GetFileName(name),
                    null);
            }

            limiter.Succeeded(indexer.Id);
            await history.RecordAsync(indexer, "grab", described, 1, 0, Stopwatch.GetElapsedTime(started), IndexerOutcome.Ok, null, ct).ConfigureAwait(false);
            return file;
        }
        catch (Exception e) when (e is IndexerException or HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            var failure = e as IndexerException ?? new IndexerException(e is OperationCanceledException ? IndexerOutcome.Timeout : IndexerOutcome.Unreachable, $"The download failed: {e.Message}");
            limiter.Failed(indexer.Id, failure);
            await history.RecordAsync(indexer, "grab", described, 0, 0, Stopwatch.GetElapsedTime(started), failure.Kind, failure.Message, ct).ConfigureAwait(false);
            throw failure;
        }
    }
}
