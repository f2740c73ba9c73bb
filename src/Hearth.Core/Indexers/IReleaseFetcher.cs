namespace Hearth.Core.Indexers;

/// <summary>
/// A release's .torrent or .nzb as its indexer gave it, or the magnet link it redirected to; or why there is none
/// (<see cref="Failure"/>, a sentence for a person, with <see cref="Outcome"/>).
/// </summary>
public sealed record FetchedRelease(byte[]? Content, string FileName, string? MagnetUrl, IndexerOutcome Outcome, string? Failure)
{
    public bool IsOk => Outcome == IndexerOutcome.Ok && (Content is not null || MagnetUrl is not null);
}

/// <summary>
/// Fetches a release's file through the indexer hub, so the indexer's limits, proxy and history apply to the
/// automation's grabs as to everyone's.
/// </summary>
public interface IReleaseFetcher
{
    Task<FetchedRelease> FetchAsync(IndexerRelease release, CancellationToken cancellationToken);
}
