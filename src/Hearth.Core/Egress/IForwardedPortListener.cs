namespace Hearth.Core.Egress;

/// <summary>
/// The contract between Egress (which obtains a forwarded port from the VPN provider) and whatever listens
/// for peers (the embedded torrent engine, qBittorrent's listen_port). Egress never hands over port 0.
/// </summary>
public interface IForwardedPortListener
{
    /// <param name="port">The port peers can reach through the tunnel, or null when there is none (any more).</param>
    Task ForwardedPortChangedAsync(int? port, CancellationToken cancellationToken);
}
