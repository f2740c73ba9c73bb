using Hearth.Core.Indexers;
using Hearth.Indexers.Newznab;

namespace Hearth.Indexers.Grabs;

/// <summary>The hub's side of <see cref="IReleaseFetcher"/>: the grab service, its limits and history, for the automation.</summary>
internal sealed class ReleaseFetcher(GrabService grabs) : IReleaseFetcher
{
    public async Task<FetchedRelease> FetchAsync(IndexerRelease release, CancellationToken cancellationToken)
    {
        if (release.Link is not { } link)
        {
            return release.MagnetUrl is { } magnet
                ? new FetchedRelease(null, string.Empty, magnet, IndexerOutcome.Ok, null)
                : new FetchedRelease(null, string.Empty, null, IndexerOutcome.HttpError, "The release has no link to download it from.");
        }
        try
        {
            var file = await grabs.GrabAsync(release.IndexerId, link, cancellationToken).ConfigureAwait(false);
            return file is null
                ? new FetchedRelease(null, string.Empty, null, IndexerOutcome.HttpError, "The release's indexer is gone, or its link is not http(s).")
                : new FetchedRelease(file.Content, file.FileName, file.MagnetUrl, IndexerOutcome.Ok, null);
        }
        catch (IndexerException e)
        {
            return new FetchedRelease(null, string.Empty, null, e.Kind, e.Message);
        }
    }
}
