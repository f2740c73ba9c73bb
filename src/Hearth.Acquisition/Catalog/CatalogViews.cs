using System.Text.Json;
using Hearth.Acquisition.Decisions;
using Hearth.Acquisition.Store;
using Hearth.Releases.Quality;

namespace Hearth.Acquisition.Catalog;

/// <summary>A profile as a title names it.</summary>
public sealed record ProfileRef(int Id, string Name);

/// <summary>A file of a movie or series, with the quality read from it.</summary>
public sealed record FileView(int Id, string Path, long Size, string Quality, string? Revision, int? Season, IReadOnlyList<int> Episodes);

/// <summary>
/// A movie as <c>/api/v1/movies</c> answers it. <see cref="Status"/>: unreleased, wanted (monitored, out, no file),
/// have (a file below the profile's cutoff), cutoffMet, or unmonitored (no file, not wanted); with several
/// versions, the movie's own version's status unless a monitored further version needs more.
/// </summary>
public sealed record MovieView(
    int Id,
    string Title,
    int? Year,
    string Status,
    ProfileRef Profile,
    IReadOnlyList<FileView> Files,
    bool Monitored,
    int? TmdbId,
    string? ImdbId,
    string? Overview,
    int? Runtime,
    string? ReleaseDate,
    string? PosterUrl,
    IReadOnlyList<string> AlternativeTitles,
    string Source,
    Guid? LibraryItemId,
    DateTimeOffset Added)
{
    /// <summary>Said once, when something about the add needs telling (it was added offline, and why).</summary>
    public string? Note { get; init; }

    /// <summary>The movie's own version (id null: <see cref="Profile"/> and <see cref="Monitored"/>) and its further ones, each with the files it holds.</summary>
    public IReadOnlyList<VersionView> Versions { get; init; } = [];
}

/// <summary>A version of a movie: its profile, whether it is wanted, its status and the ids of its files (of <see cref="MovieView.Files"/>).</summary>
public sealed record VersionView(int? Id, string Name, ProfileRef Profile, bool Monitored, string Status, IReadOnlyList<int> FileIds);

/// <summary>The status words of movies and series.</summary>
public static class TitleStatus
{
    public const string Unreleased = "unreleased";
    public const string Wanted = "wanted";
    public const string Have = "have";
    public const string CutoffMet = "cutoffMet";
    public const string Unmonitored = "unmonitored";
}

internal static class CatalogViews
{
    public static IReadOnlyList<string> Strings(string json) =>
        JsonSerializer.Deserialize(json, CatalogJson.Default.ListString) ?? [];

    public static string Json(IEnumerable<string> values) =>
        JsonSerializer.Serialize(values.ToList(), CatalogJson.Default.ListString);

    public static IReadOnlyList<int> Ints(string json) =>
        JsonSerializer.Deserialize(json, CatalogJson.Default.ListInt32) ?? [];

    public static string Json(IEnumerable<int> values) =>
        JsonSerializer.Serialize(values.ToList(), CatalogJson.Default.ListInt32);

    public static ParsedQuality QualityOf(MediaFileRow file) => Quality(file.Quality, file.RevisionVersion, file.RevisionReal, file.IsRepack);

    /// <summary>A quality as a file or grab row stores it: the quality's name and the revision's numbers.</summary>
    public static ParsedQuality Quality(string name, int version, int real, bool repack = false) => new(
        Qualities.FindByName(name) ?? Qualities.Unknown,
        new Revision(version, real, repack),
        DetectionSource.Name,
        DetectionSource.Name);

    /// <summary>Whether a text is an IMDb id: "tt" and 7 to 10 digits.</summary>
    public static bool IsImdbId(string text) =>
        text.StartsWith("tt", StringComparison.Ordinal) && text.Length is >= 9 and <= 12 && text[2..].All(char.IsAsciiDigit);

    public static FileView View(MediaFileRow f)
    {
        var quality = QualityOf(f);
        var revision = QualityText.Of(quality) is var text && text != quality.Quality.Name ? text[(quality.Quality.Name.Length + 1)..] : null;
        return new FileView(f.Id, f.Path, f.Size, f.Quality, revision, f.Season, Ints(f.Episodes));
    }

    /// <summary>Whether a movie can be had today: its release date has passed, or (without one) its year has come.</summary>
    public static bool Released(string? releaseDate, int? year, DateOnly today) =>
        releaseDate is not null && DateOnly.TryParse(releaseDate, System.Globalization.CultureInfo.InvariantCulture, out var date)
            ? date <= today
            : year is null || year <= today.Year;

    /// <summary>A version's status: what its own files are worth to its profile, or whether it is wanted.</summary>
    public static string VersionStatus(MovieRow movie, MovieVersion version, IReadOnlyList<MediaFileRow> files, DateOnly today)
    {
        if (files.Count > 0)
        {
            // the best file decides: once one meets the cutoff the version needs nothing more
            return files.Any(f => version.Profile.CutoffMet(QualityOf(f).Quality, 0)) ? TitleStatus.CutoffMet : TitleStatus.Have;
        }
        if (!version.Monitored)
        {
            return TitleStatus.Unmonitored;
        }
        return Released(movie.ReleaseDate, movie.Year, today) ? TitleStatus.Wanted : TitleStatus.Unreleased;
    }

    /// <summary>The movie's status is its own version's, unless a monitored further version needs more (wanted before have before met).</summary>
    private static string MovieStatus(IReadOnlyList<VersionView> versions)
    {
        static int Need(string status) => status switch
        {
            TitleStatus.Wanted => 0,
            TitleStatus.Have => 1,
            _ => 2,
        };
        var status = versions[0].Status;
        foreach (var version in versions.Skip(1).Where(v => v.Monitored))
        {
            if (Need(version.Status) < Need(status))
            {
                status = version.Status;
            }
        }
        return status;
    }

    public static MovieView View(MovieRow m, IReadOnlyList<MediaFileRow> files, IReadOnlyList<MovieVersion> versions, DateOnly today)
    {
        var byVersion = files.ToLookup(f => MovieVersions.VersionOf(f, versions).Id);
        var views = versions.Select(v =>
        {
            var own = byVersion[v.Id].ToList();
            return new VersionView(v.Id, v.Name, new ProfileRef(v.Profile.Id, v.Profile.Name), v.Monitored, VersionStatus(m, v, own, today),
                own.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => f.Id).ToList());
        }).ToList();
        return new MovieView(
            m.Id,
            m.Title,
            m.Year,
            MovieStatus(views),
            new ProfileRef(versions[0].Profile.Id, versions[0].Profile.Name),
            files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(View).ToList(),
            m.Monitored,
            m.TmdbId,
            m.ImdbId,
            m.Overview,
            m.RuntimeMinutes,
            m.ReleaseDate,
            m.PosterUrl,
            Strings(m.AlternativeTitles),
            m.Source,
            m.LibraryItemId,
            DateTimeOffset.FromUnixTimeMilliseconds(m.AddedMs))
        {
            Versions = views,
        };
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(List<string>))]
[System.Text.Json.Serialization.JsonSerializable(typeof(List<int>))]
internal sealed partial class CatalogJson : System.Text.Json.Serialization.JsonSerializerContext;
