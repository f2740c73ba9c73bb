using Hearth.Library.Store;

namespace Hearth.Library.Items;

/// <summary>The orders a browse can take; <see cref="ItemQuery"/> keeps the native API's smaller set.</summary>
public enum BrowseSort
{
    Title,
    DateAdded,
    Premiered,
    Year,
    Rating,
    Runtime,
    Random,
    DatePlayed,
    Index,
}

/// <summary>
/// A richer list request than the native API's, for protocol edges (Jellyfin's <c>/Items</c>): several kinds at
/// once, descendants of a show, genres, years, ids, resumable, and sorts by several keys. Empty lists filter nothing.
/// </summary>
public sealed record BrowseQuery
{
    public Guid? LibraryId { get; init; }

    /// <summary>A show or season whose children (or, <see cref="Recursive"/>, descendants) are listed.</summary>
    public Guid? ParentId { get; init; }

    /// <summary>Everything under the parent or library, not only its first level.</summary>
    public bool Recursive { get; init; }

    public IReadOnlyCollection<ItemKind> Kinds { get; init; } = [];

    public IReadOnlyCollection<ItemKind> ExcludeKinds { get; init; } = [];

    public string? Search { get; init; }

    public IReadOnlyCollection<string> Genres { get; init; } = [];

    public IReadOnlyCollection<int> Years { get; init; } = [];

    public IReadOnlyCollection<Guid> Ids { get; init; } = [];

    /// <summary>Episodes of one season by its number (a show's season 2), when the season's id is not known.</summary>
    public int? ParentIndexNumber { get; init; }

    public bool? Played { get; init; }

    public bool? Favourite { get; init; }

    /// <summary>Started and not finished.</summary>
    public bool? Resumable { get; init; }

    /// <summary>Shows and seasons (true) or playable items (false).</summary>
    public bool? Folder { get; init; }

    public IReadOnlyList<(BrowseSort Sort, bool Descending)> Sorts { get; init; } = [];

    public int Offset { get; init; }

    public int Limit { get; init; } = 100;
}

/// <summary>A page of <see cref="ItemQueries.BrowseAsync"/>: the summaries in order, and each item's whole row by id.</summary>
public sealed record BrowsePage(IReadOnlyList<ItemSummary> Items, int Total, int Offset, IReadOnlyDictionary<Guid, Item> Rows);
