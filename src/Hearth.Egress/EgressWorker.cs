using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hearth.Egress;

/// <summary>
/// Runs with the host: the health loop and port forwarding while the app runs. Whoever started egress stops
/// it: when this worker started it, at shutdown the tunnel and the namespace are removed (and what runs inside).
/// </summary>
public sealed class EgressWorker(EgressController egress, ILogger<EgressWorker> logger) : BackgroundService
{
    private bool startedHere;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (egress.State == EgressState.Stopped)
        {
            startedHere = true;
            await egress.StartAsync(stoppingToken).ConfigureAwait(false);
        }

        var loops = new List<Task> { egress.RunHealthAsync(stoppingToken) };
        if (egress.Options.PortForwarding)
        {
            loops.Add(egress.PortForwarder.RunAsync(stoppingToken));
        }

        try
        {
            await Task.WhenAll(loops).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (!startedHere)
        {
            return;
        }

        logger.LogInformation("Removing the egress namespace {Namespace}", egress.Options.Namespace);
        await egress.StopAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
