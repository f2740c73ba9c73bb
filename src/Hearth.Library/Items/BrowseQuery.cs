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
/// The longer text columns of an item's row. A browse reads the ones asked for and leaves the others empty: a page
/// of a hundred items that shows no credits should not read and decode a hundred casts.
/// </summary>
[Flags]
public enum BrowseText
{
    None = 0,
    OriginalTitle = 1 << 0,
    SortTitle = 1 << 1,
    Overview = 1 << 2,
    Tagline = 1 << 3,
    Genres = 1 << 4,
    Studios = 1 << 5,
    People = 1 << 6,
    ProviderIds = 1 << 7,
    All = (1 << 8) - 1,
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

    /// <summary>Which long text columns the page's rows carry; the others are null (the key empty).</summary>
    public BrowseText Text { get; init; } = BrowseText.All;
}

/// <summary>A page of <see cref="ItemQueries.BrowseAsync"/>: the summaries in order, and each item's whole row by id.</summary>
public sealed record BrowsePage(IReadOnlyList<ItemSummary> Items, int Total, int Offset, IReadOnlyDictionary<Guid, Item> Rows);

/// <summary>A page of <see cref="ItemQueries.BrowseIdsAsync"/>: the items' ids in order, and the listing's total.</summary>
public sealed record BrowseIds(IReadOnlyList<Guid> Ids, int Total, int Offset);
