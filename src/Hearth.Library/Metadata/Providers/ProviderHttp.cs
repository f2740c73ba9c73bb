using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Hearth.Core.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Hearth.Library.Metadata.Providers;

/// <summary>
/// The GETs a provider client makes, through its named <see cref="HttpClient"/> (retries, circuit breaker,
/// attempt timeout and the concurrency gate live in its handlers) and the disk cache, with every failure turned
/// into a <see cref="ProviderResult{T}"/> and a sentence. Addresses are relative to the provider's base URL and
/// never hold a key (the auth handler adds it on the way out), so they can be logged and hashed as they are.
/// The one exception that passes is the caller's own cancellation (its token), which is not a provider's failure.
/// </summary>
public sealed class ProviderHttp(
    string provider,
    string displayName,
    IHttpClientFactory clients,
    ResponseCache cache,
    IOptions<MetadataOptions> options,
    ILogger logger)
{
    /// <summary>Said for a 401 or 403 ("TMDB refused the API key").</summary>
    public string UnauthorizedSentence { get; init; } = $"{displayName} refused the request";

    /// <summary>The answer as <typeparamref name="T"/>, from the cache when fresh; <paramref name="what"/> names the thing for a 404 ("film 78").</summary>
    public async Task<ProviderResult<T>> GetJsonAsync<T>(string url, JsonTypeInfo<T> type, string what, CancellationToken ct)
    {
        var cached = cache.Read(provider, url, out var notFound);
        if (notFound)
        {
            return ProviderResult<T>.Fail(ProviderOutcome.NotFound, $"{displayName} has no {what}");
        }

        if (cached is not null && Parse(cached, type) is { } fromCache)
        {
            logger.LogDebug("{Provider} GET {Url} answered from the cache", displayName, UrlRedaction.Redact(url));
            return ProviderResult<T>.Ok(fromCache);
        }

        var answer = await SendAsync(url, what, ct).ConfigureAwait(false);
        if (!answer.IsOk)
        {
            if (answer.Outcome == ProviderOutcome.NotFound)
            {
                await cache.WriteNotFoundAsync(provider, url, ct).ConfigureAwait(false);
            }

            return answer.As<T>();
        }

        if (answer.Value!.Location is not null)
        {
            return Garbage<T>(url, $"a redirect to another address instead of the {what}");
        }

        if (Parse(answer.Value.Body, type) is not { } value)
        {
            return Garbage<T>(url, $"an answer for the {what} that is not the documented JSON");
        }

        // only an answer that parsed is kept: a cut-off or garbled one would otherwise be served for a week
        await cache.WriteAsync(provider, url, answer.Value.Body, ct).ConfigureAwait(false);
        return ProviderResult<T>.Ok(value);
    }

    /// <summary>One GET without the cache; a redirect comes back as <see cref="RawAnswer.Location"/> (the client must not follow redirects).</summary>
    public async Task<ProviderResult<RawAnswer>> SendAsync(string url, string what, CancellationToken ct)
    {
        var shown = UrlRedaction.Redact(url);
        var retries = options.Value.Retries;
        var client = clients.CreateClient(provider);
        HttpResponseMessage response;
        try
        {
            response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        }
        catch (BrokenCircuitException)
        {
            logger.LogWarning("{Provider} GET {Url} not sent: too many recent failures, asking is paused", displayName, shown);
            return Fail<RawAnswer>(ProviderOutcome.RateLimited, $"{displayName} failed too often lately; Hearth pauses asking it for a while");
        }
        catch (TimeoutRejectedException)
        {
            logger.LogWarning("{Provider} GET {Url} timed out", displayName, shown);
            return Fail<RawAnswer>(ProviderOutcome.Unavailable, $"{displayName} did not answer in time, also after {retries} retries");
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning("{Provider} GET {Url} failed: {Error}", displayName, shown, e.HttpRequestError);
            return Fail<RawAnswer>(ProviderOutcome.Unavailable, $"{displayName} could not be reached ({Plain(e.HttpRequestError)}), also after {retries} retries");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning("{Provider} GET {Url} timed out", displayName, shown);
            return Fail<RawAnswer>(ProviderOutcome.Unavailable, $"{displayName} did not answer in time");
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            logger.LogDebug("{Provider} GET {Url} answered {Status}", displayName, shown, status);
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                return ProviderResult<RawAnswer>.Ok(new RawAnswer(response.StatusCode, string.Empty, location));
            }

            if (!response.IsSuccessStatusCode)
            {
                var failure = Classify(response.StatusCode, what, retries);
                logger.LogWarning("{Provider} GET {Url} answered {Status}: {Outcome}", displayName, shown, status, failure.Outcome);
                return failure;
            }

            try
            {
                var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
                return ProviderResult<RawAnswer>.Ok(new RawAnswer(response.StatusCode, body, null));
            }
            catch (HttpRequestException e)
            {
                // the headers came, the body was cut off before its announced length
                return Garbage<RawAnswer>(url, $"an answer for the {what} that was cut off ({Plain(e.HttpRequestError)})");
            }
            catch (IOException)
            {
                // the same, as the stream reports it (HttpIOException) when the connection drops mid-body
                return Garbage<RawAnswer>(url, $"an answer for the {what} that was cut off");
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return Fail<RawAnswer>(ProviderOutcome.Unavailable, $"{displayName} stopped sending its answer for the {what}");
            }
        }
    }

    private ProviderResult<RawAnswer> Classify(HttpStatusCode code, string what, int retries)
    {
        var status = (int)code;
        return status switch
        {
            401 or 403 => Fail<RawAnswer>(ProviderOutcome.Unauthorized, UnauthorizedSentence),
            404 => Fail<RawAnswer>(ProviderOutcome.NotFound, $"{displayName} has no {what}"),
            429 => Fail<RawAnswer>(ProviderOutcome.RateLimited, $"{displayName} is limiting Hearth's requests (429), also after {retries} retries"),
            408 or >= 500 => Fail<RawAnswer>(ProviderOutcome.Unavailable, $"{displayName} answered {status} {code}, also after {retries} retries"),
            _ => Fail<RawAnswer>(ProviderOutcome.Garbage, $"{displayName} answered {status} {code} for the {what}, which Hearth does not expect"),
        };
    }

    private ProviderResult<T> Garbage<T>(string url, string sentence)
    {
        logger.LogWarning("{Provider} GET {Url} gave {What}", displayName, UrlRedaction.Redact(url), sentence);
        return Fail<T>(ProviderOutcome.Garbage, $"{displayName} sent {sentence}");
    }

    private static ProviderResult<T> Fail<T>(ProviderOutcome outcome, string sentence) => ProviderResult<T>.Fail(outcome, sentence);

    private static T? Parse<T>(string body, JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException)
        {
            return default;
        }
        catch (NotSupportedException)
        {
            return default;
        }
    }

    private static string Plain(HttpRequestError error) => error switch
    {
        HttpRequestError.NameResolutionError => "its name did not resolve",
        HttpRequestError.ConnectionError => "the connection failed",
        HttpRequestError.SecureConnectionError => "the secure connection failed",
        HttpRequestError.ResponseEnded => "the answer ended early",
        HttpRequestError.InvalidResponse => "the answer was not valid HTTP",
        _ => "a network error",
    };
}

/// <summary>What a GET answered: the body of a success, or where a redirect points.</summary>
public sealed record RawAnswer(HttpStatusCode Status, string Body, Uri? Location);
