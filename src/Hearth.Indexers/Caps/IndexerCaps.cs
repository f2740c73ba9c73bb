namespace Hearth.Indexers.Caps;

/// <summary>One search function of an indexer (search, tv-search, movie-search …) and the parameters it takes.</summary>
public sealed record SearchMode(bool Available, IReadOnlyList<string> SupportedParams)
{
    public bool Supports(string parameter) => Available && SupportedParams.Contains(parameter, StringComparer.OrdinalIgnoreCase);
}

public sealed record IndexerCategory(int Id, string Name, IReadOnlyList<IndexerCategory> Subcategories);

/// <summary>What an indexer said about itself in answer to <c>t=caps</c>.</summary>
public sealed record IndexerCaps(
    string? ServerTitle,
    int? LimitMax,
    int? LimitDefault,
    IReadOnlyDictionary<string, SearchMode> Modes,
    IReadOnlyList<IndexerCategory> Categories)
{
    public const string Search = "search";
    public const string TvSearch = "tv-search";
    public const string MovieSearch = "movie-search";

    public SearchMode Mode(string name) => Modes.TryGetValue(name, out var mode) ? mode : new SearchMode(false, []);

    /// <summary>Every category id the indexer lists, parents and subcategories.</summary>
    public IEnumerable<IndexerCategory> AllCategories() =>
        Categories.SelectMany(c => c.Subcategories.Prepend(c));
}
