namespace Hearth.Library.Metadata.Store;

/// <summary>
/// The names of the item fields that locks, NFO records and provider records speak of: the camelCase names the
/// API uses, so a client's <c>"unlock": ["overview"]</c> is the stored word.
/// </summary>
public static class MetadataFields
{
    public const string Title = "title";
    public const string SortTitle = "sortTitle";
    public const string OriginalTitle = "originalTitle";
    public const string Year = "year";
    public const string Overview = "overview";
    public const string Tagline = "tagline";
    public const string Genres = "genres";
    public const string Studios = "studios";
    public const string Rating = "rating";
    public const string OfficialRating = "officialRating";
    public const string Premiered = "premiered";
    public const string People = "people";
    public const string Runtime = "runtime";
    public const string Poster = "poster";
    public const string Backdrop = "backdrop";
    public const string Logo = "logo";
    public const string Thumb = "thumb";

    /// <summary>Every field that can be locked or unlocked.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Title, SortTitle, OriginalTitle, Year, Overview, Tagline, Genres, Studios, Rating, OfficialRating, Premiered, People, Runtime, Poster, Backdrop, Logo, Thumb,
    };

    /// <summary>The stored name of a field as a client may spell it (any case), or null when there is no such field.</summary>
    public static string? Parse(string? name) =>
        name is null ? null : All.FirstOrDefault(f => string.Equals(f, name.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>A set of field names as stored in one column ('|'-joined, sorted, null when empty).</summary>
public sealed class FieldSet
{
    private readonly SortedSet<string> names;

    private FieldSet(IEnumerable<string> names) => this.names = new SortedSet<string>(names, StringComparer.Ordinal);

    public static FieldSet Empty => new([]);

    public static FieldSet Parse(string? stored) =>
        new(string.IsNullOrEmpty(stored) ? [] : stored.Split('|', StringSplitOptions.RemoveEmptyEntries));

    public IReadOnlyCollection<string> Names => names;

    public bool Has(string field) => names.Contains(field);

    public void Add(string field) => names.Add(field);

    public void Remove(string field) => names.Remove(field);

    /// <summary>The column's value: null for none, so an untouched row stays small.</summary>
    public string? Stored() => names.Count == 0 ? null : string.Join('|', names);
}
