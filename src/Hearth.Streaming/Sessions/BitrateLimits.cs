using System.Net;
using System.Net.Sockets;

namespace Hearth.Streaming.Sessions;

/// <summary>
/// The bitrate a playback may use, from the server's settings and where the client is: one rule for every API that
/// starts a playback (the native one and the Jellyfin-compatible one), so both decide with the same limits.
/// </summary>
public static class BitrateLimits
{
    /// <summary>The smallest of the client's ask, the user's own limit and the local or remote limit.</summary>
    public static long? Limit(StreamingOptions options, string user, IPAddress? remote, long? asked)
    {
        long? limit = IsLocal(remote) ? options.LocalMaxBitrate : options.RemoteMaxBitrate;
        if (options.UserMaxBitrate.TryGetValue(user, out var own))
        {
            limit = limit is null ? own : Math.Min(limit.Value, own);
        }

        if (asked is > 0)
        {
            limit = limit is null ? asked : Math.Min(limit.Value, asked.Value);
        }

        return limit;
    }

    /// <summary>Loopback, private ranges, the tailnet's 100.64.0.0/10, IPv6 unique-local and link-local.</summary>
    public static bool IsLocal(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6UniqueLocal;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) || (b[0] == 169 && b[1] == 254);
    }
}
