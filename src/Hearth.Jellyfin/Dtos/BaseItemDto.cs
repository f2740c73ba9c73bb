namespace Hearth.Jellyfin.Dtos;

/// <summary>
/// Jellyfin's <c>BaseItemDto</c>: what the apps read of a film, show, season, episode or library view. Fields
/// that Hearth has no value for are left out (null), as Jellyfin leaves them out, and so are the optional ones a
/// request's <c>Fields</c> did not name (sort name, parent, size, the lists), as Jellyfin's own DTO writer does;
/// the few an app's generated client requires are always present (Id, Type, and user data's own).
/// </summary>
public sealed record BaseItemDto
{
    public required string Name { get; init; }

    public required string ServerId { get; init; }

    public required string Id { get; init; }

    /// <summary>Movie, Series, Season, Episode, Video, CollectionFolder, UserView.</summary>
    public required string Type { get; init; }

    public string? Etag { get; init; }

    public string? OriginalTitle { get; init; }

    public string? SortName { get; init; }

    public string? ForcedSortName { get; init; }

    public DateTimeOffset? DateCreated { get; init; }

    public DateTimeOffset? PremiereDate { get; init; }

    public int? ProductionYear { get; init; }

    public int? IndexNumber { get; init; }

    public int? IndexNumberEnd { get; init; }

    public int? ParentIndexNumber { get; init; }

    public string? ParentId { get; init; }

    public string? SeriesId { get; init; }

    public string? SeriesName { get; init; }

    public string? SeasonId { get; init; }

    public string? SeasonName { get; init; }

    public long? RunTimeTicks { get; init; }

    public string? Overview { get; init; }

    public IReadOnlyList<string>? Taglines { get; init; }

    public IReadOnlyList<string>? Genres { get; init; }

    public IReadOnlyList<NameGuidPair>? GenreItems { get; init; }

    public IReadOnlyList<NameGuidPair>? Studios { get; init; }

    public IReadOnlyList<BaseItemPerson>? People { get; init; }

    public float? CommunityRating { get; init; }

    public string? OfficialRating { get; init; }

    public IReadOnlyDictionary<string, string>? ProviderIds { get; init; }

    public bool IsFolder { get; init; }

    /// <summary>movies or tvshows on a library view.</summary>
    public string? CollectionType { get; init; }

    /// <summary>Video on playable items, else absent.</summary>
    public string? MediaType { get; init; }

    public string? LocationType { get; init; }

    public string? Container { get; init; }

    public string? VideoType { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    public bool? IsHD { get; init; }

    public int? ChildCount { get; init; }

    public int? RecursiveItemCount { get; init; }

    public double? PrimaryImageAspectRatio { get; init; }

    /// <summary>Image type (Primary, Backdrop, Thumb, Logo) to the tag that goes into its URL.</summary>
    public IReadOnlyDictionary<string, string> ImageTags { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> BackdropImageTags { get; init; } = [];

    public string? ParentBackdropItemId { get; init; }

    public IReadOnlyList<string>? ParentBackdropImageTags { get; init; }

    public string? ParentThumbItemId { get; init; }

    public string? ParentThumbImageTag { get; init; }

    public string? ParentPrimaryImageItemId { get; init; }

    public string? ParentPrimaryImageTag { get; init; }

    public string? SeriesPrimaryImageTag { get; init; }

    public string? SeriesThumbImageTag { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? ImageBlurHashes { get; init; }

    public UserItemDataDto? UserData { get; init; }

    public IReadOnlyList<MediaSourceInfo>? MediaSources { get; init; }

    public IReadOnlyList<MediaStream>? MediaStreams { get; init; }

    public int? MediaSourceCount { get; init; }

    public int? LocalTrailerCount { get; init; }

    public IReadOnlyList<object>? RemoteTrailers { get; init; }

    public IReadOnlyList<object>? Chapters { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public IReadOnlyList<object>? ExternalUrls { get; init; }

    public IReadOnlyList<object>? LockedFields { get; init; }

    public bool? CanDelete { get; init; }

    public bool? CanDownload { get; init; }

    public bool? HasSubtitles { get; init; }

    public string? Path { get; init; }

    public string? PlayAccess { get; init; }

    public string? Status { get; init; }

    public string? AirTime { get; init; }

    public IReadOnlyList<string>? AirDays { get; init; }

    /// <summary>Where the item sits on its own show (for series: <c>Status</c>, for episodes: the special's place).</summary>
    public string? DisplayPreferencesId { get; init; }

    public int? SpecialFeatureCount { get; init; }

    public int? PartCount { get; init; }

    public DateTimeOffset? EndDate { get; init; }
}

public sealed record NameGuidPair(string Name, string Id);

public sealed record BaseItemPerson(string Name, string Id, string? Role, string Type, string? PrimaryImageTag = null);

/// <summary>One user's state of an item: position (ticks, 10,000,000 a second), played, favourite.</summary>
public sealed record UserItemDataDto(
    long PlaybackPositionTicks,
    int PlayCount,
    bool IsFavorite,
    bool Played,
    string Key,
    string ItemId,
    DateTimeOffset? LastPlayedDate = null,
    double? PlayedPercentage = null,
    int? UnplayedItemCount = null,
    bool? Likes = null,
    double? Rating = null);
