using Hearth.Core.Access;
using Hearth.Core.Media;
using Hearth.Jellyfin.Dtos;
using Hearth.Jellyfin.Items;

namespace Hearth.Jellyfin.Playback;

/// <summary>
/// An item's one media source as item answers carry it (Fields=MediaSources, and the single item): described as
/// PlaybackInfo describes it, without a decision; an item whose file was not probed yet has none to show.
/// </summary>
internal sealed class ItemMediaSources(IPlayableMediaSource source, StreamTags tags) : IItemMediaSources
{
    public async Task<IReadOnlyList<MediaSourceInfo>> ForItemAsync(CallerAccess caller, Guid itemId, CancellationToken ct)
    {
        var media = await source.FindAsync(caller, itemId, ct).ConfigureAwait(false);
        return media is null ? [] : [MediaSourceMapper.Describe(media, MediaSourceMapper.FileSize(media.Path)) with { ETag = tags.Tag(media) }];
    }
}
