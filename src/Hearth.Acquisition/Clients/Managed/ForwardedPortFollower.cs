using Hearth.Core.Egress;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hearth.Acquisition.Clients.Managed;

/// <summary>
/// Where egress runs in another process (`hearth up --vpn`), the forwarded port arrives as a file
/// (<see cref="ManagedClientOptions.ForwardedPortFile"/>): read every few seconds and handed to the managed client.
/// </summary>
internal sealed class ForwardedPortFollower(ManagedQBittorrent managed, IOptions<AcquisitionOptions> options, TimeProvider clock) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Managed.ForwardedPortFile is not { Length: > 0 } file)
        {
            return;
        }
        int? last = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var port = ForwardedPortFile.Read(file);
            if (port != last)
            {
                await managed.ForwardedPortChangedAsync(port, stoppingToken).ConfigureAwait(false);
                last = port;
            }
            await Task.Delay(Every, clock, stoppingToken).ConfigureAwait(false);
        }
    }
}
