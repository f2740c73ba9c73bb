using System.Globalization;
using System.Text.Json;
using Hearth.Core.Access;
using Hearth.Jellyfin.Dtos;
using Hearth.Jellyfin.Images;
using Hearth.Jellyfin.Json;
using Hearth.Jellyfin.Server;
using Hearth.Library.Images;
using Hearth.Library.Items;
using Hearth.Library.Libraries;
using Hearth.Library.Store;

namespace Hearth.Jellyfin.Items;

/// <summary>
/// Library items as Jellyfin's <c>BaseItemDto</c>: names, numbers and dates from the summary, the costlier fields
/// (overview, credits, provider ids) from the item's row, artwork as capability tags (<see cref="ImageTags"/>), and
/// media sources through <see cref="IItemMediaSources"/> when playback registered one.
/// </summary>
internal sealed class ItemDtoMapper(ItemQueries queries, ImageTags tags, ServerIdentity server, IEnumerable<IItemMediaSources> sources, ItemJsonCache cache)
{
    private const double PosterRatio = 2.0 / 3.0;
    private const double StillRatio = 16.0 / 9.0;

    /// <summary>
    /// A browse's page as the JSON of <c>QueryResult&lt;BaseItemDto&gt;</c>. Films and episodes seen before in the same
    /// shape come from <see cref="ItemJsonCache"/> with the caller's marks put in; only the others' rows are read and
    /// mapped, and then kept.
    /// </summary>
    public async Task<byte[]> PageAsync(CallerAccess caller, BrowseQuery query, ItemFields fields, CancellationToken ct)
    {
        if (!fields.Keepable)
        {
            var whole = await queries.BrowseAsync(caller, query with { Text = fields.Text }, ct).ConfigureAwait(false);
            var dtos = await MapAsync(caller, whole.Items, whole.Rows, fields, ct).ConfigureAwait(false);
            return JsonSerializer.SerializeToUtf8Bytes(new QueryResult<BaseItemDto>(dtos, whole.Total, whole.Offset), JellyfinPageJson.Default.QueryResultBaseItemDto);
        }

        var shelf = cache.For(fields.Shape);
        var page = await queries.BrowseIdsAsync(caller, query, ct).ConfigureAwait(false);
        var kept = new Dictionary<Guid, KeptItem>(page.Ids.Count);
        var missing = new List<Guid>();
        foreach (var id in page.Ids)
        {
            if (shelf.TryGet(id, out var item))
            {
                kept[id] = item;
            }
            else
            {
                missing.Add(id);
            }
        }

        var made = new Dictionary<Guid, (byte[] Json, UserItemDataDto? UserData)>(missing.Count);
        if (missing.Count > 0)
        {
            var read = await queries.ItemsAsync(caller, missing, fields.Text, ct).ConfigureAwait(false);
            foreach (var dto in await MapAsync(caller, read.Items, read.Rows, fields, ct).ConfigureAwait(false))
            {
                var id = Guid.ParseExact(dto.Id, "N");
                var json = ItemPageJson.Item(dto);
                made[id] = (json, dto.UserData);
                if (dto.IsFolder != true)
                {
                    shelf.Keep(id, new KeptItem(json, Ticks.ToMilliseconds(dto.RunTimeTicks)));
                }
            }
        }

        var marks = fields.UserData && kept.Count > 0 ? await queries.UserDataAsync(caller, kept.Keys, ct).ConfigureAwait(false) : null;
        var items = new List<(byte[], UserItemDataDto?)>(page.Ids.Count);
        foreach (var id in page.Ids)
        {
            if (made.TryGetValue(id, out var fresh))
            {
                items.Add(fresh);
            }
            else if (kept.TryGetValue(id, out var item))
            {
                items.Add((item.Json, marks is null ? null : UserData(JellyfinIds.Format(id), marks.GetValueOrDefault(id), item.RuntimeMs, null)));
            }
        }

        return ItemPageJson.Page(items, page.Total, page.Offset);
    }

