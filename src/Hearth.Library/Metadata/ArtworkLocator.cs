using Hearth.Library.Libraries;
using Hearth.Library.Naming;

namespace Hearth.Library.Metadata;

/// <summary>
/// Finds local artwork named the Kodi/Plex/Jellyfin way ("poster.jpg", "Movie (2010)-fanart.png",
/// "season01-poster.jpg"). The more specific name wins: a "&lt;video&gt;-poster" over a folder "poster".
/// Each folder is listed once and names match ignoring case; an image whose real path is outside the
/// library's <see cref="LibraryRoots"/> is passed over.
/// </summary>
public static class ArtworkLocator
{
    /// <summary>
    /// Artwork for a movie file. Folder-wide names (poster, fanart, …) count only when the folder holds
    /// this one movie; in a folder of loose movies (such as the library root) only "&lt;video&gt;-…" names do.
    /// </summary>
    public static Artwork ForMovie(string videoPath, LibraryRoots roots)
    {
        var listing = FolderListing.Of(Path.GetDirectoryName(videoPath), roots);
        return ForMovie(videoPath, listing, ownFolder: CountMovies(listing) <= 1);
    }

    /// <summary>Artwork for a movie file when the caller already knows whether the folder is the movie's own.</summary>
    public static Artwork ForMovie(string videoPath, LibraryRoots roots, bool ownFolder) =>
        ForMovie(videoPath, FolderListing.Of(Path.GetDirectoryName(videoPath), roots), ownFolder);

    public static Artwork ForShow(string showFolder, LibraryRoots roots)
    {
        var listing = FolderListing.Of(showFolder, roots);
        return new Artwork(
            Poster: listing.FindImage(["poster", "folder", "cover", "show"]),
            Backdrop: listing.FindImage(["fanart", "backdrop", "background"]),
            Thumb: listing.FindImage(["thumb", "landscape"]),
            Logo: listing.FindImage(["logo", "clearlogo"]),
            Banner: listing.FindImage(["banner"]));
    }

    /// <summary>
    /// Season artwork: "seasonNN-…" in the show folder first, then images inside the season folder,
    /// then the show's "season-all-…" which covers every season that has nothing of its own.
    /// </summary>
    public static Artwork ForSeason(string showFolder, string? seasonFolder, int season, LibraryRoots roots)
    {
        var show = FolderListing.Of(showFolder, roots);
        var own = seasonFolder is null ? null : FolderListing.Of(seasonFolder, roots);
        string[] prefixes = season == 0
            ? ["season-specials", "season00", "season0"]
            : [$"season{season:00}", $"season{season}"];

        string? Find(string kind, string[] inSeasonFolder) =>
            show.FindImage(prefixes.Select(p => $"{p}-{kind}"))
            ?? own?.FindImage(inSeasonFolder)
            ?? show.FindImage([$"season-all-{kind}"]);

        return new Artwork(
            Poster: Find("poster", ["poster", "folder", "cover"]),
            Backdrop: Find("fanart", ["fanart", "backdrop", "background"]),
            Thumb: Find("landscape", ["thumb", "landscape"]),
            Logo: own?.FindImage(["logo", "clearlogo"]),
            Banner: Find("banner", ["banner"]));
    }

    public static Artwork ForEpisode(string videoPath, LibraryRoots roots)
    {
        var listing = FolderListing.Of(Path.GetDirectoryName(videoPath), roots);
        var name = Path.GetFileNameWithoutExtension(videoPath);
        return Artwork.None with { Thumb = listing.FindImage([$"{name}-thumb", name]) };
    }

    private static Artwork ForMovie(string videoPath, FolderListing listing, bool ownFolder)
    {
        var name = Path.GetFileNameWithoutExtension(videoPath);
        // a stacked movie ("Movie-cd1.avi") shares artwork named after the whole movie ("Movie-poster.jpg")
        string[] names = MovieNaming.StripPart(name, out _) is { } stack && stack.Length > 0 ? [name, stack] : [name];

        string? Find(string[] suffixes, string[] folderWide, bool bareName = false)
        {
            var specific = names.SelectMany(n => suffixes.Select(s => $"{n}-{s}"));
            var found = listing.FindImage(specific);
            if (found is null && ownFolder)
            {
                found = listing.FindImage(folderWide);
            }

            // Kodi's oldest layout: "<video>.tbn" or "<video>.jpg" is the poster
            return found ?? (bareName ? listing.FindImage(names) : null);
        }

        return new Artwork(
            Poster: Find(["poster", "cover"], ["poster", "folder", "cover", "movie"], bareName: true),
            Backdrop: Find(["fanart", "backdrop", "background"], ["fanart", "backdrop", "background"]),
            Thumb: Find(["thumb", "landscape"], ["thumb", "landscape"]),
            Logo: Find(["logo", "clearlogo"], ["logo", "clearlogo"]),
            Banner: Find(["banner"], ["banner"]));
    }

    /// <summary>
    /// How many distinct movies the folder's videos make; parts, editions, extras and samples of one
    /// movie count once.
    /// </summary>
    private static int CountMovies(FolderListing listing) =>
        listing.Names
            .Where(n => MediaFiles.IsVideo(n) && !MediaFiles.IsSample(n))
            .Select(MovieNaming.Parse)
            .Where(m => m.Extra is null)
            .Select(m => (m.Title.ToUpperInvariant(), m.Year))
            .Distinct()
            .Count();
}
