using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Hearth.Egress.Namespaces;

/// <summary>
/// A minimal DNS client (A records over UDP, RFC 1035) whose socket lives in the egress namespace, so the
/// egress role's own lookups (the IP-echo URL's name) go to the tunnel's resolver and nowhere else.
/// </summary>
public sealed class TunnelDns(NamespaceSockets sockets, IReadOnlyList<IPAddress> servers)
{
    public async Task<IPAddress> ResolveAsync(string name, CancellationToken ct)
    {
        foreach (var server in servers)
        {
            using var socket = sockets.Create(server.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            var id = (ushort)Random.Shared.Next(ushort.MaxValue);
            var query = BuildQuery(id, name);
            for (var attempt = 0; attempt < 3; attempt++)
            {
                await socket.SendToAsync(query, new IPEndPoint(server, 53), ct).ConfigureAwait(false);
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
                wait.CancelAfter(TimeSpan.FromSeconds(1 << attempt));
                var buffer = new byte[1500];
                try
                {
                    var received = await socket.ReceiveAsync(buffer, wait.Token).ConfigureAwait(false);
                    var address = ReadFirstA(buffer.AsSpan(0, received), id);
                    if (address is not null)
                    {
                        return address;
                    }

                    break;
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    // retransmit
                }
            }
        }

        throw new HttpRequestException($"{name} could not be resolved through the tunnel's DNS ({string.Join(", ", servers)})");
    }

    public static byte[] BuildQuery(ushort id, string name)
    {
        var packet = new List<byte>(64) { (byte)(id >> 8), (byte)id, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0 };
        foreach (var label in name.TrimEnd('.').Split('.'))
        {
            var bytes = Encoding.ASCII.GetBytes(label);
            packet.Add((byte)bytes.Length);
            packet.AddRange(bytes);
        }

        packet.AddRange([0, 0, 1, 0, 1]);
        return [.. packet];
    }

    public static IPAddress? ReadFirstA(ReadOnlySpan<byte> message, ushort id)
    {
        if (message.Length < 12 || BinaryPrimitives.ReadUInt16BigEndian(message) != id || (message[3] & 0x0F) != 0)
        {
            return null;
        }

        var questions = BinaryPrimitives.ReadUInt16BigEndian(message[4..]);
        var answers = BinaryPrimitives.ReadUInt16BigEndian(message[6..]);
        var offset = 12;
        for (var q = 0; q < questions; q++)
        {
            offset = SkipName(message, offset) + 4;
        }

        for (var a = 0; a < answers && offset + 10 <= message.Length; a++)
        {
            offset = SkipName(message, offset);
            var type = BinaryPrimitives.ReadUInt16BigEndian(message[offset..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(message[(offset + 8)..]);
            offset += 10;
            if (type == 1 && length == 4 && offset + 4 <= message.Length)
            {
                return new IPAddress(message.Slice(offset, 4));
            }

            offset += length;
        }

        return null;
    }

    public static int SkipName(ReadOnlySpan<byte> message, int offset)
    {
        while (offset < message.Length)
        {
            var length = message[offset];
            if (length == 0)
            {
                return offset + 1;
            }

            if ((length & 0xC0) == 0xC0)
            {
                return offset + 2;
            }

            offset += length + 1;
        }

        return offset;
    }
}
