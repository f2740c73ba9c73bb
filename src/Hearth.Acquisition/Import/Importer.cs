using System.Globalization;
using System.Threading.Channels;
using Hearth.Acquisition.Clients;
using Hearth.Acquisition.Grabs;
using Hearth.Acquisition.Store;
using Hearth.Core.Media;
using Hearth.Core.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Acquisition.Import;

/// <summary>A path as a download client reports it, and the same place as Hearth sees it (a client in a container, on another box).</summary>
public sealed class RemotePathMapping
{
    public string Remote { get; set; } = string.Empty;

    public string Local { get; set; } = string.Empty;
}

/// <summary>What an import did: each file's destination and how it got there.</summary>
public sealed record ImportResult(IReadOnlyList<(string Source, string Destination, TransferMode Mode)> Files, string Folder, int Videos);

/// <summary>
/// Completed downloads into the library, one at a time: the grab goes to importing; its files are listed, matched
/// (<see cref="ImportMatcher"/>), checked (no executables, not archives only, every video readable by ffprobe), linked
/// (or copied) under the names of the naming formats with their subtitles, and the library scans exactly that folder.
/// The download is never moved or deleted (the client may seed it). Any failure undoes what this import wrote and
/// leaves the grab failed with the reason.
/// </summary>
public sealed class Importer(
    IDbContextFactory<AcquisitionDb> factory,
    IServiceProvider services,
    Queue.DownloadQueue queue,
    ProcessRunner runner,
    IOptions<MediaToolsOptions> tools,
    IOptions<AcquisitionOptions> options,
    TimeProvider clock,
    ILogger<Importer> logger) : BackgroundService
{
    private readonly Channel<(int GrabId, DownloadItem Item)> waiting = Channel.CreateUnbounded<(int, DownloadItem)>();

    /// <summary>Marks the grab importing and queues its import; false when it is not waiting in a client any more.</summary>
    public async Task<bool> EnqueueAsync(int grabId, DownloadItem item, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var taken = await db.Grabs.Where(g => g.Id == grabId && g.Status == GrabStatus.Sent)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.Status, GrabStatus.Importing), ct).ConfigureAwait(false) == 1;
        return taken && waiting.Writer.TryWrite((grabId, item));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // imports a stop interrupted start again
        await using (var db = await factory.CreateDbContextAsync(stoppingToken).ConfigureAwait(false))
        {
            await db.Grabs.Where(g => g.Status == GrabStatus.Importing).ExecuteUpdateAsync(u => u.SetProperty(g => g.Status, GrabStatus.Sent), stoppingToken).ConfigureAwait(false);
        }
        await foreach (var (grabId, item) in waiting.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await ImportAsync(grabId, item, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Importing grab {Grab} failed unexpectedly", grabId);
                await EndAsync(grabId, GrabStatus.Failed, $"The import failed unexpectedly: {e.Message}", "importFailed", stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Imports one completed download now (the queue's worker calls this; so can tests).</summary>
    public async Task<ImportResult?> ImportAsync(int grabId, DownloadItem item, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        if (await db.Grabs.AsNoTracking().FirstOrDefaultAsync(g => g.Id == grabId, ct).ConfigureAwait(false) is not { } grab)
        {
            return null;
        }
        try
        {
            var result = await ImportAsync(db, grab, item, ct).ConfigureAwait(false);
            var how = result.Files.All(f => f.Mode == TransferMode.Hardlink) ? "hardlinked" : result.Files.All(f => f.Mode == TransferMode.Copy) ? "copied" : "linked and copied";
            var videos = result.Videos;
            await EndAsync(grabId, GrabStatus.Imported, $"{videos} video{(videos == 1 ? "" : "s")} {how} into {result.Folder}", "imported", ct).ConfigureAwait(false);
            logger.LogInformation("Imported {Release} into {Folder}", grab.Title, result.Folder);
            return result;
        }
        catch (ImportException e)
        {
            logger.LogWarning("{Release} was not imported: {Reason}", grab.Title, e.Message);
            var next = e.ReleaseAtFault ? await queue.RedownloadAsync(grab, e.Message, ct).ConfigureAwait(false) : null;
            await EndAsync(grabId, GrabStatus.Failed, e.Message, "importFailed", ct, next).ConfigureAwait(false);
            if (next is not null)
            {
                queue.SearchAgain(grab);
            }
            return null;
        }
    }

    private async Task<ImportResult> ImportAsync(AcquisitionDb db, GrabRow grab, DownloadItem item, CancellationToken ct)
    {
        var reported = item.ContentPath ?? (item.SavePath is { } save ? Path.Combine(save, item.Name) : null)
            ?? throw new ImportException($"{grab.Client} did not say where it saved {item.Name}.");
        var content = MapPath(reported);
        if (!File.Exists(content) && !Directory.Exists(content))
        {
            throw new ImportException($"Hearth cannot see {content}{(content == reported ? "" : $" ({grab.Client} says {reported})")}: if the client runs elsewhere, map its path in Acquisition:RemotePathMappings.");
        }
        var files = DownloadFiles.List(content);
        if (files.FirstOrDefault(f => f.Kind == DownloadFileKind.Dangerous) is { } dangerous)
        {
            throw new ImportException($"The download holds {Path.GetFileName(dangerous.Path)}, a program or script, which is never imported: most likely a fake release.", releaseAtFault: true);
        }
        var videos = files.Where(f => f.Kind == DownloadFileKind.Video).ToList();
        if (videos.Count == 0)
        {
            throw new ImportException(files.Any(f => f.Kind == DownloadFileKind.Archive)
                ? $"The download holds only archives ({string.Join(", ", files.Where(f => f.Kind == DownloadFileKind.Archive).Take(3).Select(f => Path.GetFileName(f.Path)))}); Hearth does not unpack them."
                : files.Any(f => f.Kind == DownloadFileKind.Sample) ? "The download holds only a sample." : "The download holds no video.", releaseAtFault: true);
        }

        var target = await TargetAsync(db, grab, ct).ConfigureAwait(false);
        var matched = ImportMatcher.Match(grab, videos, content, target.Titles, target.Season);
        foreach (var video in matched)
        {
            await CheckReadableAsync(video.File, ct).ConfigureAwait(false);
        }
        var plan = new List<(string Source, string Destination)>();
        foreach (var video in matched)
        {
            var name = FileName(target, video);
            var destination = Path.Combine(target.Folder, name + Path.GetExtension(video.File.Path).ToLowerInvariant());
            plan.Add((video.File.Path, destination));
            plan.AddRange(Sidecars(files, video, matched.Count == 1).Select(s => (s.Path, Path.Combine(target.Folder, name + s.Suffix))));
        }
        if (plan.Select(p => p.Destination).FirstOrDefault(File.Exists) is { } taken)
        {
            throw new ImportException($"{taken} is in the library already; Hearth does not overwrite a file.");
        }

        var done = new List<(string Source, string Destination, TransferMode Mode)>();
        try
        {
            foreach (var (source, destination) in plan)
            {
                done.Add((source, destination, FileTransfer.Transfer(source, destination)));
            }
        }
        catch (TransferException e)
        {
            // nothing half-imported: what this import already wrote goes again (the download keeps every file)
            foreach (var written in done)
            {
                File.Delete(written.Destination);
            }
            throw new ImportException(e.Message);
        }
        if (services.GetService<ILibraryNotifier>() is { } library)
        {
            await library.ScanAsync(target.Folder, $"imported {grab.Title}", ct).ConfigureAwait(false);
        }
        return new ImportResult(done, target.Folder, matched.Count);
    }

    private sealed record Target(string Folder, ISet<string> Titles, int? Season, IReadOnlyDictionary<string, string?> Tokens, IReadOnlyDictionary<int, string?> EpisodeTitles);

    private async Task<Target> TargetAsync(AcquisitionDb db, GrabRow grab, CancellationToken ct)
    {
        var naming = options.Value.Naming;
        if (grab.MovieId is { } movieId)
        {
            var movie = await db.Movies.AsNoTracking().FirstOrDefaultAsync(m => m.Id == movieId, ct).ConfigureAwait(false)
                ?? throw new ImportException("The movie it was grabbed for is no longer in the catalog.");
            var tokens = new Dictionary<string, string?>
            {
                ["Movie Title"] = movie.Title,
                ["Movie CleanTitle"] = Naming.CleanTitle(movie.Title),
                ["Release Year"] = movie.Year?.ToString(CultureInfo.InvariantCulture),
                ["Movie TitleYear"] = movie.Year is { } y ? $"{movie.Title} ({y})" : movie.Title,
                ["Original Title"] = grab.Title,
            };
            var held = await db.Files.AsNoTracking().Where(f => f.MovieId == movieId).Select(f => f.Path).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            var folder = held is not null ? Path.GetDirectoryName(held)! : Path.Combine(await RootAsync("movies", options.Value.MovieRoot, ct).ConfigureAwait(false), Naming.Format(naming.MovieFolder, tokens));
            return new Target(folder, ImportMatcher.Titles(movie.Title, Catalog.CatalogViews.Strings(movie.AlternativeTitles), movie.Year), null, tokens, new Dictionary<int, string?>());
        }
        if (grab.SeriesId is { } seriesId && grab.Season is { } season)
        {
            var series = await db.Series.AsNoTracking().FirstOrDefaultAsync(s => s.Id == seriesId, ct).ConfigureAwait(false)
                ?? throw new ImportException("The series it was grabbed for is no longer in the catalog.");
            var tokens = new Dictionary<string, string?>
            {
                ["Series Title"] = series.Title,
                ["Series CleanTitle"] = Naming.CleanTitle(series.Title),
                ["Series Year"] = series.Year?.ToString(CultureInfo.InvariantCulture),
                ["Series TitleYear"] = series.Year is { } y ? $"{series.Title} ({y})" : series.Title,
                ["season"] = season.ToString(CultureInfo.InvariantCulture),
                ["Original Title"] = grab.Title,
            };
            var held = await db.Files.AsNoTracking().Where(f => f.SeriesId == seriesId).Select(f => f.Path).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            var seriesFolder = held is not null ? SeriesFolderOf(held) : Path.Combine(await RootAsync("shows", options.Value.SeriesRoot, ct).ConfigureAwait(false), Naming.Format(naming.SeriesFolder, tokens));
            var seasonFolder = season == 0 ? "Specials" : Naming.Format(naming.SeasonFolder, tokens);
            var titles = await db.Episodes.AsNoTracking().Where(e => e.SeriesId == seriesId && e.Season == season).ToDictionaryAsync(e => e.Number, e => e.Title, ct).ConfigureAwait(false);
            return new Target(Path.Combine(seriesFolder, seasonFolder), ImportMatcher.Titles(series.Title, Catalog.CatalogViews.Strings(series.AlternativeTitles), series.Year), season, tokens, titles);
        }
        throw new ImportException("The grab is for neither a movie nor a season of a series.");
    }

    private string FileName(Target target, MatchedVideo video)
    {
        var tokens = new Dictionary<string, string?>(target.Tokens)
        {
            ["Quality Full"] = video.Quality,
            ["Quality Title"] = video.Quality,
            ["Release Group"] = video.ReleaseGroup,
        };
        if (target.Season is null)
        {
            return Naming.Format(options.Value.Naming.MovieFile, tokens);
        }
        var episodes = video.Episodes;
        tokens["episode"] = episodes[0].ToString(CultureInfo.InvariantCulture);
        tokens["Episode Title"] = string.Join(" + ", episodes.Select(e => target.EpisodeTitles.GetValueOrDefault(e)).OfType<string>().Distinct());
        tokens["Episode CleanTitle"] = Naming.CleanTitle(tokens["Episode Title"] ?? string.Empty);
        var format = options.Value.Naming.EpisodeFile;
        // a file of several episodes is named S01E01-E02, as Sonarr's range style
        if (episodes.Count > 1)
        {
            format = format.Replace("E{episode:00}", string.Join("-", episodes.Select(e => $"E{e:00}")), StringComparison.Ordinal);
        }
        return Naming.Format(format, tokens);
    }

    /// <summary>Subtitles that go with a video: named after it ("Film.2019.en.srt"), or every subtitle when the download has one video.</summary>
    private static IEnumerable<(string Path, string Suffix)> Sidecars(IReadOnlyList<DownloadFile> files, MatchedVideo video, bool onlyVideo)
    {
        var stem = Path.GetFileNameWithoutExtension(video.File.Path);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var subtitle in files.Where(f => f.Kind == DownloadFileKind.Subtitle).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(subtitle.Path);
            string? suffix = null;
            if (name.StartsWith(stem + ".", StringComparison.OrdinalIgnoreCase))
            {
                suffix = name[stem.Length..].ToLowerInvariant();
            }
            else if (onlyVideo)
            {
                // Subs/2_English.srt: the language is what is left of the name
                var language = Naming.Clean(Path.GetFileNameWithoutExtension(name).TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '_', '-', ' ', '.'));
                suffix = (language.Length is > 0 and <= 24 ? "." + language.ToLowerInvariant() : string.Empty) + Path.GetExtension(name).ToLowerInvariant();
            }
            if (suffix is not null && used.Add(suffix))
            {
                yield return (subtitle.Path, suffix);
            }
        }
    }

    /// <summary>ffprobe must read a video, with a duration: a broken or fake file never reaches the library.</summary>
    private async Task CheckReadableAsync(DownloadFile video, CancellationToken ct)
    {
        if (video.Size == 0)
        {
            throw new ImportException($"{Path.GetFileName(video.Path)} is empty.", releaseAtFault: true);
        }
        var result = await runner.RunAsync(tools.Value.Ffprobe, ["-v", "error", "-show_entries", "format=duration", "-of", "default=noprint_wrappers=1:nokey=1", video.Path],
            TimeSpan.FromMinutes(2), throwOnFailure: false, ct).ConfigureAwait(false);
        if (result.ExitCode != 0 || !double.TryParse(result.StandardOutput.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
        {
            var why = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no duration";
            throw new ImportException($"ffprobe cannot read {Path.GetFileName(video.Path)} ({why}): it was not imported.", releaseAtFault: true);
        }
    }

    private async Task<string> RootAsync(string kind, string? configured, CancellationToken ct)
    {
        if (configured is { Length: > 0 })
        {
            return configured;
        }
        var folders = services.GetService<ILibraryNotifier>() is { } library ? await library.FoldersAsync(ct).ConfigureAwait(false) : [];
        return folders.FirstOrDefault(f => f.Kind == kind)?.Path
            ?? throw new ImportException($"There is no {kind} library to import into: add one (Admin → Libraries), or set Acquisition:{(kind == "movies" ? "MovieRoot" : "SeriesRoot")}.");
    }

    /// <summary>A held episode's series folder: above its season folder when it is in one.</summary>
    private static string SeriesFolderOf(string episodePath)
    {
        var folder = Path.GetDirectoryName(episodePath)!;
        var name = Path.GetFileName(folder);
        return name.StartsWith("Season", StringComparison.OrdinalIgnoreCase) || name.Equals("Specials", StringComparison.OrdinalIgnoreCase) || name.StartsWith('S') && name[1..].All(char.IsAsciiDigit)
            ? Path.GetDirectoryName(folder)!
            : folder;
    }

    private string MapPath(string reported)
    {
        foreach (var mapping in options.Value.RemotePathMappings.Where(m => m.Remote.Length > 0 && m.Local.Length > 0))
        {
            var remote = mapping.Remote.TrimEnd('/', '\\');
            if (reported == remote || reported.StartsWith(remote + "/", StringComparison.Ordinal) || reported.StartsWith(remote + "\\", StringComparison.Ordinal))
            {
                return Path.Combine(mapping.Local, reported[remote.Length..].TrimStart('/', '\\').Replace('\\', '/'));
            }
        }
        return reported;
    }

    private async Task EndAsync(int grabId, string status, string message, string kind, CancellationToken ct, string? then = null)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        if (await db.Grabs.FirstOrDefaultAsync(g => g.Id == grabId, ct).ConfigureAwait(false) is not { } grab)
        {
            return;
        }
        (grab.Status, grab.Message, grab.EndedMs) = (status, message, clock.GetUtcNow().ToUnixTimeMilliseconds());
        // the grab's end and its line in the history are one write: whoever sees the one sees the other
        db.History.Add(new HistoryRow
        {
            AtMs = grab.EndedMs.Value,
            Kind = kind,
            Trigger = "import",
            MovieId = grab.MovieId,
            SeriesId = grab.SeriesId,
            Subject = grab.Subject ?? grab.Title,
            Release = grab.Title,
            Found = 1,
            Detail = then is null ? message : $"{message} {then}",
        });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
