using Hearth.Jellyfin.Json;
using Hearth.Library.Items;
using Hearth.Library.Libraries;
using Microsoft.AspNetCore.Http;

namespace Hearth.Jellyfin.Items;

/// <summary>
/// Jellyfin's <c>/Items</c> query as a library browse. <c>Nothing</c> is set when the request can only match nothing
/// (types or media Hearth has not, an id that is no id); <c>Problem</c> when a number is malformed or negative.
/// </summary>
internal sealed record BrowseRequest(BrowseQuery Query, bool Nothing, IResult? Problem)
{
    /// <summary>Default page size when a client names none; the library clamps what it is asked to 500.</summary>
    public const int DefaultLimit = 100;

    public static BrowseRequest From(JellyfinQuery q, IReadOnlyList<LibraryDto> visibleLibraries)
    {
        var query = new BrowseQuery();
        if (!q.TryInt("StartIndex", out var start) || !q.TryInt("Limit", out var limit) || start < 0 || limit < 0)
        {
            return new(query, true, JellyfinJson.BadRequest("StartIndex and Limit are whole numbers, 0 or more."));
        }

        var nothing = false;
        var (kinds, unknownKinds) = q.Kinds("IncludeItemTypes");
        var (excluded, _) = q.Kinds("ExcludeItemTypes");
        nothing |= unknownKinds || q.OnlyOtherMedia();

        Guid? libraryId = null;
        Guid? parentId = null;
        if (q.Text("ParentId") is { } parentText)
        {
            if (!JellyfinIds.TryParse(parentText, out var parent))
            {
                nothing = true;
            }
            else if (visibleLibraries.Any(l => l.Id == parent))
            {
                // a view's id is its library's: the library's top level, or all of it when recursive
                libraryId = parent;
            }
            else
            {
                parentId = parent;
            }
        }

        var ids = q.List("Ids");
        var parsedIds = ids.Select(t => JellyfinIds.TryParse(t, out var id) ? id : (Guid?)null).OfType<Guid>().ToList();
        nothing |= ids.Count > 0 && parsedIds.Count == 0;
        var years = q.List("Years").Select(y => int.TryParse(y, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : (int?)null).OfType<int>().ToList();
        var filters = q.List("Filters").ToHashSet(StringComparer.OrdinalIgnoreCase);

        query = query with
        {
            LibraryId = libraryId,
            ParentId = parentId,
            Recursive = q.Bool("Recursive") == true,
            Kinds = kinds,
            ExcludeKinds = excluded,
            Search = q.Text("SearchTerm") ?? q.Text("NameStartsWith"),
            Genres = q.List("Genres", '|', ','),
            Years = years,
            Ids = parsedIds,
            Played = filters.Contains("IsPlayed") ? true : filters.Contains("IsUnplayed") ? false : q.Bool("IsPlayed"),
            Favourite = filters.Contains("IsFavorite") || filters.Contains("IsFavoriteOrLikes") ? true : q.Bool("IsFavorite"),
            Resumable = filters.Contains("IsResumable") ? true : null,
            Folder = filters.Contains("IsFolder") ? true : filters.Contains("IsNotFolder") ? false : q.Bool("IsFolder"),
            ParentIndexNumber = q.TryInt("ParentIndexNumber", out var season) ? season : null,
            Sorts = Sorts(q),
            Offset = start ?? 0,
            Limit = limit ?? DefaultLimit,
        };
        return new(query, nothing, null);
    }

    /// <summary>SortBy and SortOrder, each a list; one order applies to every key, as in Jellyfin. Unknown keys are skipped.</summary>
    public static IReadOnlyList<(BrowseSort, bool)> Sorts(JellyfinQuery q)
    {
        var orders = q.List("SortOrder").Select(o => o.Equals("Descending", StringComparison.OrdinalIgnoreCase)).ToList();
        var sorts = new List<(BrowseSort, bool)>();
        foreach (var (name, i) in q.List("SortBy").Select((n, i) => (n, i)))
        {
            var desc = i < orders.Count ? orders[i] : orders.Count > 0 && orders[0];
            if (SortOf(name) is { } sort)
            {
                sorts.Add((sort, desc));
            }
        }

        return sorts;
    }

    private static BrowseSort? SortOf(string name) => name.ToLowerInvariant() switch
    {
        "sortname" or "name" or "seriessortname" => BrowseSort.Title,
        "datecreated" => BrowseSort.DateAdded,
        "premieredate" => BrowseSort.Premiered,
        "productionyear" => BrowseSort.Year,
        "communityrating" or "criticrating" => BrowseSort.Rating,
        "runtime" => BrowseSort.Runtime,
        "random" => BrowseSort.Random,
        "dateplayed" or "datelastcontentadded" => name.Equals("dateplayed", StringComparison.OrdinalIgnoreCase) ? BrowseSort.DatePlayed : BrowseSort.DateAdded,
        "indexnumber" or "parentindexnumber" or "airedepisodeorder" => BrowseSort.Index,
        _ => null,
    };
}
