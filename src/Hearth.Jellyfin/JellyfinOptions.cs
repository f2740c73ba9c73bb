namespace Hearth.Jellyfin;

/// <summary>The Jellyfin-compatible API (section <c>Jellyfin</c>): on by default, as TV apps are how a household watches.</summary>
public sealed class JellyfinOptions
{
    public const string Section = "Jellyfin";

    /// <summary>The name apps show for this server; empty: the machine's name.</summary>
    public string? ServerName { get; set; }

    /// <summary>
    /// Whether <c>/Users/Public</c> lists the household's names on the sign-in screen of an app. Off: a stranger on
    /// the network learns no names (Jellyfin lists them unless each user is hidden).
    /// </summary>
    public bool ListUsersPublicly { get; set; }

    /// <summary>Whether apps on the LAN or tailnet find the server by asking UDP port 7359 ("who is JellyfinServer?").</summary>
    public bool Discovery { get; set; } = true;

    /// <summary>The UDP port discovery answers on; apps ask 7359, tests pick another.</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 65535)]
    public int DiscoveryPort { get; set; } = 7359;

    /// <summary>Whether an app may sign in with a six-character code approved by a signed-in person in Hearth's web UI.</summary>
    public bool QuickConnect { get; set; } = true;
}
