using Hearth.Indexers.Caps;

namespace Hearth.Indexers.Search;

/// <summary>
/// Standard Newznab categories (2000 Movies, 5040 TV/HD …) to the ids an indexer lists. A standard id the
/// indexer lists is sent as it is; else its parent; plus the indexer's own categories (ids of 100000 and up)
/// whose names start with the standard parent's name ("Movies HD" under Movies).
/// </summary>
public static class CategoryMapper
{
    private static readonly Dictionary<int, string> StandardParents = new()
    {
        [1000] = "Console",
        [2000] = "Movies",
        [3000] = "Audio",
        [4000] = "PC",
        [5000] = "TV",
        [6000] = "XXX",
        [7000] = "Books",
        [8000] = "Other",
    };

    public static IReadOnlyList<int> Map(IReadOnlyList<int> standard, IndexerCaps caps)
    {
        if (standard.Count == 0)
        {
            return [];
        }

        var listed = caps.AllCategories().ToList();
        var ids = listed.Select(c => c.Id).ToHashSet();
        var mapped = new SortedSet<int>();
        foreach (var category in standard)
        {
            var parent = category / 1000 * 1000;
            if (ids.Contains(category))
            {
                mapped.Add(category);
            }
            else if (ids.Contains(parent))
            {
                mapped.Add(parent);
            }

            if (StandardParents.TryGetValue(parent, out var name))
            {
                foreach (var custom in listed.Where(c => c.Id >= 100000 && c.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase)))
                {
                    mapped.Add(custom.Id);
                }
            }
        }

        return [.. mapped];
    }

    /// <summary>The standard category a result id belongs to (its own id when standard, else none).</summary>
    public static string? StandardName(int id) => StandardParents.GetValueOrDefault(id / 1000 * 1000);
}
