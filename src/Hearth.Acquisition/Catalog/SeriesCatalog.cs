using Hearth.Acquisition.Profiles;
using Hearth.Acquisition.Store;
using Hearth.Core.Metadata;
using Hearth.Releases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hearth.Acquisition.Catalog;

/// <summary>What <c>POST /api/v1/series</c> takes: a title and year (offline), or a TVDB, TVmaze, TMDB or IMDb id.</summary>
public sealed record AddSeriesInput(string? Title, int? Year, int? TvdbId, int? TvMazeId, int? TmdbId, string? ImdbId, int? ProfileId, bool? Monitored, string? Monitor);

/// <summary>What <c>PUT /api/v1/series/{id}</c> changes; what is left out stays.</summary>
public sealed record UpdateSeriesInput(int? ProfileId, bool? Monitored);

/// <summary>An episode of a series as the API shows it.</summary>
public sealed record EpisodeView(int Id, int Season, int Number, int? AbsoluteNumber, string? AirDate, string? Title, bool Monitored, bool HasFile);

/// <summary>A series as <c>/api/v1/series</c> answers it, with its episodes and files.</summary>
public sealed record SeriesView(
    int Id,
    string Title,
    int? Year,
    string Status,
    ProfileRef Profile,
    IReadOnlyList<FileView> Files,
    bool Monitored,
    string Monitor,
    int? TvdbId,
    int? TvMazeId,
    int? TmdbId,
    string? ImdbId,
    string? Overview,
    string? ProviderStatus,
    string? PosterUrl,
    string Source,
    Guid? LibraryItemId,
    DateTimeOffset Added,
    int EpisodeCount,
    int EpisodesWithFiles,
    IReadOnlyList<EpisodeView>? Episodes)
{
    public string? Note { get; init; }
}

