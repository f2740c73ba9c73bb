using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Hearth.Library.Metadata.Providers;

/// <summary>
/// How a provider's requests are retried and stopped: retries with exponential backoff and jitter for 408, 429,
/// 5xx, timeouts and network errors, waiting as Retry-After says (up to <see cref="MetadataOptions.MaxRetryAfter"/>);
/// a circuit breaker that pauses asking a provider most of whose recent requests failed; a timeout per attempt.
/// </summary>
public static class ProviderResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, MetadataOptions options)
    {
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(options.Retries, 1), // Polly needs one; Retries = 0 is kept by the predicate
            Delay = options.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(options.Retries > 0 && Retryable(args.Outcome, options)),
        });
        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 20,
            SamplingDuration = TimeSpan.FromSeconds(60),
            BreakDuration = options.BreakDuration,
        });
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.Timeout });
    }

    private static bool Retryable(Outcome<HttpResponseMessage> outcome, MetadataOptions options)
    {
        if (!HttpClientResiliencePredicates.IsTransient(outcome))
        {
            return false;
        }

        // a provider that asks for a long pause gets it: the call ends as rate limited instead of holding a refresh
        var response = outcome.Result;
        if (response?.StatusCode == HttpStatusCode.TooManyRequests && RetryAfter(response) is { } wait)
        {
            return wait <= options.MaxRetryAfter;
        }

        return true;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };
}
