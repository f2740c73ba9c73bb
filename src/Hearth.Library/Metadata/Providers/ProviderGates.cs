using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Hearth.Library.Metadata.Providers;

/// <summary>
/// One gate per provider, shared by every HTTP client the factory makes for it: at most
/// <see cref="MetadataOptions.MaxConcurrency"/> requests to a provider are in flight, however many refreshes run.
/// </summary>
public sealed class ProviderGates(IOptions<MetadataOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);

    public SemaphoreSlim For(string provider) =>
        gates.GetOrAdd(provider, _ => new SemaphoreSlim(options.Value.MaxConcurrency, options.Value.MaxConcurrency));

    public void Dispose()
    {
        foreach (var gate in gates.Values)
        {
            gate.Dispose();
        }
    }
}

/// <summary>
/// Holds a slot of the provider's gate for each attempt (it sits inside the retry handler, so a retry's
/// backoff waits without a slot and others go first).
/// </summary>
internal sealed class GateHandler(SemaphoreSlim gate) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
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
