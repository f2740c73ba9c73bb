using System.ComponentModel.DataAnnotations;
namespace Hearth.Library.Store;

public enum LibraryKind
{
    Movies = 0,
    Shows = 1,
}

public enum ItemKind
{
    Movie = 0,
    Show = 1,
    Season = 2,
    Episode = 3,
    Extra = 4,
}

public enum FileState
{
    Ok = 0,
    Failed = 1,

    /// <summary>
    /// Listed from its name, folder and NFO, its media not read yet: its item shows, without runtime or badges,
    /// until the scan's probing reaches it (or playback asks for it first).
    /// </summary>
    Pending = 2,
}

public sealed class MediaLibrary
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public LibraryKind Kind { get; set; }

    public long CreatedMs { get; set; }

    /// <summary>Write Kodi-format NFO files beside the videos after a match (off by default; never over an NFO Hearth did not write).</summary>
    public bool WriteNfo { get; set; }

    /// <summary>The language of this library's metadata and artwork (BCP 47); null for the server's (Metadata:Language).</summary>
    [MaxLength(35)]
    public string? Language { get; set; }

    public List<LibraryFolder> Folders { get; set; } = [];
}

public sealed class LibraryFolder
{
    public Guid Id { get; set; }

    public Guid LibraryId { get; set; }

    public required string Path { get; set; }
}

/// <summary>
/// A movie, show, season, episode or extra. List views read only this table; the probe result lives
/// apart in <see cref="MediaInfoRow"/> so a page of 100 items stays a small read.
/// </summary>
public sealed class Item
{
    public Guid Id { get; set; }

    public Guid LibraryId { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>The show an episode or season belongs to (saves a join when listing a show's episodes).</summary>
    public Guid? ShowId { get; set; }

    public ItemKind Kind { get; set; }

    /// <summary>
    /// 0 for movies and shows (what a library lists at its top), 1 below them, 2 for episodes. A column of
    /// its own so the default listing is one index range in title order, where `Kind IN (movie, show)`
    /// would make SQLite sort every row; an int because SQLite uses an index for `Depth = 0` but not for
    /// a bare boolean column.
    /// </summary>
    public int Depth { get; set; }

    /// <summary>What the naming rules call this item, so a rescan finds the same row again.</summary>
    public required string Key { get; set; }

    public required string Title { get; set; }

    public required string SortTitle { get; set; }

    public string? OriginalTitle { get; set; }

    public int? Year { get; set; }

    public string? Overview { get; set; }

    public string? Tagline { get; set; }

    public double? Rating { get; set; }

    public string? OfficialRating { get; set; }

    public string? Premiered { get; set; }

    public int? IndexNumber { get; set; }

    public int? IndexNumberEnd { get; set; }

    public int? ParentIndexNumber { get; set; }

    public long? RuntimeMs { get; set; }

    public long DateAddedMs { get; set; }

    public long DateModifiedMs { get; set; }

    public string? Genres { get; set; }

    public string? Studios { get; set; }

    public string? PeopleJson { get; set; }

    public string? ProviderIdsJson { get; set; }

    public string? ExtraKind { get; set; }

    /// <summary>A movie's edition as its file or folder name gives it ("Final Cut", "Director's Cut").</summary>
    public string? Edition { get; set; }

    public string? PosterPath { get; set; }

    public string? BackdropPath { get; set; }

    public string? ThumbPath { get; set; }

    public string? LogoPath { get; set; }

    public string? Container { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public string? VideoCodec { get; set; }

    public string? Hdr { get; set; }
}

/// <summary>A file on disk. Size and mtime decide whether a rescan probes it again.</summary>
public sealed class MediaFile
{
    public Guid Id { get; set; }

    public Guid LibraryId { get; set; }

    public Guid? ItemId { get; set; }

    public required string Path { get; set; }

    /// <summary>FNV-1a of the path: the rescan's in-memory index holds 8 bytes per file instead of the path.</summary>
    public long PathHash { get; set; }

    public long Size { get; set; }

    public long MtimeMs { get; set; }

    public FileState State { get; set; }

    /// <summary>Why the file could not be read, in words a person reads ("the file is empty (0 bytes)").</summary>
    public string? Failure { get; set; }

    /// <summary>The kind of <see cref="Failure"/>, stored as its words ("empty", "not media", "truncated").</summary>
    public Probing.ProbeFailure? FailureKind { get; set; }

    /// <summary>ffprobe's own words, kept beside the sentence.</summary>
    public string? FailureDetail { get; set; }

    public long ScannedMs { get; set; }

    /// <summary>The digest of the sidecars in the file's folder at the last scan (<see cref="Scanning.FolderListing.SidecarStamp"/>); null before it was first taken.</summary>
    public long? SidecarStamp { get; set; }

    /// <summary>
    /// What identifies the content, not the path: a hash of the first and last MiB (with the size beside it),
    /// taken when the file is read, so a file that vanished can be found again at a new path without reading it.
    /// </summary>
    public string? Fingerprint { get; set; }
}

public sealed class MediaInfoRow
{
    public Guid ItemId { get; set; }

    public required string Json { get; set; }
}

/// <summary>
/// The media info of a file that is not its item's media source: another version of the film (its 2160p copy beside
/// the 1080p one), so playback can choose between them. An item with one file has no row here.
/// </summary>
public sealed class FileMediaInfoRow
{
    public Guid FileId { get; set; }

    public required string Json { get; set; }
}

public sealed class WatchState
{
    public Guid UserId { get; set; }

    public Guid ItemId { get; set; }

    public long PositionMs { get; set; }

    public bool Played { get; set; }

    public int PlayCount { get; set; }

    public bool Favourite { get; set; }

    public long LastPlayedMs { get; set; }
}

public sealed class ScanRun
{
    public Guid Id { get; set; }

    public Guid LibraryId { get; set; }

    public long StartedMs { get; set; }

    public long? FinishedMs { get; set; }

    public required Scanning.ScanOutcome Status { get; set; }

    public string? Reason { get; set; }

    public int FilesSeen { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Removed { get; set; }

    /// <summary>Files found at a new path with the same content as a vanished one: the item, and its history, kept.</summary>
    public int Moved { get; set; }

    /// <summary>Files that could not be read: those that failed in this scan and those, unchanged, that still fail.</summary>
    public int Failed { get; set; }

    public string? Error { get; set; }

    /// <summary>Files seen that needed nothing; with added, updated, moved and failed it makes up <see cref="FilesSeen"/>.</summary>
    public int Unchanged() => Math.Max(0, FilesSeen - Added - Updated - Moved - Failed);
}
