namespace Hearth.Egress;

public enum EgressState
{
    /// <summary>Not started, or stopped.</summary>
    Stopped,

    /// <summary>The kill switch is on, the tunnel is not (yet, or any more): nothing leaves.</summary>
    Down,

    Restarting,

    Up,

    /// <summary>Egress could not be made safe (the kill switch failed): it stays closed and says why.</summary>
    Failed,
}

/// <summary>What the control API and the metrics show.</summary>
public sealed record EgressStatus(
    EgressState State,
    DateTimeOffset Since,
    double? HandshakeAgeSeconds,
    string? PublicIp,
    string? HomeWanAddress,
    bool AutomationPaused,
    string? Warning,
    int? ForwardedPort,
    long ReceivedBytes,
    long SentBytes,
    int Restarts,
    string? Reason,
    string Namespace,
    string TunnelInterface,
    Health.TunnelProblem? ReasonCode = null);