    /// <summary>The items as DTOs, their rows read here.</summary>
    public Task<List<BaseItemDto>> MapAsync(CallerAccess caller, IReadOnlyList<ItemSummary> items, ItemFields fields, CancellationToken ct) =>
        MapAsync(caller, items, null, fields, ct);

    /// <summary>
    /// The items as DTOs. <paramref name="known"/> holds rows the caller already read (a browse page reads its items'
    /// rows with the page); only the others, and the items' shows (artwork, names) and parents (a season's name),
    /// are read here, in one query.
    /// </summary>
    public async Task<List<BaseItemDto>> MapAsync(CallerAccess caller, IReadOnlyList<ItemSummary> items, IReadOnlyDictionary<Guid, Item>? known, ItemFields fields, CancellationToken ct)
    {
        var related = items.Select(i => i.Id).Concat(items.Select(i => i.ShowId).OfType<Guid>()).Concat(items.Select(i => i.ParentId).OfType<Guid>());
        var missing = known is null ? related : related.Where(id => !known.ContainsKey(id));
        var read = await queries.RowsAsync(caller, missing, ct).ConfigureAwait(false);
        var rows = known is null || known.Count == 0 ? read : read.Count == 0 ? known : known.Concat(read).ToDictionary();
        var folders = items.Where(i => i.Kind is "show" or "season").Select(i => i.Id).ToList();
        var counts = folders.Count == 0 ? new Dictionary<Guid, (int, int)>() : await queries.FolderCountsAsync(caller, folders, ct).ConfigureAwait(false);
        var media = sources.FirstOrDefault();
        var result = new List<BaseItemDto>(items.Count);
        foreach (var item in items)
        {
            if (!rows.TryGetValue(item.Id, out var row))
            {
                continue;
            }

            var dto = Map(item, row, rows, counts.TryGetValue(item.Id, out var c) ? c : null, fields);
            if (media is not null && dto.MediaType is not null && (fields.Has(Field.MediaSources) || fields.Has(Field.MediaStreams)))
            {
                var found = await media.ForItemAsync(caller, item.Id, ct).ConfigureAwait(false);
                dto = dto with
                {
                    MediaSources = fields.Has(Field.MediaSources) ? found : null,
                    MediaStreams = fields.Has(Field.MediaStreams) ? found.FirstOrDefault()?.MediaStreams : null,
                    MediaSourceCount = found.Count,
                };
            }

            result.Add(dto);
        }

        return result;
    }

    /// <summary>A library as the view apps show on their home screen.</summary>
    public BaseItemDto View(LibraryDto library) => new()
    {
        Name = library.Name,
        ServerId = server.Id,
        Id = JellyfinIds.Format(library.Id),
        Type = "CollectionFolder",
        CollectionType = string.Equals(library.Kind, "shows", StringComparison.OrdinalIgnoreCase) ? "tvshows" : "movies",
        IsFolder = true,
        ChildCount = library.ItemCount,
        LocationType = "FileSystem",
        PlayAccess = "Full",
        SortName = library.Name.ToLowerInvariant(),
    };

    public static string TypeOf(string kind) => kind switch
    {
        "movie" => "Movie",
        "show" => "Series",
        "season" => "Season",
        "episode" => "Episode",
        _ => "Video",
    };

