using Hearth.Library.Libraries;

namespace Hearth.Library.Metadata;

/// <summary>
/// Where Kodi, Jellyfin and tinyMediaManager put NFO files; matching ignores letter case. Only files whose
/// real path is inside the library's <see cref="LibraryRoots"/> are found.
/// </summary>
public static class NfoLocator
{
    /// <summary>"&lt;name&gt;.nfo" beside the video, else "movie.nfo" in its folder.</summary>
    public static string? ForMovie(string videoPath, LibraryRoots roots)
    {
        var listing = FolderListing.Of(Path.GetDirectoryName(videoPath), roots);
        return listing.Find(Path.GetFileNameWithoutExtension(videoPath) + ".nfo") ?? listing.Find("movie.nfo");
    }

    public static string? ForShow(string showFolder, LibraryRoots roots) => FolderListing.Of(showFolder, roots).Find("tvshow.nfo");

    public static string? ForSeason(string seasonFolder, LibraryRoots roots) => FolderListing.Of(seasonFolder, roots).Find("season.nfo");

    public static string? ForEpisode(string videoPath, LibraryRoots roots) =>
        FolderListing.Of(Path.GetDirectoryName(videoPath), roots).Find(Path.GetFileNameWithoutExtension(videoPath) + ".nfo");
}
