using System.Text.RegularExpressions;
using Hearth.Acquisition.Profiles;
using Hearth.Acquisition.Store;
using Hearth.Core.Metadata;
using Hearth.Releases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hearth.Acquisition.Catalog;

/// <summary>What <c>POST /api/v1/movies</c> takes: a title and year (offline), or a TMDB or IMDb id.</summary>
public sealed record AddMovieInput(string? Title, int? Year, int? TmdbId, string? ImdbId, int? ProfileId, bool? Monitored);

/// <summary>What <c>PUT /api/v1/movies/{id}</c> changes; what is left out stays.</summary>
public sealed record UpdateMovieInput(int? ProfileId, bool? Monitored);

/// <summary>What <c>POST</c> and <c>PUT /api/v1/movies/{id}/versions</c> take: a profile (required to add), a name (the profile's by default) and monitoring.</summary>
public sealed record VersionInput(string? Name, int? ProfileId, bool? Monitored);

/// <summary>
/// The movies the household wants or has: added by id through TMDB (the one TMDB client of the whole system,
/// behind <see cref="IMovieMetadataProvider"/>), or by title and year, offline when TMDB cannot be asked. A
/// provider that is down, slow or talks garbage changes nothing, and the answer says so.
/// </summary>
public sealed partial class MovieCatalog(
    IDbContextFactory<AcquisitionDb> factory,
    IEnumerable<IMovieMetadataProvider> providers,
    ProfileStore profiles,
    IOptions<AcquisitionOptions> options,
    TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private IMovieMetadataProvider? Tmdb => providers.FirstOrDefault(p => p.Name == ProviderIdNames.Tmdb);

    public async Task<IReadOnlyList<MovieView>> ListAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var movies = await db.Movies.AsNoTracking().OrderBy(m => m.MatchTitle).ThenBy(m => m.Year).ToListAsync(ct).ConfigureAwait(false);
        var files = (await db.Files.AsNoTracking().Where(f => f.MovieId != null).ToListAsync(ct).ConfigureAwait(false)).ToLookup(f => f.MovieId!.Value);
        var extras = await MovieVersions.ExtrasAsync(db, null, ct).ConfigureAwait(false);
        var profileOf = await ProfileLookupAsync(ct).ConfigureAwait(false);
        return movies.Select(m => CatalogViews.View(m, files[m.Id].ToList(), MovieVersions.Of(m, extras[m.Id], profileOf), Today)).ToList();
    }

    public async Task<MovieView?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var movie = await db.Movies.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct).ConfigureAwait(false);
        return movie is null ? null : await ViewAsync(db, movie, ct).ConfigureAwait(false);
    }

    private async Task<MovieView> ViewAsync(AcquisitionDb db, MovieRow movie, CancellationToken ct)
    {
        var files = await db.Files.AsNoTracking().Where(f => f.MovieId == movie.Id).ToListAsync(ct).ConfigureAwait(false);
        var extras = await MovieVersions.ExtrasAsync(db, [movie.Id], ct).ConfigureAwait(false);
        return CatalogViews.View(movie, files, MovieVersions.Of(movie, extras[movie.Id], await ProfileLookupAsync(ct).ConfigureAwait(false)), Today);
    }

    private async Task<Func<int, QualityProfile>> ProfileLookupAsync(CancellationToken ct) =>
        MovieVersions.Lookup(await profiles.ListAsync(ct).ConfigureAwait(false), await profiles.DefaultAsync(ct).ConfigureAwait(false));

    /// <summary>Adds a further version with its own profile; the answer is the movie with it.</summary>
    public async Task<(MovieView? Movie, CatalogProblem? Problem)> AddVersionAsync(int movieId, VersionInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var movie = await db.Movies.AsNoTracking().FirstOrDefaultAsync(m => m.Id == movieId, ct).ConfigureAwait(false);
        if (movie is null)
        {
            return (null, null);
        }
        if (input.ProfileId is not { } pid)
        {
            return (null, CatalogProblem.BadInput("Give the version's profileId."));
        }
        var extras = await db.MovieVersions.Where(v => v.MovieId == movieId).ToListAsync(ct).ConfigureAwait(false);
        if (extras.Count + 1 >= MovieVersions.MaxPerMovie)
        {
            return (null, CatalogProblem.BadInput($"A movie has at most {MovieVersions.MaxPerMovie} versions."));
        }
        var row = new MovieVersionRow { MovieId = movieId, Name = string.Empty, ProfileId = pid, Monitored = input.Monitored ?? true, AddedMs = clock.GetUtcNow().ToUnixTimeMilliseconds() };
        if (await CheckVersionAsync(movie, extras, row, input, ct).ConfigureAwait(false) is { } problem)
        {
            return (null, problem);
        }
        db.MovieVersions.Add(row);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return (await ViewAsync(db, movie, ct).ConfigureAwait(false), null);
    }

    /// <summary>Changes a further version's name, profile or monitoring; what is left out stays.</summary>
    public async Task<(MovieView? Movie, CatalogProblem? Problem)> UpdateVersionAsync(int movieId, int versionId, VersionInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var movie = await db.Movies.AsNoTracking().FirstOrDefaultAsync(m => m.Id == movieId, ct).ConfigureAwait(false);
        var extras = await db.MovieVersions.Where(v => v.MovieId == movieId).ToListAsync(ct).ConfigureAwait(false);
        if (movie is null || extras.FirstOrDefault(v => v.Id == versionId) is not { } row)
        {
            return (null, null);
        }
        if (await CheckVersionAsync(movie, extras.Where(v => v.Id != versionId).ToList(), row, input, ct).ConfigureAwait(false) is { } problem)
        {
            return (null, problem);
        }
        row.Monitored = input.Monitored ?? row.Monitored;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return (await ViewAsync(db, movie, ct).ConfigureAwait(false), null);
    }

    /// <summary>Removes a further version: its files stay on disk (and count for the version they fit), its grabs join the movie's own.</summary>
    public async Task<bool> DeleteVersionAsync(int movieId, int versionId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var removed = await db.MovieVersions.Where(v => v.Id == versionId && v.MovieId == movieId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.Grabs.Where(g => g.MovieId == movieId && g.VersionId == versionId).ExecuteUpdateAsync(u => u.SetProperty(g => g.VersionId, (int?)null), ct).ConfigureAwait(false);
        return removed > 0;
    }

    /// <summary>Applies the name and profile of <paramref name="input"/> to <paramref name="row"/>, or says why not: a profile that is not there, or one another version of the movie has.</summary>
    private async Task<CatalogProblem?> CheckVersionAsync(MovieRow movie, List<MovieVersionRow> others, MovieVersionRow row, VersionInput input, CancellationToken ct)
    {
        var profile = await profiles.GetAsync(input.ProfileId ?? row.ProfileId, ct).ConfigureAwait(false);
        if (profile is null)
        {
            return CatalogProblem.BadInput($"There is no profile {input.ProfileId}.");
        }
        if (movie.ProfileId == profile.Id || others.Any(v => v.ProfileId == profile.Id))
        {
            return new CatalogProblem(409, "The movie has a version with this profile", $"Another version of {movie.Title} is decided by {profile.Name} already: two versions with one profile would want the same file.");
        }
        var name = input.Name?.Trim();
        if (name is { Length: > 100 })
        {
            return CatalogProblem.BadInput("A version's name has at most 100 characters.");
        }
        row.ProfileId = profile.Id;
        row.Name = string.IsNullOrEmpty(name) ? (input.ProfileId is null && row.Name.Length > 0 ? row.Name : profile.Name) : name;
        return null;
    }

    public async Task<(MovieView? Movie, CatalogProblem? Problem)> AddAsync(AddMovieInput input, CancellationToken ct)
    {
        if (Check(input) is { } bad)
        {
            return (null, CatalogProblem.BadInput(bad));
        }
        var profile = input.ProfileId is { } pid ? await profiles.GetAsync(pid, ct).ConfigureAwait(false) : await profiles.DefaultAsync(ct).ConfigureAwait(false);
        if (profile is null)
        {
            return (null, CatalogProblem.BadInput($"There is no profile {input.ProfileId}."));
        }

        MovieMetadata? metadata = null;
        string? note = null;
        if (input.TmdbId is not null || input.ImdbId is not null)
        {
            var (found, problem) = await ByIdAsync(input, ct).ConfigureAwait(false);
            if (problem is not null)
            {
                return (null, problem);
            }
            metadata = found;
        }
        else
        {
            (metadata, note) = await ByTitleAsync(input.Title!.Trim(), input.Year, ct).ConfigureAwait(false);
        }

        var row = metadata is null ? Offline(input.Title!.Trim(), input.Year) : FromMetadata(metadata);
        row.ProfileId = profile.Id;
        row.Monitored = input.Monitored ?? true;
        row.AddedMs = clock.GetUtcNow().ToUnixTimeMilliseconds();

        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        if (await FindExistingAsync(db, row, ct).ConfigureAwait(false) is { } existing)
        {
            return (null, new CatalogProblem(409, "The movie is in the catalog already",
                $"{existing.Title}{(existing.Year is { } y ? $" ({y})" : "")} is movie {existing.Id}.", existing.Id));
        }
        db.Movies.Add(row);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return (await ViewAsync(db, row, ct).ConfigureAwait(false) with { Note = note }, null);
    }

    public async Task<(MovieView? Movie, CatalogProblem? Problem)> UpdateAsync(int id, UpdateMovieInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var movie = await db.Movies.FirstOrDefaultAsync(m => m.Id == id, ct).ConfigureAwait(false);
        if (movie is null)
        {
            return (null, null);
        }
        if (input.ProfileId is { } pid)
        {
            if (await profiles.GetAsync(pid, ct).ConfigureAwait(false) is null)
            {
                return (null, CatalogProblem.BadInput($"There is no profile {pid}."));
            }
            if (await db.MovieVersions.AnyAsync(v => v.MovieId == id && v.ProfileId == pid, ct).ConfigureAwait(false))
            {
                return (null, new CatalogProblem(409, "The movie has a version with this profile", "A further version of this movie is decided by that profile: change or remove that version first."));
            }
            movie.ProfileId = pid;
        }
        movie.Monitored = input.Monitored ?? movie.Monitored;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return (await ViewAsync(db, movie, ct).ConfigureAwait(false), null);
    }

    /// <summary>Removes the movie from the catalog; its files stay where they are.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var removed = await db.Movies.Where(m => m.Id == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.Files.Where(f => f.MovieId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.MovieVersions.Where(v => v.MovieId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        return removed > 0;
    }

    /// <summary>Films TMDB finds for a search term ("Metropolis" or "Metropolis 1927"), each with its catalog id when added.</summary>
    public async Task<(IReadOnlyList<LookupResult>? Results, CatalogProblem? Problem)> LookupAsync(string term, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(term) || term.Length > 200)
        {
            return (null, CatalogProblem.BadInput("Give a search term of 1 to 200 characters."));
        }
        if (Tmdb is not { CanAsk: true } tmdb)
        {
            return (null, new CatalogProblem(503, "TMDB cannot be asked", "Searching needs a TMDB API key (Settings, Metadata). A movie can still be added by title and year."));
        }
        var (title, year) = SplitYear(term.Trim());
        var found = await tmdb.SearchMoviesAsync(title, year, options.Value.Language, ct).ConfigureAwait(false);
        if (!found.IsOk)
        {
            return (null, CatalogProblem.Provider("TMDB", found.Detail ?? found.Outcome.ToString()));
        }
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var ids = found.Value!.Select(c => int.TryParse(c.Id, out var i) ? i : (int?)null).Where(i => i is not null).ToList();
        var known = await db.Movies.AsNoTracking().Where(m => ids.Contains(m.TmdbId)).ToDictionaryAsync(m => m.TmdbId!.Value, m => m.Id, ct).ConfigureAwait(false);
        return (found.Value!.Select(c => new LookupResult(c.Provider, c.Id, c.Title, c.Year, c.Overview, c.PosterUrl,
            int.TryParse(c.Id, out var id) && known.TryGetValue(id, out var movieId) ? movieId : null)).ToList(), null);
    }

    private static string? Check(AddMovieInput input)
    {
        if (input.TmdbId is null && input.ImdbId is null && input.Title is null)
        {
            return "Give a title and year, a tmdbId or an imdbId.";
        }
        if (input.Title is { } title && (string.IsNullOrWhiteSpace(title) || title.Length > 300))
        {
            return "The title must have 1 to 300 characters.";
        }
        if (input.Year is { } year && (year < 1870 || year > DateTime.UtcNow.Year + 10))
        {
            return $"{year} is no year a film can have.";
        }
        if (input.TmdbId is <= 0)
        {
            return "A TMDB id is a positive number.";
        }
        if (input.ImdbId is { } imdb && !CatalogViews.IsImdbId(imdb))
        {
            return $"'{imdb}' is no IMDb id (tt and 7 or more digits).";
        }
        return null;
    }

    private async Task<(MovieMetadata? Movie, CatalogProblem? Problem)> ByIdAsync(AddMovieInput input, CancellationToken ct)
    {
        if (Tmdb is not { CanAsk: true } tmdb)
        {
            return (null, new CatalogProblem(503, "TMDB cannot be asked",
                "Adding by id needs a TMDB API key (Settings, Metadata). Add the movie by title and year to add it offline."));
        }
        var id = input.TmdbId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (id is null)
        {
            var found = await tmdb.FindMovieAsync(ProviderIdNames.Imdb, input.ImdbId!, ct).ConfigureAwait(false);
            if (found.Outcome == ProviderOutcome.NotFound)
            {
                return (null, new CatalogProblem(404, "No such film", $"TMDB knows no film with the IMDb id {input.ImdbId}."));
            }
            if (!found.IsOk)
            {
                return (null, CatalogProblem.Provider("TMDB", found.Detail ?? found.Outcome.ToString()));
            }
            id = found.Value!;
        }
        var movie = await tmdb.MovieAsync(id, options.Value.Language, ct).ConfigureAwait(false);
        return movie.Outcome switch
        {
            ProviderOutcome.Ok when movie.Value is not null && !string.IsNullOrWhiteSpace(movie.Value.Title) => (movie.Value, null),
            ProviderOutcome.NotFound => (null, new CatalogProblem(404, "No such film", $"TMDB knows no film {id}.")),
            ProviderOutcome.Ok => (null, CatalogProblem.Provider("TMDB", $"TMDB answered film {id} without a title.")),
            _ => (null, CatalogProblem.Provider("TMDB", movie.Detail ?? movie.Outcome.ToString())),
        };
    }

    /// <summary>TMDB's film of exactly this title and year when TMDB can be asked and has one; else null and why.</summary>
    private async Task<(MovieMetadata? Movie, string? Note)> ByTitleAsync(string title, int? year, CancellationToken ct)
    {
        if (Tmdb is not { CanAsk: true } tmdb)
        {
            return (null, "Added offline: TMDB cannot be asked without an API key, so only the title and year are known.");
        }
        var found = await tmdb.SearchMoviesAsync(title, year, options.Value.Language, ct).ConfigureAwait(false);
        if (!found.IsOk)
        {
            return (null, $"Added offline: TMDB could not be asked ({found.Detail ?? found.Outcome.ToString()}), so only the title and year are known.");
        }
        var wanted = ReleaseTitles.Normalize(title);
        var matches = found.Value!
            .Where(c => (year is null || c.Year == year)
                && new[] { c.Title, c.OriginalTitle }.Concat(c.AlternativeTitles).Any(t => t is not null && ReleaseTitles.Normalize(t) == wanted))
            .ToList();
        if (matches.Count != 1)
        {
            return (null, matches.Count == 0
                ? "Added offline: TMDB has no film of exactly this title and year."
                : $"Added offline: TMDB has {matches.Count} films of this title and year; add by tmdbId to pick one.");
        }
        var movie = await tmdb.MovieAsync(matches[0].Id, options.Value.Language, ct).ConfigureAwait(false);
        return movie.IsOk && !string.IsNullOrWhiteSpace(movie.Value!.Title)
            ? (movie.Value, null)
            : (null, $"Added offline: TMDB found the film but its details could not be read ({movie.Detail ?? movie.Outcome.ToString()}).");
    }

    private static async Task<MovieRow?> FindExistingAsync(AcquisitionDb db, MovieRow row, CancellationToken ct)
    {
        if (row.TmdbId is { } tmdb && await db.Movies.AsNoTracking().FirstOrDefaultAsync(m => m.TmdbId == tmdb, ct).ConfigureAwait(false) is { } byTmdb)
        {
            return byTmdb;
        }
        if (row.ImdbId is { } imdb && await db.Movies.AsNoTracking().FirstOrDefaultAsync(m => m.ImdbId == imdb, ct).ConfigureAwait(false) is { } byImdb)
        {
            return byImdb;
        }
        // by title and year only where one side has no ids: two films may share a title and year
        return await db.Movies.AsNoTracking()
            .FirstOrDefaultAsync(m => m.MatchTitle == row.MatchTitle && m.Year == row.Year && (m.TmdbId == null || row.TmdbId == null), ct).ConfigureAwait(false);
    }

    internal static MovieRow Offline(string title, int? year) => new()
    {
        Title = title,
        MatchTitle = ReleaseTitles.Normalize(title),
        Year = year,
        Source = "offline",
    };

    internal static MovieRow FromMetadata(MovieMetadata m) => new()
    {
        Title = m.Title,
        MatchTitle = ReleaseTitles.Normalize(m.Title),
        Year = m.Year,
        TmdbId = m.Provider == ProviderIdNames.Tmdb && int.TryParse(m.Id, out var id) ? id : null,
        ImdbId = m.ExternalIds.GetValueOrDefault(ProviderIdNames.Imdb),
        Overview = m.Overview,
        RuntimeMinutes = m.RuntimeMinutes,
        OriginalLanguage = m.OriginalLanguage,
        AlternativeTitles = CatalogViews.Json(m.AlternativeTitles.Append(m.OriginalTitle ?? m.Title).Where(t => t != m.Title).Distinct()),
        ReleaseDate = m.ReleaseDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        PosterUrl = m.Images.FirstOrDefault(i => i.Role == ImageRole.Poster)?.Url,
        Source = m.Provider,
    };

    /// <summary>"Metropolis 1927" is Metropolis of 1927; "1917" alone is a title.</summary>
    internal static (string Title, int? Year) SplitYear(string term)
    {
        var match = TrailingYear().Match(term);
        return match.Success && match.Index > 0 ? (term[..match.Index].Trim(), int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)) : (term, null);
    }

    [GeneratedRegex(@"\s+\(?((?:18|19|20)\d\d)\)?$")]
    private static partial Regex TrailingYear();
}

/// <summary>A provider's hit for a lookup, with the catalog's id when the title is in it already.</summary>
public sealed record LookupResult(string Provider, string Id, string Title, int? Year, string? Overview, string? PosterUrl, int? CatalogId);
