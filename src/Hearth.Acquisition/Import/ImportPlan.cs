using Hearth.Acquisition.Store;
using Hearth.Releases;

namespace Hearth.Acquisition.Import;

/// <summary>
/// Why a download was not imported: one sentence, kept as the grab's reason in the queue and the history.
/// <paramref name="releaseAtFault"/> when the release itself is bad (a program, archives only, unreadable): it is then
/// blocklisted and the next best searched for; not when the fault is elsewhere (a name to check, a full disk).
/// </summary>
public sealed class ImportException(string message, bool releaseAtFault = false) : Exception(message)
{
    public bool ReleaseAtFault { get; } = releaseAtFault;
}

/// <summary>One video of a download and what it is: the episodes it holds (none for a film), the name that told, its quality.</summary>
public sealed record MatchedVideo(DownloadFile File, IReadOnlyList<int> Episodes, string MatchedBy, string Quality, string? ReleaseGroup);

/// <summary>
/// Matches a download's videos to what was grabbed, as Radarr and Sonarr do: the file's own name first, then its
/// folder's (an obfuscated file in a well-named folder), then the grab's title. A name that parses as something else
/// is refused rather than imported under the wrong title.
/// </summary>
public static class ImportMatcher
{
    public static IReadOnlyList<MatchedVideo> Match(GrabRow grab, IReadOnlyList<DownloadFile> videos, string content, ISet<string> titles, int? season)
    {
        var single = videos.Count == 1;
        var matched = new List<MatchedVideo>();
        foreach (var video in videos.OrderByDescending(v => v.Size))
        {
            var names = new List<(string Name, string By)> { (Path.GetFileNameWithoutExtension(video.Path), "file name") };
            var folder = Path.GetDirectoryName(video.Path);
            if (folder is not null && !string.Equals(Path.TrimEndingDirectorySeparator(folder), Path.TrimEndingDirectorySeparator(Path.GetDirectoryName(content) ?? string.Empty), StringComparison.Ordinal))
            {
                names.Add((Path.GetFileName(folder), "folder name"));
            }
            if (single)
            {
                names.Add((grab.Title, "grab"));
            }
            MatchedVideo? found = null;
            foreach (var (name, by) in names)
            {
                var parsed = ReleaseParser.Parse(name);
                if (!parsed.IsParsed || parsed.IsObfuscated || parsed.NormalizedTitle.Length == 0)
                {
                    continue;
                }
                if (!titles.Contains(parsed.NormalizedTitle) && !titles.Contains(ReleaseTitles.Normalize(parsed.TitleWithoutYear)))
                {
                    throw new ImportException($"{Path.GetFileName(video.Path)} is named for {Named(parsed)} (by its {by}), which is not what it was grabbed for ({grab.Subject ?? grab.Title}): it matches nothing Hearth wants, so it was not imported.");
                }
                var episodes = season is null ? [] : EpisodesOf(parsed, season.Value, grab);
                if (season is not null && episodes is null)
                {
                    if (by == "grab")
                    {
                        break;
                    }
                    continue;
                }
                var quality = parsed.Quality.Quality.Name is { Length: > 0 } q && q != "Unknown" ? q : grab.Quality;
                found = new MatchedVideo(video, episodes ?? [], by, quality, parsed.ReleaseGroup);
                break;
            }
            if (found is null)
            {
                if (season is not null && !single)
                {
                    // an extra of a season pack (a featurette without an episode number) is left in the download
                    continue;
                }
                throw new ImportException($"{Path.GetFileName(video.Path)} cannot be placed: neither its name, its folder's nor the grab's says which {(season is null ? "film" : "episode")} it is.");
            }
            matched.Add(found);
            if (season is null)
            {
                // a film is its largest video; the rest (extras, a second cut) stay in the download
                break;
            }
        }
        if (matched.Count == 0)
        {
            throw new ImportException("No video of the download could be placed as an episode of what was grabbed.");
        }
        var doubled = matched.SelectMany(m => m.Episodes).GroupBy(e => e).FirstOrDefault(g => g.Count() > 1);
        if (doubled is not null)
        {
            throw new ImportException($"Two videos of the download claim episode {doubled.Key}; it was not imported, so neither is chosen by chance.");
        }
        return matched;
    }

    /// <summary>The episodes of <paramref name="season"/> a name holds, within what was grabbed; null when it names none of them.</summary>
    private static List<int>? EpisodesOf(ParsedRelease parsed, int season, GrabRow grab)
    {
        var grabbed = Catalog.CatalogViews.Ints(grab.Episodes);
        if (parsed.SeasonNumber != season || parsed.EpisodeNumbers.Count == 0)
        {
            if (parsed.SeasonNumber is { } other && other != season && parsed.EpisodeNumbers.Count > 0)
            {
                throw new ImportException($"{parsed.Input} is season {other}; the grab was for season {season}.");
            }
            return null;
        }
        var episodes = parsed.EpisodeNumbers.ToList();
        if (grabbed.Count > 0 && episodes.Any(e => !grabbed.Contains(e)))
        {
            throw new ImportException($"{parsed.Input} holds episode {string.Join(", ", episodes.Where(e => !grabbed.Contains(e)))}, which was not grabbed (the grab was for {string.Join(", ", grabbed.Select(e => $"S{season:00}E{e:00}"))}).");
        }
        return episodes;
    }

    private static string Named(ParsedRelease parsed) =>
        parsed.Year is { } year ? $"'{parsed.TitleWithoutYear}' ({year})" : $"'{parsed.Title}'";

    /// <summary>The names a title is known by, normalised as release names are: each title with and without its year.</summary>
    public static HashSet<string> Titles(string title, IEnumerable<string> alternatives, int? year)
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in alternatives.Prepend(title))
        {
            titles.Add(ReleaseTitles.Normalize(name));
            if (year is { } y)
            {
                titles.Add(ReleaseTitles.Normalize($"{name} {y}"));
            }
        }
        titles.Remove(string.Empty);
        return titles;
    }
}
