using Hearth.Library.Libraries;
using Hearth.Library.Metadata;
using Hearth.Library.Naming;
using Hearth.Library.Probing;
using Hearth.Library.Store;

namespace Hearth.Library.Scanning;

/// <summary>
/// Reads what the import of a batch needs from names, folders, NFO files and artwork, without opening a video:
/// a file's media is read after it is listed (see <see cref="ProbePass"/>), unless the store has it already.
/// </summary>
public sealed class ImportPlanner
{
    /// <param name="roots">The library's folders: no NFO, image or subtitle whose real path is outside them is read.</param>
    /// <param name="stored">Media info already in the store, by path (a refresh, a moved file): those plans carry it.</param>
    public ImportBatch Plan(
        LibraryKind kind,
        string root,
        LibraryRoots roots,
        IReadOnlyList<FoundFile> files,
        IReadOnlyDictionary<string, MediaInfo>? stored,
        Action<FoundFile> onPlanned,
        CancellationToken cancellationToken)
    {
        var plans = new ImportPlan[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            plans[i] = PlanOne(kind, root, roots, files[i], stored?.GetValueOrDefault(files[i].Path));
            onPlanned(files[i]);
        }

        var shows = plans.Where(p => p.ShowFolder is not null).Select(p => p.ShowFolder!).Distinct()
            .ToDictionary(folder => folder, folder => ReadShow(folder, roots));
        return new ImportBatch(plans, shows);
    }

    private static ImportPlan PlanOne(LibraryKind kind, string root, LibraryRoots roots, FoundFile file, MediaInfo? known)
    {
        MediaInfo? info = null;
        if (known is not null)
        {
            // what was read before, with the subtitle files beside it as they are now
            var external = ExternalSubtitles.Find(file.Path, roots, file.Folder.FileNames);
            info = known with { Subtitles = [.. known.Subtitles.Where(s => !s.IsExternal), .. external] };
        }

        var plan = new ImportPlan(file, info);
        return kind == LibraryKind.Movies ? PlanMovie(plan, roots) : PlanEpisode(plan, root, roots);
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
