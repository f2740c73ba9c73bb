namespace Hearth.Acquisition.Clients.Managed;

/// <summary>
/// The qBittorrent Hearth runs itself (section "Acquisition:Managed"). `hearth up` runs it unless Enabled is false;
/// a household with its own client turns it off and adds theirs under Download clients.
/// </summary>
public sealed class ManagedClientOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>The qbittorrent-nox program (found on PATH by default).</summary>
    public string Program { get; set; } = "qbittorrent-nox";

    /// <summary>Where downloads are saved: the data folder's downloads/ unless set. Keep it on the library's file system so imports are hardlinks.</summary>
    public string? Downloads { get; set; }

    /// <summary>The port peers reach it on; 0 chooses one once and keeps it. Under --vpn the forwarded port replaces it.</summary>
    public int ListenPort { get; set; }

    /// <summary>The one network interface it may reach peers through (the tunnel's, under --vpn); any when unset.</summary>
    public string? Interface { get; set; }

    /// <summary>A file holding the VPN's forwarded port, written by the egress role when it runs in another process.</summary>
    public string? ForwardedPortFile { get; set; }
}
