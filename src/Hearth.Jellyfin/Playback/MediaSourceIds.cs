using Hearth.Core.Media;

namespace Hearth.Jellyfin.Playback;

/// <summary>
/// The ids of an item's media sources as Jellyfin apps carry them back (<c>MediaSourceId</c>). An item with one file
/// has one source whose id is the item's, as Jellyfin's own; an item with several versions has one source per version,
/// each with its file's id, and an app that names the item (or nothing) lets the server choose the version.
/// </summary>
internal static class MediaSourceIds
{
    public static string Of(PlayableMedia media, bool several) => JellyfinIds.Format(several ? media.FileId : media.ItemId);

    /// <summary>The version an app named, or null when it named none, the item itself, or something that is no id.</summary>
    public static Guid? Asked(string? mediaSourceId, Guid itemId) =>
        JellyfinIds.TryParse(mediaSourceId, out var id) && id != itemId ? id : null;
}
