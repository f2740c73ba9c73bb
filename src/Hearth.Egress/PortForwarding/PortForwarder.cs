using Hearth.Core.Egress;
using Microsoft.Extensions.Logging;

namespace Hearth.Egress.PortForwarding;

/// <summary>
/// Keeps a forwarded port: maps UDP and TCP, renews at half the granted lifetime, follows the port when the
/// gateway changes it, opens it in the kill switch and hands it to the listeners. Port 0 is never handed over;
/// when renewals keep failing past the lifetime the port is withdrawn (null).
/// </summary>
public sealed class PortForwarder(
    Func<NatPmpClient?> client,
    Func<int?, CancellationToken, Task> openPort,
    IEnumerable<IForwardedPortListener> listeners,
    TimeSpan lifetime,
    TimeProvider time,
    ILogger logger)
{
    private DateTimeOffset expires = DateTimeOffset.MinValue;

    public int? Port { get; private set; }

    public DateTimeOffset? Expires => Port is null ? null : expires;

    public int Renewals { get; private set; }

    /// <summary>One round: map (or renew), publish on change. Answers how long to wait before the next round.</summary>
    public async Task<TimeSpan> RefreshAsync(CancellationToken ct)
    {
        var nat = client();
        if (nat is null)
        {
            await PublishAsync(null, ct).ConfigureAwait(false);
            return TimeSpan.FromSeconds(5);
        }

        try
        {
            // internal port 1 / suggested 0, as ProtonVPN documents; a known port is asked for again to keep it
            var udp = await nat.MapAsync(NatPmpProtocol.Udp, 1, Port ?? 0, lifetime, ct).ConfigureAwait(false);
            var tcp = await nat.MapAsync(NatPmpProtocol.Tcp, 1, udp.ExternalPort, lifetime, ct).ConfigureAwait(false);
            if (tcp.ExternalPort != udp.ExternalPort)
            {
                logger.LogWarning("The gateway mapped UDP {Udp} but TCP {Tcp}; using the UDP port", udp.ExternalPort, tcp.ExternalPort);
            }

            var granted = udp.Lifetime < tcp.Lifetime ? udp.Lifetime : tcp.Lifetime;
            expires = time.GetUtcNow() + granted;
            Renewals++;
            await PublishAsync(udp.ExternalPort, ct).ConfigureAwait(false);
            return granted / 2 > TimeSpan.FromSeconds(1) ? granted / 2 : TimeSpan.FromSeconds(1);
        }
        catch (NatPmpException e)
        {
            logger.LogWarning("Port forwarding: {Reason}", e.Message);
            if (time.GetUtcNow() >= expires)
            {
                await PublishAsync(null, ct).ConfigureAwait(false);
            }

            return TimeSpan.FromSeconds(2);
        }
    }

    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var wait = TimeSpan.FromSeconds(2);
            try
            {
                wait = await RefreshAsync(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or Core.Processes.ExternalProcessException)
            {
                logger.LogWarning("Port forwarding round failed: {Reason}", e.Message);
            }

            await Task.Delay(wait, time, ct).ConfigureAwait(false);
        }
    }

    private async Task PublishAsync(int? port, CancellationToken ct)
    {
        if (port == Port || port == 0)
        {
            return;
        }

        logger.LogInformation("Forwarded port: {Old} -> {New}", Port?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none", port?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none");
        await openPort(port, ct).ConfigureAwait(false);
        Port = port;
        foreach (var listener in listeners)
        {
            await listener.ForwardedPortChangedAsync(port, ct).ConfigureAwait(false);
        }
    }
}
