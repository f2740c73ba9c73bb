using Hearth.Core.Media;
using Hearth.Jellyfin.Auth;

namespace Hearth.Jellyfin.Playback;

/// <summary>
/// A media source's <c>ETag</c>, which is also the capability of its direct-play URL: Jellyfin for Android TV builds
/// <c>/Videos/{id}/stream?static=true&amp;tag={ETag}</c> with no token, and its player sends no credentials (Jellyfin
/// serves that route to anyone). Hearth serves it without credentials only when the tag is the keyed hash of this
/// item's file as it is now (path, size, modification time), which only a caller shown the item was given.
/// </summary>
public sealed class StreamTags(UrlSigner signer)
{
    public string Tag(PlayableMedia media) => signer.Sign(Message(media.ItemId, media.Path));

    public bool IsValid(Guid itemId, string path, string? tag) => signer.Matches(Message(itemId, path), tag);

    private static string Message(Guid itemId, string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? $"stream|{itemId:N}|{path}|{file.Length}|{file.LastWriteTimeUtc.Ticks}" : $"stream|{itemId:N}|{path}|gone";
    }
}
