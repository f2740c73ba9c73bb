namespace Hearth.Acquisition.Store;

/// <summary>A wanted (or held) movie. Lists are JSON text; ids are small integers, as the *arr apps' are.</summary>
public sealed class MovieRow
{
    public int Id { get; set; }

    public required string Title { get; set; }

    /// <summary>The title normalised as release names are (<see cref="Releases.ReleaseTitles.Normalize"/>), for matching.</summary>
    public required string MatchTitle { get; set; }

    public int? Year { get; set; }

    public int? TmdbId { get; set; }

    public string? ImdbId { get; set; }

    public string? Overview { get; set; }

    public int? RuntimeMinutes { get; set; }

    /// <summary>ISO 639-1, as TMDB gives it.</summary>
    public string? OriginalLanguage { get; set; }

    public string AlternativeTitles { get; set; } = "[]";

    /// <summary>yyyy-MM-dd; the day it can be had (null: unknown, the year decides).</summary>
    public string? ReleaseDate { get; set; }

    public string? PosterUrl { get; set; }

    public int ProfileId { get; set; }

    public bool Monitored { get; set; }

    /// <summary>Where the metadata came from: "tmdb", or "offline" for title and year alone.</summary>
    public required string Source { get; set; }

    /// <summary>The library item it was adopted from or imported into.</summary>
    public Guid? LibraryItemId { get; set; }

    public long AddedMs { get; set; }
}

/// <summary>
/// A further version of a movie with its own profile (a 4K HDR one beside the 1080p one): wanted, decided, grabbed
/// and kept apart from the movie's own version, which is the movie row's profile and monitored flag.
/// </summary>
public sealed class MovieVersionRow
{
    public int Id { get; set; }

    public int MovieId { get; set; }

    /// <summary>What people call it ("4K HDR"); the profile's name unless they named it.</summary>
    public required string Name { get; set; }

    public int ProfileId { get; set; }

    public bool Monitored { get; set; }

    public long AddedMs { get; set; }
}

/// <summary>A file of a movie or series on disk, with the quality read from its name (and its picture's height).</summary>
public sealed class MediaFileRow
{
    public int Id { get; set; }

    public int? MovieId { get; set; }

    public int? SeriesId { get; set; }

    public int? Season { get; set; }

    /// <summary>JSON array of episode numbers within <see cref="Season"/>; "[]" for a movie.</summary>
    public string Episodes { get; set; } = "[]";

    public required string Path { get; set; }

    public long Size { get; set; }

    /// <summary>The quality's name in the quality table (<c>Bluray-1080p</c>).</summary>
    public required string Quality { get; set; }

    public int RevisionVersion { get; set; } = 1;

    public int RevisionReal { get; set; }

    public bool IsRepack { get; set; }

    public string? ReleaseGroup { get; set; }

    public long AddedMs { get; set; }
}

/// <summary>A wanted (or held) series.</summary>
public sealed class SeriesRow
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public required string MatchTitle { get; set; }

    public int? Year { get; set; }

    public int? TvdbId { get; set; }

    public int? TvMazeId { get; set; }

    public int? TmdbId { get; set; }

    public string? ImdbId { get; set; }

    public string? Overview { get; set; }

    /// <summary>As the provider says: Running, Ended, …</summary>
    public string? Status { get; set; }

    public int? RuntimeMinutes { get; set; }

    public string? OriginalLanguage { get; set; }

    public string AlternativeTitles { get; set; } = "[]";

    public string? PosterUrl { get; set; }

    public int ProfileId { get; set; }

    public bool Monitored { get; set; }

    /// <summary>The monitoring choice made when added: all, future, missing, firstSeason, latestSeason, none.</summary>
    public required string Monitor { get; set; }

    public required string Source { get; set; }

    public Guid? LibraryItemId { get; set; }

    public long AddedMs { get; set; }
}

/// <summary>One episode of a series, from the provider's list (or made from a file when adopted offline).</summary>
public sealed class EpisodeRow
{
    public int Id { get; set; }

    public int SeriesId { get; set; }

    public int Season { get; set; }

    public int Number { get; set; }

    public int? AbsoluteNumber { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? AirDate { get; set; }

    public string? Title { get; set; }

    public bool Monitored { get; set; }
}

/// <summary>A quality profile, kept whole as JSON (its ladder is small and always read whole).</summary>
public sealed class ProfileRow
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Json { get; set; }
}

/// <summary>A custom format, kept whole as JSON with its conditions by name.</summary>
public sealed class CustomFormatRow
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Json { get; set; }
}

/// <summary>
/// A release handed to a download client for a movie or episodes: what it was, and where it stands (sent,
/// failed, imported). Grabs not yet imported are the queue the decisions check.
/// </summary>
public sealed class GrabRow
{
    public int Id { get; set; }

    public long AtMs { get; set; }

    public int? MovieId { get; set; }

    /// <summary>The movie's further version it was grabbed for; null for the movie's own.</summary>
    public int? VersionId { get; set; }

    public int? SeriesId { get; set; }

