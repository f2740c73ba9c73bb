using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Hearth.Egress.Namespaces;

/// <summary>
/// Sockets that live in a network namespace while this process stays in its own. Linux keeps the network
/// namespace per thread, and a socket belongs for life to the namespace it was created in: so a short-lived
/// thread enters the namespace (setns), creates the socket, and ends. The socket is then used from anywhere.
/// This is how egress probes through the tunnel, asks the IP-echo service and talks NAT-PMP, and how the lab
/// runs its services, without a process per connection.
/// </summary>
public sealed partial class NamespaceSockets
{
    private const int CloneNewNet = 0x40000000;

    /// <param name="name">The namespace as `ip netns` names it (under /run/netns), or null for this process's own.</param>
    public NamespaceSockets(string? name) => Name = name;

    public string? Name { get; }

    public Socket Create(AddressFamily family, SocketType type, ProtocolType protocol) =>
        Run(() => new Socket(family, type, protocol));

    /// <summary>Runs a synchronous action on a thread that has entered the namespace.</summary>
    public T Run<T>(Func<T> action)
    {
        if (Name is null)
        {
            return action();
        }

        T? result = default;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                Enter(Name);
                result = action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        })
        { IsBackground = true, Name = "netns " + Name };
        thread.Start();
        thread.Join();
        return failure is null ? result! : throw new IOException($"In network namespace {Name}: {failure.Message}", failure);
    }

    public async Task<Socket> ConnectTcpAsync(IPEndPoint target, CancellationToken ct)
    {
        var socket = Create(target.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(target, ct).ConfigureAwait(false);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// An HttpClient whose connections start inside the namespace. Names are looked up with <paramref name="dns"/>
    /// (the tunnel's resolver), never with the host's: a lookup through the host would leak.
    /// </summary>
    public HttpClient CreateHttpClient(TimeSpan timeout, IReadOnlyList<IPAddress> dns)
    {
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromSeconds(30),
            ConnectTimeout = timeout,
            ConnectCallback = async (context, ct) =>
            {
                var host = context.DnsEndPoint.Host;
                var address = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
                    ? literal
                    : await new TunnelDns(this, dns).ResolveAsync(host, ct).ConfigureAwait(false);
                var socket = await ConnectTcpAsync(new IPEndPoint(address, context.DnsEndPoint.Port), ct).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { Timeout = timeout };
    }

    private static void Enter(string name)
    {
        using var handle = File.OpenHandle(Path.Combine("/run/netns", name), FileMode.Open, FileAccess.Read);
        if (SetNs((int)handle.DangerousGetHandle(), CloneNewNet) != 0)
        {
            throw new IOException($"setns into {name} failed (errno {Marshal.GetLastPInvokeError()}); it needs CAP_SYS_ADMIN or CAP_NET_ADMIN over the namespace");
        }
    }

    [LibraryImport("libc", EntryPoint = "setns", SetLastError = true)]
    private static partial int SetNs(int fd, int nstype);
}
