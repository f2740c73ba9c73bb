using Hearth.Jellyfin.Auth;
using Hearth.Library.Images;
using Hearth.Library.Store;

namespace Hearth.Jellyfin.Images;

/// <summary>
/// Image tags that are capabilities. Jellyfin apps load pictures with image loaders (Coil, Glide, Kingfisher) that
/// send no token, with the tag the item's DTO gave in the URL; so a tag is an HMAC, under a key kept in the data
/// folder, of the item, the kind of picture, the file served and when the scanner last changed the rows it belongs
/// to. Only someone who was shown the item can name its picture, and new artwork gets a new tag (and a fresh cache
/// entry in the app). The time is the rows' and not the file's, as Jellyfin's own tags are: a page of a hundred
/// posters must not stat a hundred files.
/// </summary>
public sealed class ImageTags(UrlSigner signer)
{
    /// <summary>
    /// The tag of the item's picture of this kind, or null when Hearth has none to serve. <paramref name="show"/> is the
    /// item's show, whose artwork seasons and episodes borrow.
    /// </summary>
    public string? Tag(Item item, Item? show, ImageKind kind) =>
        ArtworkSource.Of(item, show, kind) is { } source ? signer.Sign(Message(item, show, kind, source)) : null;

    public bool IsValid(Item item, Item? show, ImageKind kind, string? tag) =>
        ArtworkSource.Of(item, show, kind) is { } source && signer.Matches(Message(item, show, kind, source), tag);

    private static string Message(Item item, Item? show, ImageKind kind, string source) =>
        $"image|{item.Id:N}|{kind}|{source}|{Math.Max(item.DateModifiedMs, show?.DateModifiedMs ?? 0)}";
}

/// <summary>
/// Which picture Hearth's image store serves for an item and kind, named without touching the disk: the item's own,
/// else its show's (a season's poster, an episode's backdrop or logo), else a frame of the video (thumbs, and an
/// episode's poster). Mirrors <see cref="ImageStore.SourceAsync"/>, so a tag names what the image route will send.
/// </summary>
public static class ArtworkSource
{
    public const string Frame = "frame";

    public static string? Of(Item item, Item? show, ImageKind kind)
    {
        var own = kind switch
        {
            ImageKind.Poster => item.PosterPath,
            ImageKind.Backdrop => item.BackdropPath,
            ImageKind.Thumb => item.ThumbPath,
            _ => item.LogoPath,
        };
        if (own is not null)
        {
            return own;
        }

        if (show is not null && item.ShowId == show.Id && kind is ImageKind.Poster or ImageKind.Backdrop or ImageKind.Logo
            && !(item.Kind == ItemKind.Episode && kind == ImageKind.Poster) && Of(show, null, kind) is { } borrowed)
        {
            return borrowed;
        }

        var playable = item.Kind is ItemKind.Movie or ItemKind.Episode or ItemKind.Extra;
        return playable && (kind == ImageKind.Thumb || (kind == ImageKind.Poster && item.Kind == ItemKind.Episode)) ? Frame : null;
    }

    /// <summary>Jellyfin's image type, for this item, as Hearth's kind: an episode's or extra's Primary is its still.</summary>
    public static ImageKind? KindOf(string jellyfinType, ItemKind itemKind) => jellyfinType.ToLowerInvariant() switch
    {
        "primary" => itemKind is ItemKind.Episode or ItemKind.Extra ? ImageKind.Thumb : ImageKind.Poster,
        "backdrop" => ImageKind.Backdrop,
        "thumb" => ImageKind.Thumb,
        "logo" => ImageKind.Logo,
        _ => null,
    };
}