    public int? Season { get; set; }

    /// <summary>JSON array of episode numbers within <see cref="Season"/>; "[]" for a movie or a whole season.</summary>
    public string Episodes { get; set; } = "[]";

    public Guid IndexerId { get; set; }

    public required string Indexer { get; set; }

    public required string Guid { get; set; }

    public string? InfoHash { get; set; }

    public required string Title { get; set; }

    public required string Quality { get; set; }

    public int RevisionVersion { get; set; } = 1;

    public int RevisionReal { get; set; }

    public int FormatScore { get; set; }

    /// <summary>"torrent" or "usenet".</summary>
    public required string Protocol { get; set; }

    public long? Size { get; set; }

    /// <summary>The download client it went to, by name ("blackhole", "qBittorrent").</summary>
    public required string Client { get; set; }

    /// <summary>The saved download client it went to; null for the blackhole.</summary>
    public int? ClientId { get; set; }

    /// <summary>The id the client knows the download by (the torrent's info hash, NZBGet's id).</summary>
    public string? DownloadId { get; set; }

    /// <summary>sent (in the client, followed), importing, imported, failed or removed (see GrabStatus).</summary>
    public required string Status { get; set; }

    /// <summary>What it was grabbed for, as a person reads it ("Blade Runner (1982)", "Sherlock S01E02").</summary>
    public string? Subject { get; set; }

    /// <summary>The release's download link (through the hub), kept so a failed hand-over can be tried again.</summary>
    public string? Link { get; set; }

    public string? MagnetUrl { get; set; }

    /// <summary>When it left the client's hands (imported, failed, removed); null while it is on its way.</summary>
    public long? EndedMs { get; set; }

    /// <summary>Taken out of the queue's view: a failed grab stays in the queue, with its reason, until a person removes it or tries it again.</summary>
    public bool Hidden { get; set; }

    /// <summary>What the client was given (the file written), or why it failed.</summary>
    public string? Message { get; set; }

    /// <summary>How it came: interactive, automatic, rss or backlog.</summary>
    public required string Trigger { get; set; }

    /// <summary>True when a person grabbed it over a rejection.</summary>
    public bool Override { get; set; }
}

/// <summary>One search or grab of the automation, with the decisions' summary: the history people read.</summary>
public sealed class HistoryRow
{
    public long Id { get; set; }

    public long AtMs { get; set; }

    /// <summary>search, grab or grabFailed.</summary>
    public required string Kind { get; set; }

    /// <summary>interactive, automatic, rss or backlog.</summary>
    public required string Trigger { get; set; }

    public int? MovieId { get; set; }

    public int? SeriesId { get; set; }

    /// <summary>What was searched or grabbed, as a person reads it ("Blade Runner (1982)", "Sherlock S01E02").</summary>
    public required string Subject { get; set; }

    /// <summary>A release title for a grab; null for a search.</summary>
    public string? Release { get; set; }

    public int Found { get; set; }

    public int Accepted { get; set; }

    /// <summary>The decisions' summary ("12 found, 2 accepted; wrong-episode 7, size 3") or the grab's outcome.</summary>
    public required string Detail { get; set; }
}

/// <summary>The delay profile: one for the whole catalog, as Sonarr's and Radarr's default one (row 1).</summary>
public sealed class DelayProfileRow
{
    public int Id { get; set; }

    /// <summary>"torrent" or "usenet".</summary>
    public required string PreferredProtocol { get; set; }

    public int UsenetDelayMinutes { get; set; }

    public int TorrentDelayMinutes { get; set; }

    public bool BypassIfHighestQuality { get; set; } = true;

    public int? BypassIfFormatScoreAtLeast { get; set; }
}

/// <summary>A release never to be grabbed again (a person blocked it, or its download failed), by indexer and guid and by info hash.</summary>
public sealed class BlocklistRow
{
    public int Id { get; set; }

    public long AtMs { get; set; }

    public Guid IndexerId { get; set; }

    public required string Indexer { get; set; }

    public required string Guid { get; set; }

    public string? InfoHash { get; set; }

    public required string Title { get; set; }

    public int? MovieId { get; set; }

    public int? SeriesId { get; set; }

    /// <summary>Why, in a person's words ("blocked by Sam", "the download failed: …").</summary>
    public required string Reason { get; set; }
}

/// <summary>
/// A download client Hearth hands releases to and follows. The password is kept here as the indexers' API keys are:
/// in the store file, which is owner-only, and never answered by the API.
/// </summary>
public sealed class DownloadClientRow
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>qbittorrent, transmission or nzbget.</summary>
    public required string Kind { get; set; }

    public required string Url { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    public required string Category { get; set; }

    public string? SavePath { get; set; }

    /// <summary>1 is tried first; among equals, the one added first.</summary>
    public int Priority { get; set; } = 1;

    public bool Enabled { get; set; } = true;

    /// <summary>The qBittorrent Hearth runs itself: its address and credentials are Hearth's to set, and it is not removed.</summary>
    public bool Managed { get; set; }

    public long AddedMs { get; set; }
}
