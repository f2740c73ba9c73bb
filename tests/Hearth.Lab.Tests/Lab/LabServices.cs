using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Hearth.Egress.Namespaces;

namespace Hearth.Lab.Tests.Lab;

/// <summary>A service whose sockets live in a lab namespace and whose loop runs in this process.</summary>
public abstract class LabService : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly List<Socket> sockets = [];
    private readonly List<Task> loops = [];

    protected CancellationToken Stopping => stop.Token;

    protected Socket Bind(string ns, EndPoint at, SocketType type, ProtocolType protocol)
    {
        var family = ((IPEndPoint)at).AddressFamily;
        var socket = new NamespaceSockets(ns).Run(() =>
        {
            var s = new Socket(family, type, protocol);
            if (family == AddressFamily.InterNetworkV6)
            {
                s.DualMode = true;
            }

            s.Bind(at);
            if (type == SocketType.Stream)
            {
                s.Listen(64);
            }

            return s;
        });
        sockets.Add(socket);
        return socket;
    }

    protected void Loop(Func<CancellationToken, Task> loop) => loops.Add(Task.Run(() => loop(stop.Token)));

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        foreach (var socket in sockets)
        {
            socket.Dispose();
        }

        try
        {
            await Task.WhenAll(loops).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // stopping
        }

        stop.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// The internet's web servers on port 80: at the echo address it answers the caller's address as plain
/// text (an IP-echo service), anywhere else "target". Also a UDP echo on port 7.
/// </summary>
public sealed class LabWeb : LabService
{
    private int requests;

    public LabWeb(string ns, IPAddress echoAddress, IReadOnlyList<IPAddress> udpAddresses)
    {
        var tcp = Bind(ns, new IPEndPoint(IPAddress.IPv6Any, 80), SocketType.Stream, ProtocolType.Tcp);
        Loop(async ct =>
        {
            while (!ct.IsCancellationRequested)
            {
                var client = await tcp.AcceptAsync(ct).ConfigureAwait(false);
                _ = Task.Run(() => AnswerAsync(client, echoAddress, ct), ct);
            }
        });
        // UDP answers from the address asked (a socket on "any" would answer from the outgoing interface's address)
        foreach (var address in udpAddresses)
        {
            var udp = Bind(ns, new IPEndPoint(address, 7), SocketType.Dgram, ProtocolType.Udp);
            Loop(async ct =>
            {
                var buffer = new byte[1500];
                while (!ct.IsCancellationRequested)
                {
                    var received = await udp.ReceiveFromAsync(buffer, new IPEndPoint(address.AddressFamily == AddressFamily.InterNetwork ? IPAddress.Any : IPAddress.IPv6Any, 0), ct).ConfigureAwait(false);
                    await udp.SendToAsync(buffer.AsMemory(0, received.ReceivedBytes), received.RemoteEndPoint, ct).ConfigureAwait(false);
                }
            });
        }
    }

    public int Requests => Volatile.Read(ref requests);

