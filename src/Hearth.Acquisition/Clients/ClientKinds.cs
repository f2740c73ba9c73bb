using Hearth.Acquisition.Clients.Nzbget;
using Hearth.Acquisition.Clients.QBittorrent;
using Hearth.Acquisition.Clients.Transmission;
using Hearth.Core.Indexers;

namespace Hearth.Acquisition.Clients;

/// <summary>The kinds of client Hearth follows: the word stored and in the API, the protocol, the defaults, and how one is made.</summary>
public static class ClientKinds
{
    public const string QBittorrent = "qbittorrent";
    public const string Transmission = "transmission";
    public const string Nzbget = "nzbget";

    public static readonly IReadOnlyList<string> All = [QBittorrent, Transmission, Nzbget];

    public static ReleaseProtocol Protocol(string kind) => kind == Nzbget ? ReleaseProtocol.Usenet : ReleaseProtocol.Torrent;

    /// <summary>The address a client of the kind answers on when installed with its defaults.</summary>
    public static string DefaultUrl(string kind) => kind switch
    {
        QBittorrent => "http://127.0.0.1:8080",
        Transmission => "http://127.0.0.1:9091",
        _ => "http://127.0.0.1:6789",
    };

    public static IFollowedClient Make(string kind, HttpClient http, ClientSettings settings) => kind switch
    {
        QBittorrent => new QBittorrentClient(http, settings),
        Transmission => new TransmissionClient(http, settings),
        Nzbget => new NzbgetClient(http, settings),
        _ => throw new ArgumentException($"no client kind '{kind}'", nameof(kind)),
    };
}
