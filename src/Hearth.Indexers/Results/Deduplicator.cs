using System.Text;
using Hearth.Core.Indexers;

namespace Hearth.Indexers.Results;

/// <summary>
/// The same release listed by several indexers becomes one entry: first by info hash, then by the
/// normalised title with the same size. The copy from the preferred indexer stays; the others are noted.
/// </summary>
public static class Deduplicator
{
    /// <param name="releases">In order of preference: the first of a group is the one kept.</param>
    public static List<IndexerRelease> Deduplicate(IEnumerable<IndexerRelease> releases)
    {
        var kept = new List<IndexerRelease>();
        var byHash = new Dictionary<string, int>(StringComparer.Ordinal);
        var byTitle = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var release in releases)
        {
            var hash = release.InfoHash;
            var titleKey = release.Size is > 0 ? NormalizeTitle(release.Title) + "|" + release.Size : null;
            var index = hash is not null && byHash.TryGetValue(hash, out var h) ? h
                : titleKey is not null && byTitle.TryGetValue(titleKey, out var t) ? t
                : -1;
            if (index < 0)
            {
                index = kept.Count;
                kept.Add(release);
            }
            else if (kept[index].IndexerName != release.IndexerName && !kept[index].AlsoOn.Contains(release.IndexerName))
            {
                var first = kept[index];
                kept[index] = first with
                {
                    AlsoOn = [.. first.AlsoOn, release.IndexerName],
                    Seeders = Max(first.Seeders, release.Seeders),
                    Peers = Max(first.Peers, release.Peers),
                    InfoHash = first.InfoHash ?? release.InfoHash,
                    MagnetUrl = first.MagnetUrl ?? release.MagnetUrl,
                };
            }

            if (hash is not null)
            {
                byHash.TryAdd(hash, index);
            }

            if (titleKey is not null)
            {
                byTitle.TryAdd(titleKey, index);
            }
        }

        return kept;
    }

    /// <summary>Lower case, letters and digits only, single spaces: "The.Show.S01E01.720p" and "The Show S01E01 720p" agree.</summary>
    public static string NormalizeTitle(string title)
    {
        var builder = new StringBuilder(title.Length);
        var space = false;
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
