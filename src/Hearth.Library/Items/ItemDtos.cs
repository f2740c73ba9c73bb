using Hearth.Library.Probing;
using Hearth.Library.Store;

namespace Hearth.Library.Items;

public enum ItemSort
{
    Title,
    DateAdded,
    Year,
    Index,
}

/// <summary>A list request, as the items endpoint takes it from the query string.</summary>
public sealed record ItemQuery(
    Guid? LibraryId = null,
    ItemKind? Kind = null,
    Guid? ParentId = null,
    string? Search = null,
    ItemSort? Sort = null,
    bool? Descending = null,
    bool? Played = null,
    bool? Favourite = null,
    int Offset = 0,
    int Limit = 100);

public sealed record UserData(long PositionMs, bool Played, int PlayCount, bool Favourite, long LastPlayedMs);

/// <summary>
/// One item as lists show it. <c>HasPoster</c>, <c>HasBackdrop</c> and <c>HasThumb</c> say which artwork
/// exists, so a client never asks for a picture that is not there; <c>ShowTitle</c> names an episode's or
/// season's show; <c>Edition</c> is the movie's edition read from its name ("Final Cut"); <c>NewEpisodeCount</c>
/// is set only where the summary stands for a show's group of new episodes (recently added, grouped).
/// </summary>
public sealed record ItemSummary(
    Guid Id,
    Guid LibraryId,
    Guid? ParentId,
    Guid? ShowId,
    string Kind,
    string Title,
    int? Year,
    int? IndexNumber,
    int? IndexNumberEnd,
    int? ParentIndexNumber,
    long? RuntimeMs,
    long DateAddedMs,
    double? Rating,
    string? OfficialRating,
    string? Resolution,
    string? Hdr,
    bool HasPoster,
    bool HasBackdrop,
    UserData? UserData,
    bool HasThumb,
    string? ShowTitle,
    string? Edition,
    int? NewEpisodeCount);

public sealed record ItemPage(IReadOnlyList<ItemSummary> Items, int Total, int Offset, int Limit);

public sealed record ItemDetail(
    ItemSummary Item,
    string? OriginalTitle,
    string? Overview,
    string? Tagline,
    string? Premiered,
    string? ExtraKind,
    IReadOnlyList<string> Genres,
    IReadOnlyList<string> Studios,
    IReadOnlyList<Person> People,
    IReadOnlyDictionary<string, string> ProviderIds,
    string? ShowTitle,
    int ChildCount,
    MediaInfo? MediaInfo,
    IReadOnlyList<FileDto> Files,
    Metadata.Api.CollectionRef? Collection = null)
{
    /// <summary>The item's file is listed but its media not read yet: no <see cref="MediaInfo"/> for now, and playing it reads it.</summary>
    public bool MediaPending { get; init; }
}

/// <summary>One file of an item; <c>Edition</c> is what its name says ("Final Cut"), so versions can be told apart.</summary>
public sealed record FileDto(Guid Id, string FileName, long Size, string? Container, string? Edition);

/// <summary>Partial update of one user's state for an item; absent fields stay as they are.</summary>
public sealed record WatchStateUpdate(long? PositionMs, bool? Played, bool? Favourite);

internal static class ItemText
{
    public static string Kind(ItemKind kind) => kind switch
    {
        ItemKind.Movie => "movie",
        ItemKind.Show => "show",
        ItemKind.Season => "season",
        ItemKind.Episode => "episode",
        _ => "extra",
    };

    public static bool TryParseKind(string? text, out ItemKind? kind)
    {
        kind = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (Enum.TryParse<ItemKind>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            kind = parsed;
            return true;
        }

        return false;
    }

    /// <summary>The label people use: 4K, 1080p, 720p, SD — judged by width too, for scope and cropped films.</summary>
    public static string? Resolution(int? width, int? height)
    {
        if (width is not { } w || height is not { } h)
        {
            return null;
        }

        return (w, h) switch
        {
            _ when w >= 3200 || h >= 2000 => "4K",
            _ when w >= 1800 || h >= 1000 => "1080p",
            _ when w >= 1200 || h >= 700 => "720p",
            _ when h >= 560 => "576p",
            _ => "SD",
        };
    }
}
