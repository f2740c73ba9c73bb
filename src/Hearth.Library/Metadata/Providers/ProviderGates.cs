using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Hearth.Library.Metadata.Providers;

/// <summary>
/// One gate per provider, shared by every HTTP client the factory makes for it: at most
/// <see cref="MetadataOptions.MaxConcurrency"/> requests to a provider are in flight, however many refreshes run,
/// and no more start in any 10 seconds than the provider allows (TVmaze's documented 20).
/// </summary>
public sealed class ProviderGates(IOptions<MetadataOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimiter?> rates = new(StringComparer.Ordinal);

    public SemaphoreSlim For(string provider) =>
        gates.GetOrAdd(provider, _ => new SemaphoreSlim(options.Value.MaxConcurrency, options.Value.MaxConcurrency));

    /// <summary>The provider's request rate, or null when only its concurrency is limited.</summary>
    public RateLimiter? RateFor(string provider, Func<MetadataOptions, int> perTenSeconds) =>
        rates.GetOrAdd(provider, _ => perTenSeconds(options.Value) is > 0 and var limit
            ? new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
            {
                PermitLimit = limit,
                Window = TimeSpan.FromSeconds(10),
                SegmentsPerWindow = 10,
                // every caller waits its turn, oldest first; none is refused
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            })
            : null);

    public void Dispose()
    {
        foreach (var gate in gates.Values)
        {
            gate.Dispose();
        }

        foreach (var rate in rates.Values)
        {
            rate?.Dispose();
        }
    }
}

/// <summary>
/// Waits for the provider's rate, then holds a slot of its gate for each attempt (it sits inside the retry handler,
/// so a retry's backoff waits without a slot and others go first).
/// </summary>
internal sealed class GateHandler(SemaphoreSlim gate, RateLimiter? rate) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (rate is not null)
        {
            using var lease = await rate.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