    private BaseItemDto Map(ItemSummary item, Item row, IReadOnlyDictionary<Guid, Item> rows, (int Children, int Unplayed)? counts, ItemFields fields)
    {
        var show = row.ShowId is { } s ? rows.GetValueOrDefault(s) : null;
        var parent = row.ParentId is { } p ? rows.GetValueOrDefault(p) : null;
        var playable = row.Kind is ItemKind.Movie or ItemKind.Episode or ItemKind.Extra;
        var folder = row.Kind is ItemKind.Show or ItemKind.Season;
        var still = row.Kind is ItemKind.Episode or ItemKind.Extra;

        var images = new Dictionary<string, string>();
        AddTag(images, fields, "Primary", row, show, still ? ImageKind.Thumb : ImageKind.Poster);
        if (!still && row.ThumbPath is not null)
        {
            AddTag(images, fields, "Thumb", row, show, ImageKind.Thumb);
        }

        if (row.LogoPath is not null)
        {
            AddTag(images, fields, "Logo", row, show, ImageKind.Logo);
        }

        var backdrop = row.BackdropPath is not null && fields.WantsImage("Backdrop") ? tags.Tag(row, show, ImageKind.Backdrop) : null;
        var showBackdrop = backdrop is null && show?.BackdropPath is not null && fields.WantsImage("Backdrop") ? tags.Tag(show, null, ImageKind.Backdrop) : null;
        var fullText = fields.All;
        var id = JellyfinIds.Format(item.Id);
        return new BaseItemDto
        {
            Name = item.Title,
            ServerId = server.Id,
            Id = id,
            Type = TypeOf(item.Kind),
            OriginalTitle = fullText || fields.Has(Field.OriginalTitle) ? row.OriginalTitle : null,
            SortName = fields.Has(Field.SortName) ? row.SortTitle : null,
            DateCreated = fields.Has(Field.DateCreated) ? DateTimeOffset.FromUnixTimeMilliseconds(item.DateAddedMs) : null,
            PremiereDate = DateTimeOffset.TryParse(row.Premiered, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var premiered) ? premiered : null,
            ProductionYear = item.Year,
            IndexNumber = item.IndexNumber,
            IndexNumberEnd = item.IndexNumberEnd,
            ParentIndexNumber = item.ParentIndexNumber,
            ParentId = fields.Has(Field.ParentId) ? JellyfinIds.Format(row.ParentId ?? row.LibraryId) : null,
            SeriesId = JellyfinIds.Format(row.ShowId),
            SeriesName = row.ShowId is null ? null : show?.Title ?? item.ShowTitle,
            SeasonId = row.Kind == ItemKind.Episode && parent?.Kind == ItemKind.Season ? JellyfinIds.Format(parent.Id) : null,
            SeasonName = row.Kind == ItemKind.Episode && parent?.Kind == ItemKind.Season ? parent.Title : null,
            RunTimeTicks = Ticks.FromMilliseconds(item.RuntimeMs),
            Overview = fields.Has(Field.Overview) ? row.Overview : null,
            Taglines = fields.Has(Field.Taglines) ? (row.Tagline is { Length: > 0 } tagline ? [tagline] : []) : null,
            Genres = fields.Has(Field.Genres) ? Split(row.Genres) : null,
            GenreItems = fields.Has(Field.Genres) ? [.. Split(row.Genres).Select(g => new NameGuidPair(g, NameIds.For("genre", g)))] : null,
            Studios = fields.Has(Field.Studios) ? [.. Split(row.Studios).Select(g => new NameGuidPair(g, NameIds.For("studio", g)))] : null,
            People = fields.Has(Field.People) ? People(row.PeopleJson) : null,
            ProviderIds = fields.Has(Field.ProviderIds) ? ProviderIds(row.ProviderIdsJson) : null,
            CommunityRating = item.Rating is { } rating ? (float)rating : null,
            OfficialRating = item.OfficialRating,
            IsFolder = folder,
            MediaType = playable ? "Video" : null,
            VideoType = playable ? "VideoFile" : null,
            LocationType = "FileSystem",
            PlayAccess = fields.Has(Field.PlayAccess) ? "Full" : null,
            Container = playable ? row.Container : null,
            Width = fields.Has(Field.Width) && row.Width > 0 ? row.Width : null,
            Height = fields.Has(Field.Height) && row.Height > 0 ? row.Height : null,
            IsHD = fields.Has(Field.IsHD) && row.Height >= 720 ? true : null,
            // a season's count comes without asking, as Jellyfin's; a show's when asked
            ChildCount = row.Kind == ItemKind.Season || fields.Has(Field.ChildCount) ? counts?.Children : null,
            PrimaryImageAspectRatio = fields.Has(Field.PrimaryImageAspectRatio) && images.ContainsKey("Primary") ? (still ? StillRatio : PosterRatio) : null,
            ImageTags = images,
            BackdropImageTags = backdrop is null ? [] : [backdrop],
            ParentBackdropItemId = showBackdrop is null ? null : JellyfinIds.Format(show!.Id),
            ParentBackdropImageTags = showBackdrop is null ? null : [showBackdrop],
            ParentThumbItemId = show?.ThumbPath is not null && fields.WantsImage("Thumb") ? JellyfinIds.Format(show.Id) : null,
            ParentThumbImageTag = show?.ThumbPath is not null && fields.WantsImage("Thumb") ? tags.Tag(show, null, ImageKind.Thumb) : null,
            SeriesPrimaryImageTag = show is not null && fields.WantsImage("Primary") ? tags.Tag(show, null, ImageKind.Poster) : null,
            UserData = fields.UserData ? UserData(id, item.UserData, item.RuntimeMs, counts) : null,
            LocalTrailerCount = fields.Has(Field.LocalTrailerCount) ? 0 : null,
            RemoteTrailers = fields.Has(Field.RemoteTrailers) ? [] : null,
            Chapters = fields.Has(Field.Chapters) ? [] : null,
            Tags = fields.Has(Field.Tags) ? [] : null,
            ExternalUrls = fields.Has(Field.ExternalUrls) ? [] : null,
            LockedFields = fields.Has(Field.Settings) ? [] : null,
        };
    }

