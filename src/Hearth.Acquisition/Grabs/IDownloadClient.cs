using Hearth.Core.Indexers;

namespace Hearth.Acquisition.Grabs;

/// <summary>What a download client answered for a release it was given: where it went, or why not.</summary>
public sealed record ClientAnswer(bool Ok, string Message);

/// <summary>
/// A download client the automation hands releases to. Issue 23 adds qBittorrent, Transmission and NZBGet; the
/// blackhole (a folder a client watches) is the first, and stays, as in Sonarr and Radarr.
/// </summary>
public interface IDownloadClient
{
    /// <summary>The client's name as grabs record it ("blackhole").</summary>
    string Name { get; }

    bool Takes(ReleaseProtocol protocol);

    Task<ClientAnswer> AddAsync(IndexerRelease release, FetchedRelease file, CancellationToken ct);
}
