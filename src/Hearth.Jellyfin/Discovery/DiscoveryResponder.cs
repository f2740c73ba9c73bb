using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Hearth.Jellyfin.Json;
using Hearth.Jellyfin.Server;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Jellyfin.Discovery;

/// <summary>
/// Answers the apps' "who is JellyfinServer?" broadcast on UDP (7359), so a TV on the LAN or tailnet finds the server
/// without typing an address. It listens only where the HTTP server does (read from the server's own addresses once it
/// has started: loopback stays loopback, 0.0.0.0 answers on every interface, a specific address on that one), answers
/// with the address the asker reached, ignores anything else, and answers at most <see cref="MaxAnswersPerSecond"/> a
/// second so it cannot be used to reflect a flood.
/// </summary>
internal sealed class DiscoveryResponder(
    IOptions<JellyfinOptions> options,
    IServer server,
    IHostApplicationLifetime lifetime,
    ServerIdentity identity,
    TimeProvider clock,
    ILogger<DiscoveryResponder> logger) : BackgroundService
{
    public const int MaxAnswersPerSecond = 20;

    private static readonly byte[] Question = Encoding.ASCII.GetBytes("who is JellyfinServer?");

    // the answer names EndpointAddress even when null, as Jellyfin's does
    private static readonly JsonSerializerOptions AnswerJson = new(JellyfinJson.Options) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Discovery)
        {
            return;
        }

        // the HTTP addresses are known once the server listens
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var http = (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            .Select(a => Uri.TryCreate(a.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>()
            .Where(u => IPAddress.TryParse(u.Host.Trim('[', ']'), out var ip) && ip.AddressFamily == AddressFamily.InterNetwork)
            .ToList();
        if (http.Count == 0)
        {
            logger.LogInformation("Jellyfin discovery is off: the server listens on no IPv4 address");
            return;
        }

        // the egress link (a second specific address) is for acquire, not for TVs: the first address is the bind
        var port = http[0].Port;
        var bind = http.Any(u => u.Host == "0.0.0.0") ? IPAddress.Any : IPAddress.Parse(http[0].Host);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.PacketInformation, true);
            socket.Bind(new IPEndPoint(bind, options.Value.DiscoveryPort));
        }
        catch (SocketException e)
        {
            logger.LogWarning("Jellyfin discovery could not listen on UDP {Address}:{Port}: {Reason}", bind, options.Value.DiscoveryPort, e.Message);
            return;
        }

        logger.LogInformation("Jellyfin discovery answers on UDP {Address}:{Port}", bind, options.Value.DiscoveryPort);
        await ServeAsync(socket, bind, port, stoppingToken).ConfigureAwait(false);
    }

    private async Task ServeAsync(Socket socket, IPAddress bind, int httpPort, CancellationToken ct)
    {
        var buffer = new byte[512];
        var windowStart = clock.GetTimestamp();
        var answered = 0;
        while (!ct.IsCancellationRequested)
        {
            SocketReceiveMessageFromResult received;
            try
            {
                received = await socket.ReceiveMessageFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (SocketException e)
            {
                // a datagram too long for the buffer, an ICMP error from an earlier answer: skip it
                logger.LogDebug("Jellyfin discovery: {Reason}", e.Message);
                continue;
            }

            if (!IsQuestion(buffer.AsSpan(0, received.ReceivedBytes)) || received.RemoteEndPoint is not IPEndPoint asker)
            {
                continue;
            }

            if (clock.GetElapsedTime(windowStart) >= TimeSpan.FromSeconds(1))
            {
                windowStart = clock.GetTimestamp();
                answered = 0;
            }

            if (++answered > MaxAnswersPerSecond)
            {
                continue;
            }

            var reached = Reached(bind, received.PacketInformation);
            var answer = JsonSerializer.SerializeToUtf8Bytes(
                new DiscoveryAnswer($"http://{reached}:{httpPort}", identity.Id, identity.Name, null), AnswerJson);
            try
            {
                await socket.SendToAsync(answer, SocketFlags.None, asker, ct).ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                logger.LogDebug("Jellyfin discovery: no answer to {Asker}: {Reason}", asker, e.Message);
            }
        }
    }

    internal static bool IsQuestion(ReadOnlySpan<byte> datagram)
    {
        var text = datagram.Trim((byte)0).Trim(" \r\n"u8);
        return text.Length == Question.Length && Ascii.EqualsIgnoreCase(text, Question);
    }

    /// <summary>The address the asker reached: the datagram's destination, or for a broadcast its interface's own address.</summary>
    private static IPAddress Reached(IPAddress bind, IPPacketInformation packet)
    {
        if (!bind.Equals(IPAddress.Any))
        {
            return bind;
        }

        var to = packet.Address;
        if (to is not null && !to.Equals(IPAddress.Broadcast) && !to.Equals(IPAddress.Any) && OwnAddresses().Contains(to))
        {
            return to;
        }

        var onInterface = NetworkInterface.GetAllNetworkInterfaces()
            .Select(n => (Nic: n, Props: n.GetIPProperties()))
            .Where(n => n.Props.GetIPv4Properties()?.Index == packet.Interface)
            .SelectMany(n => n.Props.UnicastAddresses)
            .Select(u => u.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork);
        return onInterface ?? IPAddress.Loopback;
    }

    private static HashSet<IPAddress> OwnAddresses() =>
        [.. NetworkInterface.GetAllNetworkInterfaces().SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(u => u.Address)];

    /// <summary>What the apps read from the answer (EndpointAddress is always null, as Jellyfin sends it).</summary>
    internal sealed record DiscoveryAnswer(string Address, string Id, string Name, string? EndpointAddress);
}