    private async Task AnswerAsync(Socket client, IPAddress echoAddress, CancellationToken ct)
    {
        using (client)
        {
            try
            {
                var buffer = new byte[4096];
                var read = 0;
                while (read < buffer.Length && !Encoding.ASCII.GetString(buffer, 0, read).Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var n = await client.ReceiveAsync(buffer.AsMemory(read), ct).ConfigureAwait(false);
                    if (n == 0)
                    {
                        return;
                    }

                    read += n;
                }

                Interlocked.Increment(ref requests);
                var local = ((IPEndPoint)client.LocalEndPoint!).Address;
                var remote = ((IPEndPoint)client.RemoteEndPoint!).Address;
                var body = Unmap(local).Equals(echoAddress) ? Unmap(remote).ToString() : "target";
                var response = $"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}";
                await client.SendAsync(Encoding.ASCII.GetBytes(response), ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                // the caller went away
            }
        }
    }

    private static IPAddress Unmap(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}

/// <summary>A DNS server that answers A records from a table and counts every query it sees.</summary>
public sealed class LabDns : LabService
{
    private int queries;

    /// <param name="addresses">Where to listen (UDP answers from the address asked); default every address.</param>
    public LabDns(string ns, IReadOnlyDictionary<string, IPAddress> records, IReadOnlyList<IPAddress>? addresses = null)
    {
        foreach (var address in addresses ?? [IPAddress.IPv6Any])
        {
            var udp = Bind(ns, new IPEndPoint(address, 53), SocketType.Dgram, ProtocolType.Udp);
            Loop(async ct =>
            {
                var buffer = new byte[1500];
                while (!ct.IsCancellationRequested)
                {
                    var received = await udp.ReceiveFromAsync(buffer, new IPEndPoint(address.AddressFamily == AddressFamily.InterNetwork ? IPAddress.Any : IPAddress.IPv6Any, 0), ct).ConfigureAwait(false);
                    Interlocked.Increment(ref queries);
                    var answer = Answer(buffer.AsSpan(0, received.ReceivedBytes), records);
                    if (answer is not null)
                    {
                        await udp.SendToAsync(answer, received.RemoteEndPoint, ct).ConfigureAwait(false);
                    }
                }
            });
        }
    }

    public int Queries => Volatile.Read(ref queries);

    private static byte[]? Answer(ReadOnlySpan<byte> query, IReadOnlyDictionary<string, IPAddress> records)
    {
        if (query.Length < 17)
        {
            return null;
        }

        var end = TunnelDns.SkipName(query, 12);
        var labels = new List<string>();
        for (var i = 12; i < end - 1;)
        {
            labels.Add(Encoding.ASCII.GetString(query.Slice(i + 1, query[i])));
            i += query[i] + 1;
        }

        var type = BinaryPrimitives.ReadUInt16BigEndian(query[end..]);
        var question = query[12..(end + 4)];
        var found = records.TryGetValue(string.Join('.', labels).ToLowerInvariant(), out var address) && type == 1;
        var response = new List<byte> { query[0], query[1], 0x81, (byte)(found ? 0x80 : 0x83), 0, 1, 0, (byte)(found ? 1 : 0), 0, 0, 0, 0 };
        response.AddRange(question.ToArray());
        if (found)
        {
            response.AddRange([0xC0, 12, 0, 1, 0, 1, 0, 0, 0, 30, 0, 4]);
            response.AddRange(address!.GetAddressBytes());
        }

        return [.. response];
    }
}

/// <summary>
/// A minimal RFC 6886 NAT-PMP responder for the lab's VPN gateway: it grants the port the test sets
/// (<see cref="NextPort"/>) for the lifetime the test sets, and counts the requests it answers.
/// </summary>
public sealed class LabNatPmp : LabService
{
    private int requests;
    private readonly uint started = (uint)Environment.TickCount64;

    public LabNatPmp(string ns)
    {
        var udp = Bind(ns, new IPEndPoint(IPAddress.Any, 5351), SocketType.Dgram, ProtocolType.Udp);
        Loop(async ct =>
        {
            var buffer = new byte[64];
            while (!ct.IsCancellationRequested)
            {
                var received = await udp.ReceiveFromAsync(buffer, new IPEndPoint(IPAddress.Any, 0), ct).ConfigureAwait(false);
                if (received.ReceivedBytes < 2 || buffer[0] != 0)
                {
                    continue;
                }

                Interlocked.Increment(ref requests);
                var op = buffer[1];
                var epoch = ((uint)Environment.TickCount64 - started) / 1000;
                byte[] response;
                if (op == 0)
                {
                    response = new byte[12];
                    BinaryPrimitives.WriteUInt32BigEndian(response.AsSpan(4), epoch);
                    new IPAddress(ExternalAddress.GetAddressBytes()).TryWriteBytes(response.AsSpan(8), out _);
                }
                else if (op is 1 or 2 && received.ReceivedBytes >= 12)
                {
                    response = new byte[16];
                    BinaryPrimitives.WriteUInt32BigEndian(response.AsSpan(4), epoch);
                    buffer.AsSpan(4, 2).CopyTo(response.AsSpan(8));
                    BinaryPrimitives.WriteUInt16BigEndian(response.AsSpan(10), (ushort)NextPort);
                    var asked = BinaryPrimitives.ReadUInt32BigEndian(buffer.AsSpan(8));
                    BinaryPrimitives.WriteUInt32BigEndian(response.AsSpan(12), Math.Min(asked, (uint)Lifetime.TotalSeconds));
                }
                else
                {
                    response = new byte[8];
                    BinaryPrimitives.WriteUInt16BigEndian(response.AsSpan(2), 5);
                }

                response[0] = 0;
                response[1] = (byte)(128 + op);
                await udp.SendToAsync(response, received.RemoteEndPoint, ct).ConfigureAwait(false);
            }
        });
    }

    public int NextPort { get; set; } = 40001;

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromSeconds(4);

    public IPAddress ExternalAddress { get; set; } = IPAddress.Any;

    public int Requests => Volatile.Read(ref requests);
}
