using System.Net;
using System.Net.Sockets;
using System.Text;
using Hearth.Egress.Namespaces;

namespace Hearth.Lab.Tests.Lab;

/// <summary>
/// Attempts to reach something from inside a namespace, by protocol. Each answers true only when an answer
/// came back; any error (no route, EPERM from nftables, timeout) is a failed attempt.
/// </summary>
public sealed class Probes(string ns, TimeSpan? timeout = null)
{
    private readonly NamespaceSockets sockets = new(ns);
    private readonly TimeSpan wait = timeout ?? TimeSpan.FromMilliseconds(700);

    public NamespaceSockets Sockets => sockets;

    public async Task<bool> TcpAsync(IPEndPoint target)
    {
        using var cts = new CancellationTokenSource(wait);
        try
        {
            using var socket = await sockets.ConnectTcpAsync(target, cts.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }

    public async Task<bool> UdpAsync(IPEndPoint target)
    {
        using var cts = new CancellationTokenSource(wait);
        try
        {
            using var socket = sockets.Create(target.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            await socket.SendToAsync("probe"u8.ToArray(), target, cts.Token);
            var buffer = new byte[64];
            var received = await socket.ReceiveAsync(buffer, cts.Token);
            return received == 5;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }

    public async Task<bool> DnsAsync(IPAddress server, string name)
    {
        using var cts = new CancellationTokenSource(wait);
        try
        {
            using var socket = sockets.Create(server.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            await socket.SendToAsync(TunnelDns.BuildQuery(4242, name), new IPEndPoint(server, 53), cts.Token);
            var buffer = new byte[512];
            var received = await socket.ReceiveAsync(buffer, cts.Token);
            return received > 12;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }

    /// <summary>An ICMP (or ICMPv6) echo request over a raw socket; true when the echo reply arrives.</summary>
    public async Task<bool> IcmpAsync(IPAddress target)
    {
        var v4 = target.AddressFamily == AddressFamily.InterNetwork;
        using var cts = new CancellationTokenSource(wait);
        try
        {
            using var socket = sockets.Create(target.AddressFamily, SocketType.Raw, v4 ? ProtocolType.Icmp : ProtocolType.IcmpV6);
            var id = (ushort)Random.Shared.Next(1, ushort.MaxValue);
            byte[] packet = [(byte)(v4 ? 8 : 128), 0, 0, 0, (byte)(id >> 8), (byte)id, 0, 1, .. "hearth-lab"u8];
            if (v4)
            {
                var sum = Checksum(packet);
                packet[2] = (byte)(sum >> 8);
                packet[3] = (byte)sum;
            }

            await socket.SendToAsync(packet, new IPEndPoint(target, 0), cts.Token);
            var buffer = new byte[1500];
            while (true)
            {
                var received = await socket.ReceiveFromAsync(buffer, new IPEndPoint(v4 ? IPAddress.Any : IPAddress.IPv6Any, 0), cts.Token);
                // IPv4 raw sockets see the IP header, IPv6 ones do not
                var offset = v4 ? (buffer[0] & 0x0F) * 4 : 0;
                if (received.ReceivedBytes >= offset + 8 && buffer[offset] == (v4 ? 0 : 129)
                    && buffer[offset + 4] == (byte)(id >> 8) && buffer[offset + 5] == (byte)id)
                {
                    return true;
                }
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }

    /// <summary>A plain HTTP GET through sockets in the namespace; the body, or null when it failed.</summary>
    public async Task<string?> HttpGetAsync(IPEndPoint target)
    {
        using var cts = new CancellationTokenSource(wait * 3);
        try
        {
            using var socket = await sockets.ConnectTcpAsync(target, cts.Token);
            await socket.SendAsync(Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: {target}\r\nConnection: close\r\n\r\n"), cts.Token);
            var response = new StringBuilder();
            var buffer = new byte[4096];
            int n;
            while ((n = await socket.ReceiveAsync(buffer, cts.Token)) > 0)
            {
                response.Append(Encoding.ASCII.GetString(buffer, 0, n));
            }

            var text = response.ToString();
            var body = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            return body < 0 ? null : text[(body + 4)..];
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException)
        {
            return null;
        }
    }

    private static ushort Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 2)
        {
            sum += (uint)((data[i] << 8) | (i + 1 < data.Length ? data[i + 1] : 0));
        }

        while (sum >> 16 != 0)
        {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }

        return (ushort)~sum;
    }
}
