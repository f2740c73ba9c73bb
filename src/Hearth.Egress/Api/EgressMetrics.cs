using System.Globalization;
using System.Text;

namespace Hearth.Egress.Api;

/// <summary>The egress status in Prometheus' text exposition format.</summary>
public static class EgressMetrics
{
    public static string Format(EgressStatus status)
    {
        var s = new StringBuilder();
        Gauge(s, "hearth_egress_up", "1 when the tunnel is up and healthy", status.State == EgressState.Up ? 1 : 0);
        Gauge(s, "hearth_egress_state_since_seconds", "Unix time of the last state change", status.Since.ToUnixTimeSeconds());
        Gauge(s, "hearth_egress_handshake_age_seconds", "Seconds since the last WireGuard handshake (-1: none)", status.HandshakeAgeSeconds ?? -1);
        Counter(s, "hearth_egress_received_bytes_total", "Bytes received through the tunnel", status.ReceivedBytes);
        Counter(s, "hearth_egress_sent_bytes_total", "Bytes sent through the tunnel", status.SentBytes);
        Counter(s, "hearth_egress_restarts_total", "Tunnel restarts (health or API)", status.Restarts);
        Gauge(s, "hearth_egress_forwarded_port", "The forwarded port (0: none)", status.ForwardedPort ?? 0);
        Gauge(s, "hearth_egress_automation_paused", "1 when the public address is the home's own", status.AutomationPaused ? 1 : 0);
        return s.ToString();
    }

    private static void Gauge(StringBuilder s, string name, string help, double value) => Write(s, name, help, "gauge", value);

    private static void Counter(StringBuilder s, string name, string help, double value) => Write(s, name, help, "counter", value);

    private static void Write(StringBuilder s, string name, string help, string type, double value) =>
        s.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n')
            .Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n')
            .Append(name).Append(' ').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
}
