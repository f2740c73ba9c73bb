using System.Linq.Expressions;
using System.Text.Json;
using Hearth.Library.Probing;
using Hearth.Library.Store;

namespace Hearth.Library.Items;

/// <summary>What an episode's or season's summary takes from its show: the name, and which artwork it can borrow.</summary>
internal sealed record ShowFacts(string Title, bool HasPoster, bool HasBackdrop);

internal static class ItemMapping
{
    /// <summary>Only the columns a list shows: overviews and credits stay in the database.</summary>
    public static readonly Expression<Func<Item, Item>> SummaryColumns = i => new Item
    {
        Id = i.Id,
        LibraryId = i.LibraryId,
        ParentId = i.ParentId,
        ShowId = i.ShowId,
        Kind = i.Kind,
        Key = string.Empty,
        Title = i.Title,
        SortTitle = string.Empty,
        Year = i.Year,
        IndexNumber = i.IndexNumber,
        IndexNumberEnd = i.IndexNumberEnd,
        ParentIndexNumber = i.ParentIndexNumber,
        RuntimeMs = i.RuntimeMs,
        DateAddedMs = i.DateAddedMs,
        Rating = i.Rating,
        OfficialRating = i.OfficialRating,
        Width = i.Width,
        Height = i.Height,
        Hdr = i.Hdr,
        PosterPath = i.PosterPath,
        BackdropPath = i.BackdropPath,
        ThumbPath = i.ThumbPath,
        Edition = i.Edition,
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<BrowseText, Expression<Func<Item, Item>>> RowColumns = new();

    /// <summary>
    /// An item's row with only the long text columns in <paramref name="text"/> (the others null, the key empty).
    /// One expression per choice, so EF compiles each query shape once.
    /// </summary>
    public static Expression<Func<Item, Item>> Row(BrowseText text) => RowColumns.GetOrAdd(text, static wanted =>
    {
        var optional = new Dictionary<string, BrowseText>
        {
            [nameof(Item.OriginalTitle)] = BrowseText.OriginalTitle,
            [nameof(Item.SortTitle)] = BrowseText.SortTitle,
            [nameof(Item.Overview)] = BrowseText.Overview,
            [nameof(Item.Tagline)] = BrowseText.Tagline,
            [nameof(Item.Genres)] = BrowseText.Genres,
            [nameof(Item.Studios)] = BrowseText.Studios,
            [nameof(Item.PeopleJson)] = BrowseText.People,
            [nameof(Item.ProviderIdsJson)] = BrowseText.ProviderIds,
            [nameof(Item.Key)] = BrowseText.All,
        };
        var row = Expression.Parameter(typeof(Item), "i");
        var bindings = new List<MemberBinding>();
        foreach (var property in typeof(Item).GetProperties().Where(p => p.CanWrite))
        {
            if (!optional.TryGetValue(property.Name, out var column) || (wanted & column) == column)
            {
                bindings.Add(Expression.Bind(property, Expression.Property(row, property)));
            }
            else if (property.PropertyType == typeof(string) && property.Name is nameof(Item.Key) or nameof(Item.SortTitle))
            {
                bindings.Add(Expression.Bind(property, Expression.Constant(string.Empty)));
            }
        }

        return Expression.Lambda<Func<Item, Item>>(Expression.MemberInit(Expression.New(typeof(Item)), bindings), row);
    });

    /// <summary>
    /// What lists show. The artwork flags say what the image endpoint serves for this very id: a season's or
    /// an episode's backdrop and a season's poster are its show's when it has none; every video has a still
    /// (its own, else a frame grabbed from it).
    /// </summary>
    public static ItemSummary Summary(Item item, WatchState? state, ShowFacts? show = null, int? newEpisodeCount = null) => new(
        item.Id,
        item.LibraryId,
        item.ParentId,
        item.ShowId,
        ItemText.Kind(item.Kind),
        item.Title,
        item.Year,
        item.IndexNumber,
        item.IndexNumberEnd,
        item.ParentIndexNumber,
        item.RuntimeMs,
        item.DateAddedMs,
        item.Rating,
        item.OfficialRating,
        ItemText.Resolution(item.Width, item.Height),
        item.Hdr,
        item.PosterPath is not null || (item.Kind == ItemKind.Season && show is { HasPoster: true }),
        item.BackdropPath is not null || show is { HasBackdrop: true },
        state is null ? null : new UserData(state.PositionMs, state.Played, state.PlayCount, state.Favourite, state.LastPlayedMs),
        item.ThumbPath is not null || item.Kind is ItemKind.Movie or ItemKind.Episode or ItemKind.Extra,
        show?.Title,
        item.Edition,
        newEpisodeCount);

    public static ItemDetail Detail(Item item, ItemSummary summary, string? infoJson, IReadOnlyList<MediaFile> files, int childCount, string? showTitle) => new(
        summary,
        item.OriginalTitle,
        item.Overview,
        item.Tagline,
        item.Premiered,
        item.ExtraKind,
        Split(item.Genres),
        Split(item.Studios),
        item.PeopleJson is null ? [] : JsonSerializer.Deserialize(item.PeopleJson, StoreJson.Default.ListPerson) ?? [],
        item.ProviderIdsJson is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize(item.ProviderIdsJson, StoreJson.Default.DictionaryStringString) ?? [],
        showTitle,
        childCount,
        infoJson is null ? null : WithoutFolders(JsonSerializer.Deserialize(infoJson, MediaInfoJsonContext.Default.MediaInfo)),
        [.. files.Select(f => new FileDto(f.Id, Path.GetFileName(f.Path), f.Size, item.Container, FileEdition(item, f.Path)))])
    {
        // the files come in path order: the first is the one the media info describes (see MediaSources)
        MediaPending = infoJson is null && files.Count > 0 && files[0].State == FileState.Pending,
    };

    // a movie's versions differ by edition: each file's own name (and its folder's) says which it is
    private static string? FileEdition(Item item, string path)
    {
        if (item.Kind != ItemKind.Movie)
        {
            return null;
        }

        return Naming.MovieNaming.EditionOfFile(path);
    }

    // where the server keeps its files is not the client's business: a file name is enough
    private static MediaInfo? WithoutFolders(MediaInfo? info) => info is null ? null : info with
    {
        Subtitles = [.. info.Subtitles.Select(s => s.Path is null ? s : s with { Path = Path.GetFileName(s.Path) })],
    };

    private static IReadOnlyList<string> Split(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split('|', StringSplitOptions.RemoveEmptyEntries);
}
