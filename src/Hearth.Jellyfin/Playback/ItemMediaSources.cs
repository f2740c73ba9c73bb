using Hearth.Core.Access;
using Hearth.Core.Media;
using Hearth.Jellyfin.Dtos;
using Hearth.Jellyfin.Items;

namespace Hearth.Jellyfin.Playback;

/// <summary>
/// An item's media sources (one, or one per version) as item answers carry them (Fields=MediaSources, and the single item): described as
/// PlaybackInfo describes it, without a decision; an item whose file was not probed yet has none to show.
/// </summary>
internal sealed class ItemMediaSources(IPlayableMediaSource source, StreamTags tags) : IItemMediaSources
{
    public async Task<IReadOnlyList<MediaSourceInfo>> ForItemAsync(CallerAccess caller, Guid itemId, CancellationToken ct)
    {
        var media = await source.FindAsync(caller, itemId, ct).ConfigureAwait(false);
        if (media is null)
        {
            return [];
        }

        // several versions: one source each, so the app offers the choice
        var versions = await source.FindVersionsToPlayAsync(caller, itemId, ct).ConfigureAwait(false);
        var several = versions.Count > 1;
        return [.. (several ? versions : [media]).Select(v => MediaSourceMapper.Describe(v, MediaSourceMapper.FileSize(v.Path), several) with { ETag = tags.Tag(v) })];
    }
}
