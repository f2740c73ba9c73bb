namespace Hearth.Egress.Health;

/// <summary>What a health round found wrong with the tunnel, as a code; the sentence beside it is for people.</summary>
public enum TunnelProblem
{
    /// <summary>The tunnel interface is gone (wireguard-go ended): restarted at once, no grace.</summary>
    InterfaceGone,

    /// <summary>No handshake at all since the tunnel came up, for longer than the handshake timeout.</summary>
    NoHandshake,

    /// <summary>The last handshake is older than the handshake timeout.</summary>
    HandshakeStale,

    /// <summary>No handshake yet, still within the timeout.</summary>
    NoHandshakeYet,

    /// <summary>No probe target answered through the tunnel.</summary>
    ProbesUnanswered,
}

/// <summary>A problem found, and how to say it.</summary>
public sealed record TunnelHealthProblem(TunnelProblem Code, string Text);