/// <summary>
/// The series the household wants or has, with their episodes from TVmaze (no key needed) or TMDB, or made from
/// the files when added offline. A provider that is down, slow or talks garbage changes nothing.
/// </summary>
public sealed class SeriesCatalog(
    IDbContextFactory<AcquisitionDb> factory,
    IEnumerable<IShowMetadataProvider> providers,
    ProfileStore profiles,
    IOptions<AcquisitionOptions> options,
    TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private IShowMetadataProvider? Provider(string name) => providers.FirstOrDefault(p => p.Name == name && p.CanAsk);

    public async Task<IReadOnlyList<SeriesView>> ListAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var all = await db.Series.AsNoTracking().OrderBy(s => s.MatchTitle).ToListAsync(ct).ConfigureAwait(false);
        var files = (await db.Files.AsNoTracking().Where(f => f.SeriesId != null).ToListAsync(ct).ConfigureAwait(false)).ToLookup(f => f.SeriesId!.Value);
        var episodes = (await db.Episodes.AsNoTracking().ToListAsync(ct).ConfigureAwait(false)).ToLookup(e => e.SeriesId);
        var byId = (await profiles.ListAsync(ct).ConfigureAwait(false)).ToDictionary(p => p.Id);
        var fallback = await profiles.DefaultAsync(ct).ConfigureAwait(false);
        return all.Select(s => View(s, files[s.Id].ToList(), episodes[s.Id].ToList(), byId.GetValueOrDefault(s.ProfileId) ?? fallback, withEpisodes: false)).ToList();
    }

    public async Task<SeriesView?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var series = await db.Series.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct).ConfigureAwait(false);
        return series is null ? null : await ViewAsync(db, series, ct).ConfigureAwait(false);
    }

    private async Task<SeriesView> ViewAsync(AcquisitionDb db, SeriesRow series, CancellationToken ct)
    {
        var files = await db.Files.AsNoTracking().Where(f => f.SeriesId == series.Id).ToListAsync(ct).ConfigureAwait(false);
        var episodes = await db.Episodes.AsNoTracking().Where(e => e.SeriesId == series.Id).ToListAsync(ct).ConfigureAwait(false);
        var profile = await profiles.GetAsync(series.ProfileId, ct).ConfigureAwait(false) ?? await profiles.DefaultAsync(ct).ConfigureAwait(false);
        return View(series, files, episodes, profile, withEpisodes: true);
    }

    private SeriesView View(SeriesRow s, List<MediaFileRow> files, List<EpisodeRow> episodes, QualityProfile profile, bool withEpisodes)
    {
        var held = HeldEpisodes(files);
        var aired = episodes.Where(e => e.Season > 0 && Aired(e)).ToList();
        var missing = aired.Count(e => e.Monitored && !held.Contains((e.Season, e.Number)));
        var status = !s.Monitored && files.Count == 0 ? TitleStatus.Unmonitored
            : missing > 0 ? TitleStatus.Wanted
            : files.Count == 0 ? (aired.Count == 0 ? TitleStatus.Unreleased : TitleStatus.Unmonitored)
            : files.All(f => profile.CutoffMet(CatalogViews.QualityOf(f).Quality, 0)) ? TitleStatus.CutoffMet : TitleStatus.Have;
        return new SeriesView(s.Id, s.Title, s.Year, status, new ProfileRef(profile.Id, profile.Name),
            files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(CatalogViews.View).ToList(),
            s.Monitored, s.Monitor, s.TvdbId, s.TvMazeId, s.TmdbId, s.ImdbId, s.Overview, s.Status, s.PosterUrl, s.Source, s.LibraryItemId,
            DateTimeOffset.FromUnixTimeMilliseconds(s.AddedMs), episodes.Count, episodes.Count(e => held.Contains((e.Season, e.Number))),
            withEpisodes
                ? episodes.OrderBy(e => e.Season).ThenBy(e => e.Number)
                    .Select(e => new EpisodeView(e.Id, e.Season, e.Number, e.AbsoluteNumber, e.AirDate, e.Title, e.Monitored, held.Contains((e.Season, e.Number))))
                    .ToList()
                : null);
    }

    private bool Aired(EpisodeRow e) =>
        e.AirDate is not null && DateOnly.TryParse(e.AirDate, System.Globalization.CultureInfo.InvariantCulture, out var date) && date <= Today;

    internal static HashSet<(int Season, int Number)> HeldEpisodes(IEnumerable<MediaFileRow> files) =>
        files.Where(f => f.Season is not null).SelectMany(f => CatalogViews.Ints(f.Episodes).Select(n => (f.Season!.Value, n))).ToHashSet();

    public async Task<(SeriesView? Series, CatalogProblem? Problem)> AddAsync(AddSeriesInput input, CancellationToken ct)
    {
        var monitor = input.Monitor ?? MonitorChoice.All;
        if (Check(input, monitor) is { } bad)
        {
            return (null, CatalogProblem.BadInput(bad));
        }
        var profile = input.ProfileId is { } pid ? await profiles.GetAsync(pid, ct).ConfigureAwait(false) : await profiles.DefaultAsync(ct).ConfigureAwait(false);
        if (profile is null)
        {
            return (null, CatalogProblem.BadInput($"There is no profile {input.ProfileId}."));
        }

        ShowMetadata? show = null;
        IReadOnlyList<EpisodeMetadata> episodes = [];
        string? note = null;
        if (input.TvdbId is not null || input.TvMazeId is not null || input.TmdbId is not null || input.ImdbId is not null)
        {
            var (found, list, problem) = await ByIdAsync(input, ct).ConfigureAwait(false);
            if (problem is not null)
            {
                return (null, problem);
            }
            (show, episodes) = (found, list);
        }
        else
        {
            note = "Added offline: only the title and year are known; episodes come with the files, or when the series is added by id.";
        }

        var row = show is null
            ? new SeriesRow { Title = input.Title!.Trim(), MatchTitle = ReleaseTitles.Normalize(input.Title!), Year = input.Year, Source = "offline", Monitor = monitor }
            : FromMetadata(show, monitor);
        row.ProfileId = profile.Id;
        row.Monitored = input.Monitored ?? monitor != MonitorChoice.None;
        row.AddedMs = clock.GetUtcNow().ToUnixTimeMilliseconds();

        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        if (await FindExistingAsync(db, row, ct).ConfigureAwait(false) is { } existing)
        {
            return (null, new CatalogProblem(409, "The series is in the catalog already",
                $"{existing.Title}{(existing.Year is { } y ? $" ({y})" : "")} is series {existing.Id}.", existing.Id));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        db.Series.Add(row);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        var seasons = episodes.Where(e => e.Season > 0).Select(e => e.Season).DefaultIfEmpty(1).ToList();
        foreach (var e in episodes.DistinctBy(e => (e.Season, e.Number)))
        {
            db.Episodes.Add(new EpisodeRow
            {
                SeriesId = row.Id,
                Season = e.Season,
                Number = e.Number,
                AbsoluteNumber = e.AbsoluteNumber,
                AirDate = e.AirDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Title = e.Title,
                Monitored = row.Monitored && MonitorChoice.Monitors(monitor, e.Season, e.AirDate, hasFile: false, seasons.Min(), seasons.Max(), Today),
            });
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return (await ViewAsync(db, row, ct).ConfigureAwait(false) with { Note = note }, null);
    }

    public async Task<(SeriesView? Series, CatalogProblem? Problem)> UpdateAsync(int id, UpdateSeriesInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var series = await db.Series.FirstOrDefaultAsync(s => s.Id == id, ct).ConfigureAwait(false);
        if (series is null)
        {
            return (null, null);
        }
        if (input.ProfileId is { } pid)
        {
            if (await profiles.GetAsync(pid, ct).ConfigureAwait(false) is null)
            {
                return (null, CatalogProblem.BadInput($"There is no profile {pid}."));
            }
            series.ProfileId = pid;
        }
        series.Monitored = input.Monitored ?? series.Monitored;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return (await ViewAsync(db, series, ct).ConfigureAwait(false), null);
    }

    /// <summary>Removes the series and its episodes from the catalog; its files stay where they are.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var removed = await db.Series.Where(s => s.Id == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.Episodes.Where(e => e.SeriesId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.Files.Where(f => f.SeriesId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        return removed > 0;
    }

    /// <summary>Shows TVmaze (or TMDB) finds for a search term, each with its catalog id when added.</summary>
    public async Task<(IReadOnlyList<LookupResult>? Results, CatalogProblem? Problem)> LookupAsync(string term, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(term) || term.Length > 200)
        {
            return (null, CatalogProblem.BadInput("Give a search term of 1 to 200 characters."));
        }
        if ((Provider(ProviderIdNames.TvMaze) ?? Provider(ProviderIdNames.Tmdb)) is not { } provider)
        {
            return (null, new CatalogProblem(503, "No show provider can be asked", "Searching needs TVmaze or a TMDB API key. A series can still be added by title and year."));
        }
        var (title, year) = MovieCatalog.SplitYear(term.Trim());
        var found = await provider.SearchShowsAsync(title, year, options.Value.Language, ct).ConfigureAwait(false);
        if (!found.IsOk)
        {
            return (null, CatalogProblem.Provider(Display(provider.Name), found.Detail ?? found.Outcome.ToString()));
        }
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var all = await db.Series.AsNoTracking().Select(s => new { s.Id, s.TvMazeId, s.TmdbId }).ToListAsync(ct).ConfigureAwait(false);
        int? Known(MetadataCandidate c) => int.TryParse(c.Id, out var id)
            ? all.FirstOrDefault(s => c.Provider == ProviderIdNames.TvMaze ? s.TvMazeId == id : s.TmdbId == id)?.Id
            : null;
        return (found.Value!.Select(c => new LookupResult(c.Provider, c.Id, c.Title, c.Year, c.Overview, c.PosterUrl, Known(c))).ToList(), null);
    }

    private static string Display(string provider) => provider switch
    {
        ProviderIdNames.TvMaze => "TVmaze",
        ProviderIdNames.Tmdb => "TMDB",
        _ => provider,
    };

    private static string? Check(AddSeriesInput input, string monitor)
    {
        if (input.TvdbId is null && input.TvMazeId is null && input.TmdbId is null && input.ImdbId is null && input.Title is null)
        {
            return "Give a title and year, or a tvdbId, tvMazeId, tmdbId or imdbId.";
        }
        if (input.Title is { } title && (string.IsNullOrWhiteSpace(title) || title.Length > 300))
        {
            return "The title must have 1 to 300 characters.";
        }
        if (input.Year is { } year && (year < 1920 || year > DateTime.UtcNow.Year + 5))
        {
            return $"{year} is no year a series can start in.";
        }
        if (input.TvdbId is <= 0 || input.TvMazeId is <= 0 || input.TmdbId is <= 0)
        {
            return "An id is a positive number.";
        }
        if (input.ImdbId is { } imdb && !CatalogViews.IsImdbId(imdb))
        {
            return $"'{imdb}' is no IMDb id (tt and 7 or more digits).";
        }
        if (!MonitorChoice.Choices.Contains(monitor))
        {
            return $"'{monitor}' is no monitoring choice (one of {string.Join(", ", MonitorChoice.Choices)}).";
        }
        return null;
    }

    private async Task<(ShowMetadata? Show, IReadOnlyList<EpisodeMetadata> Episodes, CatalogProblem? Problem)> ByIdAsync(AddSeriesInput input, CancellationToken ct)
    {
        // TVmaze needs no key and carries the episode list with air dates; TMDB only for its own ids
        var (provider, id, lookup) = input switch
        {
            { TvMazeId: { } maze } => (Provider(ProviderIdNames.TvMaze), maze.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)null),
            { TvdbId: { } tvdb } => (Provider(ProviderIdNames.TvMaze), tvdb.ToString(System.Globalization.CultureInfo.InvariantCulture), ProviderIdNames.Tvdb),
            { ImdbId: { } imdb } => (Provider(ProviderIdNames.TvMaze), imdb, ProviderIdNames.Imdb),
            { TmdbId: { } tmdb } => (Provider(ProviderIdNames.Tmdb), tmdb.ToString(System.Globalization.CultureInfo.InvariantCulture), null),
            _ => (null, string.Empty, null),
        };
        if (provider is null)
        {
            return (null, [], new CatalogProblem(503, "No show provider can be asked",
                input.TmdbId is not null ? "Adding by TMDB id needs a TMDB API key (Settings, Metadata)." : "TVmaze is turned off. Add the series by title and year to add it offline."));
        }
        var name = Display(provider.Name);
        if (lookup is not null)
        {
            var found = await provider.FindShowAsync(lookup, id, ct).ConfigureAwait(false);
            if (found.Outcome == ProviderOutcome.NotFound)
            {
                return (null, [], new CatalogProblem(404, "No such series", $"{name} knows no series with the {lookup} id {id}."));
            }
            if (!found.IsOk)
            {
                return (null, [], CatalogProblem.Provider(name, found.Detail ?? found.Outcome.ToString()));
            }
            id = found.Value!;
        }
        var show = await provider.ShowAsync(id, options.Value.Language, ct).ConfigureAwait(false);
        if (show.Outcome == ProviderOutcome.NotFound)
        {
            return (null, [], new CatalogProblem(404, "No such series", $"{name} knows no series {id}."));
        }
        if (!show.IsOk || string.IsNullOrWhiteSpace(show.Value!.Title))
        {
            return (null, [], CatalogProblem.Provider(name, show.Detail ?? $"{name} answered series {id} without a title."));
        }
        var episodes = await provider.EpisodesAsync(id, options.Value.Language, ct).ConfigureAwait(false);
        if (!episodes.IsOk)
        {
            return (null, [], CatalogProblem.Provider(name, episodes.Detail ?? episodes.Outcome.ToString()));
        }
        return (show.Value, episodes.Value!, null);
    }

    private static SeriesRow FromMetadata(ShowMetadata s, string monitor)
    {
        int? Id(string name) => (s.Provider == name ? s.Id : s.ExternalIds.GetValueOrDefault(name)) is { } v
            && int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : null;
        return new SeriesRow
        {
            Title = s.Title,
            MatchTitle = ReleaseTitles.Normalize(s.Title),
            Year = s.Year,
            TvMazeId = Id(ProviderIdNames.TvMaze),
            TvdbId = Id(ProviderIdNames.Tvdb),
            TmdbId = Id(ProviderIdNames.Tmdb),
            ImdbId = s.ExternalIds.GetValueOrDefault(ProviderIdNames.Imdb),
            Overview = s.Overview,
            Status = s.Status,
            RuntimeMinutes = s.EpisodeRuntimeMinutes,
            OriginalLanguage = s.OriginalLanguage,
            AlternativeTitles = CatalogViews.Json(s.AlternativeTitles.Append(s.OriginalTitle ?? s.Title).Where(t => t != s.Title).Distinct()),
            PosterUrl = s.Images.FirstOrDefault(i => i.Role == ImageRole.Poster)?.Url,
            Source = s.Provider,
            Monitor = monitor,
        };
    }

    private static async Task<SeriesRow?> FindExistingAsync(AcquisitionDb db, SeriesRow row, CancellationToken ct)
    {
        var q = db.Series.AsNoTracking();
        return (row.TvMazeId is { } maze ? await q.FirstOrDefaultAsync(s => s.TvMazeId == maze, ct).ConfigureAwait(false) : null)
            ?? (row.TvdbId is { } tvdb ? await q.FirstOrDefaultAsync(s => s.TvdbId == tvdb, ct).ConfigureAwait(false) : null)
            ?? (row.TmdbId is { } tmdb ? await q.FirstOrDefaultAsync(s => s.TmdbId == tmdb, ct).ConfigureAwait(false) : null)
            ?? await q.FirstOrDefaultAsync(s => s.MatchTitle == row.MatchTitle && s.Year == row.Year, ct).ConfigureAwait(false);
    }
}
