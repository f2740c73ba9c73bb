using Hearth.Jellyfin.Dtos;
using Hearth.Jellyfin.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Jellyfin.Compat;

/// <summary>
/// What the apps ask that Hearth does not do (intros, trailers, live TV, plugins, SyncPlay, display preferences): a
/// well-formed empty answer where an app would fail on a 404, else a plain 404 the apps take as "not here". Never a
/// 500, never the web client's page.
/// </summary>
internal static class CompatEndpoints
{
    /// <summary>
    /// Path prefixes only Jellyfin's API uses. An unknown route under one answers a plain 404 instead of the web
    /// client's index.html. Library and Search are not claimed: the web client has pages there (routing ignores case).
    /// </summary>
    // not Movies, Library or Search: /movies/…, /library/… and /search are the web client's own pages (routing is
    // case-insensitive), and the web client's page fallback must keep them
    internal static readonly string[] JellyfinPrefixes =
    [
        "Items", "Users", "UserItems", "UserViews", "Videos", "Audio", "Shows", "Sessions", "System", "QuickConnect", "LiveTv",
        "SyncPlay", "Plugins", "DisplayPreferences", "Localization", "MediaSegments", "Genres", "Persons", "Studios", "Artists",
        "Playlists", "Devices", "Branding", "Environment", "ScheduledTasks", "Packages", "Notifications", "Channels", "Trailers",
        "UserPlayedItems", "UserFavoriteItems", "PlayingItems", "MusicGenres", "Collections", "Auth",
    ];

    public static void MapCompatEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/DisplayPreferences/{id}", (string id, string? client) => JellyfinJson.Ok(DisplayPreferencesDto.Default(id, client)));
        // taken and not kept: Hearth has no per-app view settings, and the apps work from the defaults
        routes.MapPost("/DisplayPreferences/{id}", () => TypedResults.NoContent());

        var empty = QueryResult<BaseItemDto>.Empty;
        foreach (var path in new[] { "/Items/{id}/Intros", "/Users/{userId}/Items/{id}/Intros", "/MediaSegments/{itemId}", "/Studios", "/Persons", "/Artists", "/Artists/AlbumArtists", "/MusicGenres", "/Devices", "/LiveTv/Channels", "/LiveTv/Programs", "/LiveTv/Programs/Recommended", "/LiveTv/Recordings", "/LiveTv/Timers", "/LiveTv/SeriesTimers", "/Channels" })
        {
            routes.MapGet(path, () => JellyfinJson.Ok(empty));
        }

        foreach (var path in new[] { "/Items/{id}/SpecialFeatures", "/Items/{id}/LocalTrailers", "/Users/{userId}/Items/{id}/SpecialFeatures", "/Users/{userId}/Items/{id}/LocalTrailers", "/Plugins", "/Packages", "/ScheduledTasks", "/Localization/ParentalRatings", "/LiveTv/Recordings/Folders" })
        {
            routes.MapGet(path, () => JellyfinJson.Ok(Array.Empty<object>()));
        }

        routes.MapGet("/Items/{id}/ThemeMedia", (string id) => JellyfinJson.Ok(new AllThemeMedia(ThemeMedia.Empty(id), ThemeMedia.Empty(id), ThemeMedia.Empty(id))));
        routes.MapGet("/Items/{id}/ThemeSongs", (string id) => JellyfinJson.Ok(ThemeMedia.Empty(id)));
        routes.MapGet("/Items/{id}/ThemeVideos", (string id) => JellyfinJson.Ok(ThemeMedia.Empty(id)));
        routes.MapGet("/LiveTv/Info", () => JellyfinJson.Ok(new LiveTvInfo([], [], false)));
        routes.MapGet("/Localization/Cultures", () => JellyfinJson.Ok(new[] { new Culture("English", "English", "en", "eng", ["eng"]) }));
        routes.MapGet("/Localization/Countries", () => JellyfinJson.Ok(new[] { new Country("US", "United States", "US", "USA") }));
        routes.MapGet("/Localization/Options", () => JellyfinJson.Ok(new[] { new LocalizationOption("English", "en-US") }));

        // everything else under a Jellyfin prefix: a plain 404, after every real route and before the web client's
        // page fallback (order int.MaxValue); open, so an unknown route reads as unknown, not as "sign in"
        foreach (var prefix in JellyfinPrefixes)
        {
            routes.Map($"/{prefix}/{{**rest}}", () => TypedResults.NotFound())
                .WithOrder(int.MaxValue - 1)
                .WithDisplayName($"Jellyfin: no such route under /{prefix}")
                .AllowAnonymous();
        }
    }

    internal sealed record DisplayPreferencesDto(
        string Id,
        string SortBy,
        string SortOrder,
        bool RememberIndexing,
        int PrimaryImageHeight,
        int PrimaryImageWidth,
        IReadOnlyDictionary<string, string> CustomPrefs,
        string ScrollDirection,
        bool ShowBackdrop,
        bool RememberSorting,
        bool ShowSidebar,
        string? Client,
        string? IndexBy = null)
    {
        public static DisplayPreferencesDto Default(string id, string? client) =>
            new(id, "SortName", "Ascending", false, 250, 250, new Dictionary<string, string>(), "Horizontal", true, false, false, client);
    }

    internal sealed record ThemeMedia(IReadOnlyList<BaseItemDto> Items, int TotalRecordCount, int StartIndex, string OwnerId)
    {
        public static ThemeMedia Empty(string owner) => new([], 0, 0, owner);
    }

    internal sealed record AllThemeMedia(ThemeMedia ThemeVideosResult, ThemeMedia ThemeSongsResult, ThemeMedia SoundtrackSongsResult);

    internal sealed record LiveTvInfo(IReadOnlyList<object> Services, IReadOnlyList<string> EnabledUsers, bool IsEnabled);

    internal sealed record Culture(string Name, string DisplayName, string TwoLetterISOLanguageName, string ThreeLetterISOLanguageName, IReadOnlyList<string> ThreeLetterISOLanguageNames);

    internal sealed record Country(string Name, string DisplayName, string TwoLetterISORegionName, string ThreeLetterISORegionName);

    internal sealed record LocalizationOption(string Name, string Value);
}
