using Hearth.Library.Libraries;
using Hearth.Library.Metadata;
using Hearth.Library.Naming;
using Hearth.Library.Probing;
using Hearth.Library.Store;

namespace Hearth.Library.Scanning;

/// <summary>Reads what the import of a batch needs: probes (two at a time), names, NFO files, artwork.</summary>
public sealed class ImportPlanner(IMediaProber prober, TimeProvider time)
{
    private const int ProbeParallelism = 2;

    /// <summary>How long a file written a moment ago is watched for a change before its failure is named.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    /// <param name="roots">The library's folders: no NFO, image or subtitle whose real path is outside them is read.</param>
    /// <param name="stored">Probe results already in the store, by path: those files are not probed again.</param>
    public async Task<ImportBatch> PlanAsync(
        LibraryKind kind,
        string root,
        LibraryRoots roots,
        IReadOnlyList<FoundFile> files,
        IReadOnlyDictionary<string, MediaInfo>? stored,
        Action<FoundFile> onProbed,
        CancellationToken cancellationToken)
    {
        var plans = new ImportPlan[files.Count];
        await Parallel.ForAsync(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = ProbeParallelism, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            plans[i] = await PlanOneAsync(kind, root, roots, files[i], stored?.GetValueOrDefault(files[i].Path), ct).ConfigureAwait(false);
            onProbed(files[i]);
        }).ConfigureAwait(false);
        var shows = plans.Where(p => p.ShowFolder is not null).Select(p => p.ShowFolder!).Distinct()
            .ToDictionary(folder => folder, folder => ReadShow(folder, roots));
        return new ImportBatch(plans, shows);
    }

    private async Task<ImportPlan> PlanOneAsync(LibraryKind kind, string root, LibraryRoots roots, FoundFile file, MediaInfo? known, CancellationToken ct)
    {
        MediaInfo info;
        try
        {
            info = known is null
                ? await prober.ProbeAsync(file.Path, ct).ConfigureAwait(false)
                : known with { Subtitles = [.. known.Subtitles.Where(s => !s.IsExternal)] };
        }
        catch (Exception e) when (e is MediaProbeException or IOException or UnauthorizedAccessException or Core.Processes.ExternalProcessException)
        {
            return new ImportPlan(file, null, await FailureAsync(file, e, ct).ConfigureAwait(false));
        }

        var external = ExternalSubtitles.Find(file.Path, roots, file.Folder.FileNames);
        if (external.Count > 0)
        {
            info = info with { Subtitles = [.. info.Subtitles, .. external] };
        }

        // read with the probe, so a later move or rename of this file is known by its content
        var plan = new ImportPlan(file, info, null) { Fingerprint = known is null ? ContentFingerprint.TryOf(file.Path) : null };
        return kind == LibraryKind.Movies ? PlanMovie(plan, roots) : PlanEpisode(plan, root, roots);
    }

    /// <summary>
    /// Names what went wrong. A file that changed since the walk, or changes within <see cref="Settle"/> of a
    /// recent write, is still being copied, whatever ffprobe made of its first part: that is the scan's
    /// stability check, and the next scan (or the watcher, once the copy ends) reads it again.
    /// </summary>
    private async Task<FileFailure> FailureAsync(FoundFile file, Exception e, CancellationToken ct)
    {
        var failure = e switch
        {
            MediaProbeException probe => new FileFailure(probe.Kind, probe.Message, probe.Detail),
            FileNotFoundException or DirectoryNotFoundException => new FileFailure(ProbeFailure.Gone, "gone: the file was moved or deleted during the scan", e.Message),
            UnauthorizedAccessException => new FileFailure(ProbeFailure.NoAccess, "no access: Hearth is not allowed to read this file", e.Message),
            _ => new FileFailure(ProbeFailure.Unreadable, "cannot be read as a video", e.Message),
        };
        if (failure.Kind == ProbeFailure.Gone)
        {
            return failure;
        }

        var now = Stat(file.Path);
        if (now is not null && now.Value.MtimeMs > time.GetUtcNow().ToUnixTimeMilliseconds() - (long)Settle.TotalMilliseconds)
        {
            await Task.Delay(Settle, time, ct).ConfigureAwait(false);
            now = Stat(file.Path);
        }

        if (now is { } after && (after.Size != file.Size || after.MtimeMs != file.MtimeMs))
        {
            var grew = after.Size != file.Size ? $" (it went from {file.Size:N0} to {after.Size:N0} bytes during the scan)" : string.Empty;
            return new FileFailure(ProbeFailure.StillCopying, "still being copied: the file is changing" + grew, failure.Detail ?? failure.Reason);
        }

        return failure;
    }

    private static (long Size, long MtimeMs)? Stat(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeMilliseconds()) : null;
    }

    private static ImportPlan PlanMovie(ImportPlan plan, LibraryRoots roots)
    {
        var naming = MovieNaming.Parse(plan.File.RelativePath);
        if (naming.Extra is not null)
        {
            return plan with { Movie = naming };
        }

        return plan with
        {
            Movie = naming,
            Nfo = ReadNfo(NfoLocator.ForMovie(plan.File.Path, roots)),
            Art = ArtworkLocator.ForMovie(plan.File.Path, roots),
        };
    }

    private static ImportPlan PlanEpisode(ImportPlan plan, string root, LibraryRoots roots)
    {
        var naming = EpisodeNaming.Parse(plan.File.RelativePath);
        var segments = plan.File.RelativePath.Split('/');
        var showFolder = Path.Join(root, segments[0]);
        var seasonFolder = segments.Length > 2 ? Path.GetDirectoryName(plan.File.Path) : null;
        var season = SeasonNumber(naming);
        plan = plan with
        {
            Episode = naming,
            ShowFolder = showFolder,
            SeasonFolder = seasonFolder,
            SeasonArt = ArtworkLocator.ForSeason(showFolder, seasonFolder, season, roots),
        };
        if (naming.Extra is not null)
        {
            return plan;
        }

        return plan with
        {
            Nfo = ReadNfo(NfoLocator.ForEpisode(plan.File.Path, roots)),
            Art = ArtworkLocator.ForEpisode(plan.File.Path, roots),
        };
    }

    /// <summary>Date-based episodes go under their year, as Plex files them; no number at all means season 1.</summary>
    public static int SeasonNumber(EpisodePath naming) => naming.Season ?? naming.AirDate?.Year ?? 1;

    public static ShowMetadata ReadShow(string showFolder, LibraryRoots roots) =>
        new(ReadNfo(NfoLocator.ForShow(showFolder, roots)), ArtworkLocator.ForShow(showFolder, roots));

    // A broken NFO must not cost the user the file: the names still give a title.
    private static NfoMetadata? ReadNfo(string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            return NfoReader.Read(path);
        }
        catch (Exception e) when (e is NfoException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
