using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using Hearth.Egress.Namespaces;

namespace Hearth.Egress.PortForwarding;

public enum NatPmpProtocol : byte
{
    Udp = 1,
    Tcp = 2,
}

/// <summary>A mapping the gateway granted: the public port, and how long it holds.</summary>
public sealed record NatPmpMapping(NatPmpProtocol Protocol, int InternalPort, int ExternalPort, TimeSpan Lifetime, uint Epoch);

public sealed class NatPmpException(string message) : Exception(message);

/// <summary>
/// NAT-PMP (RFC 6886) as VPN providers offer it inside the tunnel: a UDP request to the gateway's port 5351,
/// retransmitted from 250 ms doubling, from a socket that lives in the egress namespace (so it goes through the tunnel).
/// </summary>
public sealed class NatPmpClient(NamespaceSockets sockets, IPAddress gateway, int attempts = 4)
{
    public const int Port = 5351;

    public async Task<NatPmpMapping> MapAsync(NatPmpProtocol protocol, int internalPort, int suggestedExternalPort, TimeSpan lifetime, CancellationToken ct)
    {
        var request = new byte[12];
        request[1] = (byte)protocol;
        BinaryPrimitives.WriteUInt16BigEndian(request.AsSpan(4), (ushort)internalPort);
        BinaryPrimitives.WriteUInt16BigEndian(request.AsSpan(6), (ushort)suggestedExternalPort);
        BinaryPrimitives.WriteUInt32BigEndian(request.AsSpan(8), (uint)lifetime.TotalSeconds);
        var response = await ExchangeAsync(request, 16, ct).ConfigureAwait(false);
        var mapping = new NatPmpMapping(
            protocol,
            BinaryPrimitives.ReadUInt16BigEndian(response.AsSpan(8)),
            BinaryPrimitives.ReadUInt16BigEndian(response.AsSpan(10)),
            TimeSpan.FromSeconds(BinaryPrimitives.ReadUInt32BigEndian(response.AsSpan(12))),
            BinaryPrimitives.ReadUInt32BigEndian(response.AsSpan(4)));
        return mapping.ExternalPort == 0
            ? throw new NatPmpException($"the gateway {gateway} granted port 0 for {protocol}, which is no port at all")
            : mapping;
    }

    private async Task<byte[]> ExchangeAsync(byte[] request, int expectedLength, CancellationToken ct)
    {
        using var socket = sockets.Create(gateway.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        var target = new IPEndPoint(gateway, Port);
        var buffer = new byte[64];
        var wait = TimeSpan.FromMilliseconds(250);
        for (var attempt = 0; attempt < attempts; attempt++, wait *= 2)
        {
            await socket.SendToAsync(request, target, ct).ConfigureAwait(false);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(wait);
            try
            {
                while (true)
                {
                    var received = await socket.ReceiveFromAsync(buffer, new IPEndPoint(IPAddress.Any, 0), timeout.Token).ConfigureAwait(false);
                    // only the gateway's answer to this very opcode counts (RFC 6886 3.1)
                    if (received.RemoteEndPoint is IPEndPoint from && from.Address.Equals(gateway) && received.ReceivedBytes >= expectedLength
                        && buffer[0] == 0 && buffer[1] == (byte)(128 + request[1]))
                    {
                        var code = BinaryPrimitives.ReadUInt16BigEndian(buffer.AsSpan(2));
                        return code == 0 ? buffer[..received.ReceivedBytes] : throw new NatPmpException($"the gateway {gateway} refused the mapping: {Describe(code)}");
                    }
                }
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                // no answer yet: send again, waiting twice as long
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionReset or SocketError.NetworkUnreachable or SocketError.HostUnreachable)
            {
                await Task.Delay(wait, ct).ConfigureAwait(false);
            }
        }

        throw new NatPmpException($"the gateway {gateway} did not answer NAT-PMP on port {Port} (is port forwarding enabled on this VPN server?)");
    }

    private static string Describe(ushort code) => code switch
    {
        1 => "unsupported version",
        2 => "not authorized (port forwarding is not enabled for this account or server)",
        3 => "network failure",
        4 => "out of resources",
        5 => "unsupported opcode",
        _ => $"result code {code}",
    };
}
