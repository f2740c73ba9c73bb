namespace Hearth.Jellyfin.Dtos;

/// <summary>
/// Jellyfin's <c>UserDto</c>. Every field an app's generated client requires is present (the Kotlin SDK of the
/// Android TV app fails on a missing non-nullable field), with the values Hearth's rights imply.
/// </summary>
public sealed record JellyfinUser(
    string Name,
    string ServerId,
    string Id,
    bool HasPassword,
    bool HasConfiguredPassword,
    bool HasConfiguredEasyPassword,
    bool EnableAutoLogin,
    JellyfinUserConfiguration Configuration,
    JellyfinUserPolicy Policy,
    string? PrimaryImageTag = null,
    DateTimeOffset? LastLoginDate = null,
    DateTimeOffset? LastActivityDate = null);

public sealed record JellyfinUserConfiguration(
    bool PlayDefaultAudioTrack = true,
    string SubtitleLanguagePreference = "",
    string AudioLanguagePreference = "",
    bool DisplayMissingEpisodes = false,
    IReadOnlyList<string>? GroupedFolders = null,
    string SubtitleMode = "Default",
    bool DisplayCollectionsView = false,
    bool EnableLocalPassword = false,
    IReadOnlyList<string>? OrderedViews = null,
    IReadOnlyList<string>? LatestItemsExcludes = null,
    IReadOnlyList<string>? MyMediaExcludes = null,
    bool HidePlayedInLatest = true,
    bool RememberAudioSelections = true,
    bool RememberSubtitleSelections = true,
    bool EnableNextEpisodeAutoPlay = true,
    string CastReceiverId = "")
{
    public static JellyfinUserConfiguration Default { get; } = new(GroupedFolders: [], OrderedViews: [], LatestItemsExcludes: [], MyMediaExcludes: []);
}

/// <summary>Jellyfin's <c>UserPolicy</c>, read from Hearth's rights: admin, all libraries or the granted ones.</summary>
public sealed record JellyfinUserPolicy(
    bool IsAdministrator,
    bool EnableAllFolders,
    IReadOnlyList<string> EnabledFolders,
    bool IsHidden = true,
    bool IsDisabled = false,
    bool EnableUserPreferenceAccess = true,
    bool EnableRemoteControlOfOtherUsers = false,
    bool EnableSharedDeviceControl = false,
    bool EnableRemoteAccess = true,
    bool EnableLiveTvManagement = false,
    bool EnableLiveTvAccess = false,
    bool EnableMediaPlayback = true,
    bool EnableAudioPlaybackTranscoding = true,
    bool EnableVideoPlaybackTranscoding = true,
    bool EnablePlaybackRemuxing = true,
    bool ForceRemoteSourceTranscoding = false,
    bool EnableContentDeletion = false,
    bool EnableContentDownloading = true,
    bool EnableSyncTranscoding = false,
    bool EnableMediaConversion = false,
    bool EnableAllDevices = true,
    bool EnableAllChannels = false,
    bool EnablePublicSharing = false,
    bool EnableCollectionManagement = false,
    bool EnableSubtitleManagement = false,
    bool EnableLyricManagement = false,
    int InvalidLoginAttemptCount = 0,
    int LoginAttemptsBeforeLockout = -1,
    int MaxActiveSessions = 0,
    int RemoteClientBitrateLimit = 0,
    string AuthenticationProviderId = "Hearth",
    string PasswordResetProviderId = "Hearth",
    string SyncPlayAccess = "None")
{
    public IReadOnlyList<string> BlockedTags { get; init; } = [];

    public IReadOnlyList<string> AllowedTags { get; init; } = [];

    public IReadOnlyList<string> EnabledChannels { get; init; } = [];

    public IReadOnlyList<string> EnabledDevices { get; init; } = [];

    public IReadOnlyList<string> BlockedMediaFolders { get; init; } = [];

    public IReadOnlyList<string> BlockedChannels { get; init; } = [];

    public IReadOnlyList<object> AccessSchedules { get; init; } = [];

    public IReadOnlyList<string> BlockUnratedItems { get; init; } = [];

    public IReadOnlyList<string> EnableContentDeletionFromFolders { get; init; } = [];
}

/// <summary>Jellyfin's answer to a sign-in: the user, the session, and the token the app sends from now on.</summary>
public sealed record AuthenticationResult(JellyfinUser User, SessionInfoDto SessionInfo, string AccessToken, string ServerId);

/// <summary>Jellyfin's <c>SessionInfoDto</c>: one app signed in, and what it plays.</summary>
public sealed record SessionInfoDto(
    string Id,
    string UserId,
    string UserName,
    string? Client,
    string? DeviceName,
    string? DeviceId,
    string? ApplicationVersion,
    DateTimeOffset LastActivityDate,
    string ServerId,
    bool IsActive = true,
    bool SupportsMediaControl = false,
    bool SupportsRemoteControl = false,
    bool HasCustomDeviceName = false)
{
    public PlayerStateInfo PlayState { get; init; } = new();

    public BaseItemDto? NowPlayingItem { get; init; }

    public IReadOnlyList<string> PlayableMediaTypes { get; init; } = ["Video", "Audio"];

    public IReadOnlyList<string> SupportedCommands { get; init; } = [];

    public IReadOnlyList<object> AdditionalUsers { get; init; } = [];

    public IReadOnlyList<object> NowPlayingQueue { get; init; } = [];

    public IReadOnlyList<object> NowPlayingQueueFullItems { get; init; } = [];

    public DateTimeOffset LastPlaybackCheckIn { get; init; }

    public string? PlaySessionId { get; init; }
}

/// <summary>Jellyfin's <c>PlayerStateInfo</c>.</summary>
public sealed record PlayerStateInfo(
    long? PositionTicks = null,
    bool CanSeek = true,
    bool IsPaused = false,
    bool IsMuted = false,
    int? VolumeLevel = null,
    int? AudioStreamIndex = null,
    int? SubtitleStreamIndex = null,
    string? MediaSourceId = null,
    string? PlayMethod = null,
    string RepeatMode = "RepeatNone",
    string PlaybackOrder = "Default");
