using System.Net;
using System.Net.Sockets;
using Hearth.Core.Indexers;
using Hearth.Indexers.Caps;
using Hearth.Indexers.Proxies;
using Hearth.Indexers.Results;
using Microsoft.Extensions.Options;

namespace Hearth.Indexers.Newznab;

/// <summary>
/// The one client for the Newznab family (Newznab and Torznab share the API): caps and queries, with every
/// failure turned into an <see cref="IndexerException"/> of a kind the UI can explain.
/// </summary>
public sealed class NewznabClient(IndexerHttp http, IOptions<IndexerOptions> options, TimeProvider time)
{
    private readonly SemaphoreSlim concurrency = new(options.Value.MaxConcurrentRequests);

    /// <summary>Waits for a place under the global limit of requests in flight; dispose to leave it.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await concurrency.WaitAsync(ct).ConfigureAwait(false);
        return new Place(concurrency);
    }

    private sealed class Place(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    public Task<IndexerCaps> GetCapsAsync(IndexerConnection connection, CancellationToken ct) =>
        SendAsync(connection, [new("t", "caps")], CapsParser.Parse, ct);

    public Task<ParsedResults> QueryAsync(IndexerConnection connection, IEnumerable<KeyValuePair<string, string>> parameters, CancellationToken ct) =>
        SendAsync(connection, parameters, stream =>
        {
            var parsed = ResultsParser.Parse(stream);
            if (parsed.Error is { } error)
            {
                throw error.ToException();
            }

            return parsed.Problem is { } problem ? throw new IndexerException(IndexerOutcome.NotTorznab, problem) : parsed;
        }, ct);

    private async Task<T> SendAsync<T>(IndexerConnection connection, IEnumerable<KeyValuePair<string, string>> parameters, Func<Stream, T> read, CancellationToken ct)
    {
        var uri = connection.ApiUri(parameters);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.RequestTimeout);
        await concurrency.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.ParseAdd("application/rss+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1");
            using var response = await http.For(connection.Proxy).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            {
                var wait = RetryAfter(response, time.GetUtcNow());
                throw new IndexerException(IndexerOutcome.RateLimited, $"The indexer asked Hearth to slow down (HTTP {(int)response.StatusCode}{(wait is { } w ? $", retry after {w.TotalSeconds:0} s" : string.Empty)}).", wait);
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
            if (mediaType.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                throw new IndexerException(IndexerOutcome.NotTorznab, $"The indexer answered an HTML page (HTTP {(int)response.StatusCode}), not Torznab/Newznab XML: is the URL the API address, and is no login page in the way?");
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            // read the whole body under the timeout, then parse from memory: a slow server cannot stall the parser
            using var buffer = new MemoryStream();
            await body.CopyToAsync(buffer, timeout.Token).ConfigureAwait(false);
            buffer.Position = 0;
            if (!response.IsSuccessStatusCode)
            {
                // an error document explains better than the status (401 with code 100, say)
                var parsed = ResultsParser.Parse(buffer);
                throw parsed.Error?.ToException()
                    ?? new IndexerException(IndexerOutcome.HttpError, $"The indexer answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            return read(buffer);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new IndexerException(IndexerOutcome.Timeout, $"The indexer did not answer within {options.Value.RequestTimeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException e)
        {
            throw Classify(e, uri);
        }
        finally
        {
            concurrency.Release();
        }
    }

    private static IndexerException Classify(HttpRequestException e, Uri uri)
    {
        var where = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        var inner = e.InnerException?.Message ?? e.Message;
        return e.HttpRequestError switch
        {
            HttpRequestError.SecureConnectionError => new IndexerException(IndexerOutcome.Tls, $"The TLS handshake with {where} failed (an untrusted or expired certificate?): {inner}", inner: e),
            HttpRequestError.NameResolutionError => new IndexerException(IndexerOutcome.Unreachable, $"The name {uri.Host} does not resolve.", inner: e),
            HttpRequestError.ProxyTunnelError => new IndexerException(IndexerOutcome.Unreachable, $"The proxy could not reach {where}: {inner}", inner: e),
            HttpRequestError.ConnectionError or HttpRequestError.Unknown when e.InnerException is SocketException or IOException
                => new IndexerException(IndexerOutcome.Unreachable, $"Could not connect to {where}: {inner}", inner: e),
            HttpRequestError.InvalidResponse or HttpRequestError.ResponseEnded
                => new IndexerException(IndexerOutcome.NotTorznab, $"{where} did not answer valid HTTP: {inner}", inner: e),
            _ => new IndexerException(IndexerOutcome.Unreachable, $"The request to {where} failed: {inner}", inner: e),
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? (date > now ? date - now : TimeSpan.Zero) : null;
    }
}
