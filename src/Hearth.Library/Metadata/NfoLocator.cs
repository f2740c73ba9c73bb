namespace Hearth.Library.Metadata;

/// <summary>Where Kodi, Jellyfin and tinyMediaManager put NFO files; matching ignores letter case.</summary>
public static class NfoLocator
{
    /// <summary>"&lt;name&gt;.nfo" beside the video, else "movie.nfo" in its folder.</summary>
    public static string? ForMovie(string videoPath)
    {
        var listing = FolderListing.Of(Path.GetDirectoryName(videoPath));
        return listing.Find(Path.GetFileNameWithoutExtension(videoPath) + ".nfo") ?? listing.Find("movie.nfo");
    }

    public static string? ForShow(string showFolder) => FolderListing.Of(showFolder).Find("tvshow.nfo");

    public static string? ForSeason(string seasonFolder) => FolderListing.Of(seasonFolder).Find("season.nfo");

    public static string? ForEpisode(string videoPath) =>
        FolderListing.Of(Path.GetDirectoryName(videoPath)).Find(Path.GetFileNameWithoutExtension(videoPath) + ".nfo");
}
