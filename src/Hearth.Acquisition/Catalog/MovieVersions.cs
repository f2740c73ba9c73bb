using Hearth.Acquisition.Profiles;
using Hearth.Acquisition.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Acquisition.Catalog;

/// <summary>
/// One version of a movie with the profile it is decided by: the movie's own (<see cref="Id"/> null: the movie
/// row's profile and monitored flag) or a further one of <c>movie_versions</c>.
/// </summary>
public sealed record MovieVersion(int? Id, string Name, QualityProfile Profile, bool Monitored)
{
    public bool IsMain => Id is null;
}

/// <summary>
/// The versions of movies and which of a movie's files each one holds. A file belongs to the version whose profile
/// allows its quality; when several do, to the one whose profile allows the fewest qualities (a 2160p file goes to
/// the "Ultra-HD" version rather than to an "Any" one); when none does, to the movie's own version. So a library's
/// files need no label to be counted, and a version added later takes the files that already fit it.
/// </summary>
public static class MovieVersions
{
    public const int MaxPerMovie = 8;

    /// <summary>The movie's own version first, then its further ones by id.</summary>
    public static IReadOnlyList<MovieVersion> Of(MovieRow movie, IEnumerable<MovieVersionRow> extras, Func<int, QualityProfile> profileOf)
    {
        var main = profileOf(movie.ProfileId);
        var list = new List<MovieVersion> { new(null, main.Name, main, movie.Monitored) };
        list.AddRange(extras.Where(v => v.MovieId == movie.Id).OrderBy(v => v.Id).Select(v => new MovieVersion(v.Id, v.Name, profileOf(v.ProfileId), v.Monitored)));
        return list;
    }

    /// <summary>The version a file belongs to (see the class).</summary>
    public static MovieVersion VersionOf(MediaFileRow file, IReadOnlyList<MovieVersion> versions)
    {
        var quality = CatalogViews.QualityOf(file).Quality;
        MovieVersion? best = null;
        var bestAllowed = int.MaxValue;
        foreach (var version in versions)
        {
            if (!version.Profile.Allows(quality))
            {
                continue;
            }
            var allowed = version.Profile.Ranks.Where(r => r.Allowed).Sum(r => r.Qualities.Count);
            if (allowed < bestAllowed)
            {
                (best, bestAllowed) = (version, allowed);
            }
        }
        return best ?? versions[0];
    }

    /// <summary>The files of <paramref name="version"/> among the movie's.</summary>
    public static List<MediaFileRow> FilesOf(MovieVersion version, IEnumerable<MediaFileRow> files, IReadOnlyList<MovieVersion> versions) =>
        files.Where(f => VersionOf(f, versions).Id == version.Id).ToList();

    /// <summary>Every further version, by movie.</summary>
    public static async Task<ILookup<int, MovieVersionRow>> ExtrasAsync(AcquisitionDb db, IReadOnlyCollection<int>? movieIds, CancellationToken ct)
    {
        var rows = db.MovieVersions.AsNoTracking();
        rows = movieIds is null ? rows : rows.Where(v => movieIds.Contains(v.MovieId));
        return (await rows.ToListAsync(ct).ConfigureAwait(false)).ToLookup(v => v.MovieId);
    }

    /// <summary>A profile by id from a list read once, the default one when the id is gone.</summary>
    public static Func<int, QualityProfile> Lookup(IReadOnlyList<QualityProfile> profiles, QualityProfile fallback)
    {
        var byId = profiles.ToDictionary(p => p.Id);
        return id => byId.GetValueOrDefault(id) ?? fallback;
    }
}
