using Hearth.Core.Metadata;

namespace Hearth.Library.Metadata.Matching;

/// <summary>
/// What a local episode file says about which episode it is: season and number ("S01E02", with
/// <paramref name="EndNumber"/> for "S01E02-E03"), the air date of a daily show, or the absolute number of anime.
/// </summary>
public sealed record LocalEpisode(int? Season, int? Number, int? EndNumber = null, DateOnly? AirDate = null, int? AbsoluteNumber = null);

/// <summary>Finds a provider's episodes for a local episode file. Pure.</summary>
public static class EpisodeMatcher
{
    /// <summary>
    /// The provider's episodes the file holds, in order: by air date for a daily show, else by season and number
    /// (every episode of a multi-episode range), else by absolute number; empty when the provider has none of them.
    /// </summary>
    public static IReadOnlyList<EpisodeMetadata> Find(IReadOnlyList<EpisodeMetadata> episodes, LocalEpisode local)
    {
        if (local.AirDate is { } date)
        {
            var aired = Ordered(episodes.Where(e => e.AirDate == date)).ToList();
            if (aired.Count > 0)
            {
                return aired;
            }
        }

        if (local is { Season: { } season, Number: { } number })
        {
            var numbers = Range(number, local.EndNumber);
            var found = Ordered(episodes.Where(e => e.Season == season && numbers.Contains(e.Number))).ToList();
            if (found.Count > 0)
            {
                return found;
            }
        }

        // anime: an absolute number, or a bare episode number with no season ("Show - 13")
        var absolute = local.AbsoluteNumber ?? (local.Season is null ? local.Number : null);
        if (absolute is { } first)
        {
            var count = local.EndNumber is { } end && local.Number is { } start && end > start ? end - start : 0;
            return ByAbsolute(episodes, Range(first, first + count));
        }

        return [];
    }

    private static List<EpisodeMetadata> ByAbsolute(IReadOnlyList<EpisodeMetadata> episodes, HashSet<int> numbers)
    {
        if (episodes.Any(e => e.AbsoluteNumber is not null))
        {
            return [.. Ordered(episodes.Where(e => e.AbsoluteNumber is { } n && numbers.Contains(n)))];
        }

        // the provider numbers by season only: count through the regular seasons in order, specials left out
        return [.. Ordered(episodes.Where(e => e.Season > 0))
            .Select((e, i) => (Episode: e, Absolute: i + 1))
            .Where(x => numbers.Contains(x.Absolute))
            .Select(x => x.Episode)];
    }

    private static HashSet<int> Range(int first, int? last) =>
        [.. Enumerable.Range(first, last is { } end && end > first ? end - first + 1 : 1)];

    private static IEnumerable<EpisodeMetadata> Ordered(IEnumerable<EpisodeMetadata> episodes) =>
        episodes.OrderBy(e => e.Season).ThenBy(e => e.Number);
}
