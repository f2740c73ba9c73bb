using Hearth.Core.Indexers;

namespace Hearth.Acquisition.Clients;

/// <summary>What a download client answered for a release it was given: where it went, or why not.</summary>
public sealed record ClientAnswer(bool Ok, string Message)
{
    /// <summary>The id the client knows the download by (a torrent's info hash, an NZB's id), when it has one.</summary>
    public string? DownloadId { get; init; }
}

/// <summary>
/// A download client the automation hands releases to: the blackhole (a folder a client watches) and the clients
/// Hearth follows (<see cref="IFollowedClient"/>: qBittorrent, Transmission, NZBGet), as in Sonarr and Radarr.
/// </summary>
public interface IDownloadClient
{
    /// <summary>The client's name as grabs record it ("blackhole", "qBittorrent").</summary>
    string Name { get; }

    bool Takes(ReleaseProtocol protocol);

    Task<ClientAnswer> AddAsync(IndexerRelease release, FetchedRelease file, CancellationToken ct);
}

/// <summary>Where a download stands, in the words of every client alike.</summary>
public enum DownloadState
{
    Queued,
    Downloading,
    Stalled,
    Paused,
    Completed,
    Failed,
}

/// <summary>A download as its client reports it; sizes in bytes, speed in bytes a second.</summary>
public sealed record DownloadItem(
    string Id,
    string Name,
    DownloadState State,
    double Progress,
    long Size,
    long Remaining,
    long? Speed,
    TimeSpan? Eta,
    int? Seeds,
    string? SavePath,
    string? ContentPath,
    string? Message);

/// <summary>What a client said when it was checked: its version in words.</summary>
public sealed record ClientCheck(string Version);

/// <summary>A client Hearth follows: what it holds, and what can be done to a download in it.</summary>
public interface IFollowedClient : IDownloadClient
{
    /// <summary>Checks the client as it is saved: reachable, the credentials, its version, its category (made when missing and it can be).</summary>
    Task<ClientCheck> CheckAsync(CancellationToken ct);

    /// <summary>The downloads of Hearth's category.</summary>
    Task<IReadOnlyList<DownloadItem>> ItemsAsync(CancellationToken ct);

    Task RemoveAsync(string id, bool deleteData, CancellationToken ct);

    Task PauseAsync(string id, CancellationToken ct);

    Task ResumeAsync(string id, CancellationToken ct);
}

/// <summary>The kinds of failure a client can have, each with its own sentence for a person.</summary>
public enum ClientFailure
{
    Unreachable,
    Unauthorized,
    WrongVersion,
    MissingCategory,
    BadAnswer,
}

/// <summary>A client could not do what it was asked; <see cref="Exception.Message"/> says why to a person.</summary>
public sealed class DownloadClientException(ClientFailure failure, string message, Exception? inner = null) : Exception(message, inner)
{
    public ClientFailure Failure { get; } = failure;
}

/// <summary>How Hearth reaches one client: its address, credentials and the category its downloads go in.</summary>
/// <param name="SavePath">Where the client saves Hearth's downloads; null for the client's own default (or its category's).</param>
public sealed record ClientSettings(string Name, Uri Url, string? Username, string? Password, string Category, string? SavePath = null);
