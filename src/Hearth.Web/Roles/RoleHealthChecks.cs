using Hearth.Core.Roles;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hearth.Web.Roles;

/// <summary>The server's view of the acquire role: reachable, and taking this server's role key.</summary>
internal sealed class AcquireLinkCheck(AcquireProxy.AcquireLink link) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(link.Address, RoleGate.PingRoute));
        request.Headers.Add(RoleKey.Header, link.Key.Value);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            using var response = await link.Invoker.SendAsync(request, timeout.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : response.Headers.Contains(AcquireProxy.RefusedHeader)
                    ? HealthCheckResult.Degraded("The acquire role refuses this server's role key: the indexers cannot be reached.")
                    : HealthCheckResult.Degraded($"The acquire role answers HTTP {(int)response.StatusCode}.");
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            // degraded, not unhealthy: the library and streaming work without acquire
            return HealthCheckResult.Degraded("The acquire role does not answer: the indexers cannot be reached.");
        }
    }
}

/// <summary>The acquire role's view of the server (when told where it is): reachable or not.</summary>
internal sealed class ServerLinkCheck(Uri server, IHttpClientFactory clients) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var client = clients.CreateClient("server-link");
        client.Timeout = TimeSpan.FromSeconds(3);
        try
        {
            using var response = await client.GetAsync(new Uri(server, "/health"), cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded($"The server answers HTTP {(int)response.StatusCode}.");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Degraded("The server does not answer.");
        }
    }
}

/// <summary>A context's store opens and answers (the disk is there, the file is readable).</summary>
internal sealed class StoreCheck<TDb>(Microsoft.EntityFrameworkCore.IDbContextFactory<TDb> factory) : IHealthCheck
    where TDb : Microsoft.EntityFrameworkCore.DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The store cannot be opened.");
    }
}

/// <summary>The tunnel: up, or closed by the kill switch (nothing leaks either way, but acquire cannot work).</summary>
internal sealed class TunnelCheck(Hearth.Egress.EgressController egress) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(egress.State == Hearth.Egress.EgressState.Up
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus, $"The tunnel is {egress.State.ToString().ToLowerInvariant()}: the kill switch holds, nothing leaves the namespace."));
}