    private void AddTag(Dictionary<string, string> images, ItemFields fields, string type, Item row, Item? show, ImageKind kind)
    {
        if (fields.WantsImage(type) && tags.Tag(row, show, kind) is { } tag)
        {
            images[type] = tag;
        }
    }

    private static UserItemDataDto UserData(string id, UserData? state, long? runtimeMs, (int Children, int Unplayed)? counts)
    {
        var position = state?.PositionMs ?? 0;
        // a show or season counts as played when none of its episodes is left
        var played = state?.Played ?? false;
        if (counts is { } c && !played)
        {
            played = c.Children > 0 && c.Unplayed == 0;
        }

        return new UserItemDataDto(
            Ticks.FromMilliseconds(position),
            state?.PlayCount ?? 0,
            state?.Favourite ?? false,
            played,
            id,
            id,
            state is { LastPlayedMs: > 0 } ? DateTimeOffset.FromUnixTimeMilliseconds(state.LastPlayedMs) : null,
            position > 0 && runtimeMs is > 0 ? Math.Round(100.0 * position / runtimeMs.Value, 2) : null,
            counts?.Unplayed);
    }

    private static IReadOnlyList<string> Split(string? joined) => string.IsNullOrEmpty(joined) ? [] : joined.Split('|', StringSplitOptions.RemoveEmptyEntries);

    private static IReadOnlyList<BaseItemPerson> People(string? json) =>
        json is null ? [] : [.. (JsonSerializer.Deserialize(json, StoreJson.Default.ListPerson) ?? []).Select(p => new BaseItemPerson(p.Name, NameIds.For("person", p.Name), p.Role, p.Type))];

    // Jellyfin writes provider names capitalised (Tmdb, Imdb, Tvdb); Hearth keeps them lower-case
    private static IReadOnlyDictionary<string, string> ProviderIds(string? json)
    {
        var ids = json is null ? null : JsonSerializer.Deserialize(json, StoreJson.Default.DictionaryStringString);
        return ids is null ? new Dictionary<string, string>() : ids.ToDictionary(p => p.Key.Length == 0 ? p.Key : char.ToUpperInvariant(p.Key[0]) + p.Key[1..], p => p.Value);
    }
}
