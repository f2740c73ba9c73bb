using Hearth.Acquisition.Blocklist;
using Hearth.Acquisition.Catalog;
using Hearth.Acquisition.CustomFormats;
using Hearth.Acquisition.Decisions;
using Hearth.Acquisition.Grabs;
using Hearth.Acquisition.Profiles;
using Hearth.Acquisition.Store;
using Hearth.Core.Indexers;
using Hearth.Releases;
using Hearth.Releases.Languages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Acquisition.Searches;

/// <summary>Builds <see cref="SearchContext"/>s from the catalog: a movie, or episodes of one season of a series.</summary>
public sealed class SearchContexts(
    IDbContextFactory<AcquisitionDb> factory,
    ProfileStore profiles,
    FormatLibrary formats,
    DelayProfileStore delays,
    BlocklistStore blocklist,
    TimeProvider clock)
{
    /// <summary>Standard Newznab categories: 2000 Movies, 5000 TV.</summary>
    private static readonly int[] MovieCategories = [2000];

    private static readonly int[] TvCategories = [5000];

    /// <summary>A movie's own version (<paramref name="versionId"/> null) or one of its further versions; null when either is not there.</summary>
    public async Task<SearchContext?> ForMovieAsync(int movieId, int? versionId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var movie = await db.Movies.AsNoTracking().FirstOrDefaultAsync(m => m.Id == movieId, ct).ConfigureAwait(false);
        if (movie is null)
        {
            return null;
        }
        var extras = await MovieVersions.ExtrasAsync(db, [movieId], ct).ConfigureAwait(false);
        var versions = MovieVersions.Of(movie, extras[movieId], MovieVersions.Lookup(await profiles.ListAsync(ct).ConfigureAwait(false), await profiles.DefaultAsync(ct).ConfigureAwait(false)));
        if (versions.FirstOrDefault(v => v.Id == versionId) is not { } version)
        {
            return null;
        }
        var policy = await PolicyAsync(version.Profile, ct).ConfigureAwait(false);
        var files = await db.Files.AsNoTracking().Where(f => f.MovieId == movieId).ToListAsync(ct).ConfigureAwait(false);
        var queued = await db.Grabs.AsNoTracking().Where(g => g.MovieId == movieId && g.VersionId == versionId && GrabStatus.Waiting.Contains(g.Status)).ToListAsync(ct).ConfigureAwait(false);
        var target = new SearchTarget
        {
            Kind = TargetKind.Movie,
            Title = movie.Title,
            AlternativeTitles = CatalogViews.Strings(movie.AlternativeTitles),
            Year = movie.Year,
            RuntimeMinutes = movie.RuntimeMinutes,
            OriginalLanguage = LanguageOf(movie.OriginalLanguage),
            OnDisk = MovieVersions.FilesOf(version, files, versions).Select(f => Held(f, policy)).ToList(),
            Queued = queued.Select(Held).ToList(),
        };
        var query = new ReleaseQuery
        {
            Kind = SearchKind.Movie,
            Text = movie.Title,
            Year = movie.Year,
            TmdbId = movie.TmdbId,
            ImdbId = movie.ImdbId,
            Categories = MovieCategories,
        };
        var subject = (movie.Year is { } y ? $"{movie.Title} ({y})" : movie.Title) + (version.IsMain ? "" : $" [{version.Name}]");
        return new SearchContext(query, target, policy, movie.Id, null, subject) { VersionId = versionId };
    }

    /// <summary>Episodes of one season (<paramref name="episodes"/> by number), or the whole season as a pack when none are named.</summary>
    public async Task<SearchContext?> ForEpisodesAsync(int seriesId, int season, IReadOnlyList<int> episodes, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var series = await db.Series.AsNoTracking().FirstOrDefaultAsync(s => s.Id == seriesId, ct).ConfigureAwait(false);
        if (series is null)
        {
            return null;
        }
        var policy = await PolicyAsync(series.ProfileId, ct).ConfigureAwait(false);
        var seasonEpisodes = await db.Episodes.AsNoTracking().Where(e => e.SeriesId == seriesId && e.Season == season).ToListAsync(ct).ConfigureAwait(false);
        var files = await db.Files.AsNoTracking().Where(f => f.SeriesId == seriesId && f.Season == season).ToListAsync(ct).ConfigureAwait(false);
        var queued = await db.Grabs.AsNoTracking().Where(g => g.SeriesId == seriesId && g.Season == season && GrabStatus.Waiting.Contains(g.Status)).ToListAsync(ct).ConfigureAwait(false);
        var held = SeriesCatalog.HeldEpisodes(files);
        var satisfied = files.Where(f => policy.Profile.CutoffMet(CatalogViews.QualityOf(f).Quality, Score(f, policy)))
            .SelectMany(f => CatalogViews.Ints(f.Episodes)).ToHashSet();
        var target = new SearchTarget
        {
            Kind = TargetKind.Episodes,
            Title = series.Title,
            AlternativeTitles = CatalogViews.Strings(series.AlternativeTitles),
            Year = series.Year,
            RuntimeMinutes = series.RuntimeMinutes,
            OriginalLanguage = LanguageOf(series.OriginalLanguage),
            Season = season,
            Episodes = episodes,
            SeasonSearch = episodes.Count == 0,
            EpisodesInSeason = seasonEpisodes.Count,
            // an episode with no row (a series added offline) is wanted when asked for
            WantedEpisodes = seasonEpisodes.Count == 0 ? null : seasonEpisodes.Where(e => e.Monitored && !satisfied.Contains(e.Number)).Select(e => e.Number).Concat(episodes).ToHashSet(),
            AbsoluteEpisodes = seasonEpisodes.Where(e => e.AbsoluteNumber is not null).DistinctBy(e => e.AbsoluteNumber).ToDictionary(e => e.AbsoluteNumber!.Value, e => e.Number),
            AirDates = seasonEpisodes.Where(e => e.AirDate is not null && DateOnly.TryParse(e.AirDate, System.Globalization.CultureInfo.InvariantCulture, out _))
                .GroupBy(e => DateOnly.Parse(e.AirDate!, System.Globalization.CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.First().Number),
            OnDisk = files.Select(f => Held(f, policy)).ToList(),
            Queued = queued.Select(Held).ToList(),
        };
        var query = new ReleaseQuery
        {
            Kind = SearchKind.Tv,
            Text = series.Title,
            Season = season,
            Episode = episodes.Count == 1 ? episodes[0].ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            TvdbId = series.TvdbId,
            TvMazeId = series.TvMazeId,
            ImdbId = series.ImdbId,
            Categories = TvCategories,
        };
        var subject = episodes.Count == 0
            ? $"{series.Title} season {season}"
            : $"{series.Title} S{season:00}" + string.Concat(episodes.Select(e => $"E{e:00}"));
        return new SearchContext(query, target, policy, null, series.Id, subject);
    }

    /// <summary>The rules of a profile: the profile itself, the custom formats it scores, the delay profile and the blocklist.</summary>
    public async Task<DecisionPolicy> PolicyAsync(int profileId, CancellationToken ct)
    {
        var profile = await profiles.GetAsync(profileId, ct).ConfigureAwait(false) ?? await profiles.DefaultAsync(ct).ConfigureAwait(false);
        return await PolicyAsync(profile, ct).ConfigureAwait(false);
    }

    /// <summary>The rules of a profile with the custom formats, the delay profile and the blocklist as they are now.</summary>
    private async Task<DecisionPolicy> PolicyAsync(QualityProfile profile, CancellationToken ct) => new()
    {
        Profile = profile,
        Formats = await formats.CurrentAsync(ct).ConfigureAwait(false),
        Delay = await delays.GetAsync(ct).ConfigureAwait(false),
        Blocklist = await blocklist.KeysAsync(ct).ConfigureAwait(false),
    };

    /// <summary>A file on disk as the decisions compare against it: its quality and the score its name earns.</summary>
    private static HeldRelease Held(MediaFileRow file, DecisionPolicy policy) =>
        new(CatalogViews.QualityOf(file), Score(file, policy), CatalogViews.Ints(file.Episodes));

    private static int Score(MediaFileRow file, DecisionPolicy policy)
    {
        var name = Path.GetFileNameWithoutExtension(file.Path);
        var facts = new ReleaseFacts(new IndexerRelease { Title = name, Size = file.Size }, ReleaseParser.Parse(file.Path), null);
        return policy.Formats.Match(facts).Sum(f => policy.Profile.ScoreOf(f.Id));
    }

    private static HeldRelease Held(GrabRow grab) =>
        new(CatalogViews.Quality(grab.Quality, grab.RevisionVersion, grab.RevisionReal), grab.FormatScore, CatalogViews.Ints(grab.Episodes));

    /// <summary>TMDB's and TVmaze's ISO 639-1 code ("fr") as a release language.</summary>
    private static Language? LanguageOf(string? iso) =>
        iso is null ? null : LanguageTable.Rows.FirstOrDefault(r => string.Equals(r.Iso6391, iso, StringComparison.OrdinalIgnoreCase) && r.Language != Language.Unknown)?.Language;

    internal DateTimeOffset Now => clock.GetUtcNow();
}
