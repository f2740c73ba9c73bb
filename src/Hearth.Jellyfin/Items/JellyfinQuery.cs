using System.Globalization;
using Hearth.Library.Store;
using Microsoft.AspNetCore.Http;

namespace Hearth.Jellyfin.Items;

/// <summary>
/// Reads Jellyfin's query string: names in any case, lists comma-separated or repeated (the SDKs do both), numbers and
/// booleans that may be malformed (a bad one is the client's mistake, a 400, never a 500).
/// </summary>
internal sealed class JellyfinQuery(IQueryCollection query)
{
    public string? Text(string name) => query[name].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    public IReadOnlyList<string> List(string name, params char[] separators) =>
        [.. query[name].SelectMany(v => (v ?? string.Empty).Split(separators.Length == 0 ? [','] : separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    public bool? Bool(string name) => bool.TryParse(Text(name), out var value) ? value : null;

    /// <summary>False when the parameter is there but not a whole number.</summary>
    public bool TryInt(string name, out int? value)
    {
        value = null;
        if (Text(name) is not { } text)
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    public Guid? Id(string name) => JellyfinIds.TryParse(Text(name), out var id) ? id : null;

    /// <summary>
    /// Jellyfin's item types as Hearth's kinds. <c>Unknown</c> is true when types were named and none is one Hearth
    /// has (MusicAlbum, BoxSet, Playlist…): the answer is then empty, not everything.
    /// </summary>
    public (IReadOnlyList<ItemKind> Kinds, bool Unknown) Kinds(string name)
    {
        var names = List(name);
        var kinds = names.Select(KindOf).OfType<ItemKind>().Distinct().ToList();
        return (kinds, names.Count > 0 && kinds.Count == 0);
    }

    public static ItemKind? KindOf(string type) => type.ToLowerInvariant() switch
    {
        "movie" => ItemKind.Movie,
        "series" => ItemKind.Show,
        "season" => ItemKind.Season,
        "episode" => ItemKind.Episode,
        "video" => ItemKind.Extra,
        _ => null,
    };

    /// <summary>Media types other than video (Audio, Photo, Book) name nothing Hearth's library holds.</summary>
    public bool OnlyOtherMedia()
    {
        var types = List("MediaTypes");
        return types.Count > 0 && !types.Contains("Video", StringComparer.OrdinalIgnoreCase);
    }
}
