using Hearth.Library.Items;

namespace Hearth.Jellyfin.Items;

/// <summary>The optional fields of <c>BaseItemDto</c> that Hearth writes when asked (<c>Fields=Overview,Genres,…</c>).</summary>
[Flags]
internal enum Field : long
{
    None = 0,
    OriginalTitle = 1L << 0,
    SortName = 1L << 1,
    DateCreated = 1L << 2,
    ParentId = 1L << 3,
    Overview = 1L << 4,
    Taglines = 1L << 5,
    Genres = 1L << 6,
    Studios = 1L << 7,
    People = 1L << 8,
    ProviderIds = 1L << 9,
    PlayAccess = 1L << 10,
    Width = 1L << 11,
    Height = 1L << 12,
    IsHD = 1L << 13,
    ChildCount = 1L << 14,
    PrimaryImageAspectRatio = 1L << 15,
    LocalTrailerCount = 1L << 16,
    RemoteTrailers = 1L << 17,
    Chapters = 1L << 18,
    Tags = 1L << 19,
    ExternalUrls = 1L << 20,
    Settings = 1L << 21,
    MediaSources = 1L << 22,
    MediaStreams = 1L << 23,
}

/// <summary>
/// The optional fields a request asks for (<c>Fields=Overview,Genres,…</c>) and whether it wants user data and image
/// tags. Lists carry the cheap fields always and the costly ones (overview, credits, media sources) when asked; a
/// single item carries all. Fields Hearth does not write are ignored, as Jellyfin ignores names it does not know.
/// </summary>
internal sealed record ItemFields(Field Names, bool All, bool UserData, bool Images, IReadOnlySet<string>? ImageTypes)
{
    public static ItemFields Everything { get; } = new(Field.None, true, true, true, null);

    /// <summary>Names, numbers and artwork, without user data (the rows a search hint or a similar list shows).</summary>
    public static ItemFields Bare { get; } = new(Field.None, false, false, true, null);

    public bool Has(Field field) => All || (Names & field) != 0;

    public bool WantsImage(string type) => Images && (ImageTypes is null || ImageTypes.Contains(type));

    /// <summary>
    /// Whether lists' DTOs of these fields may be kept between requests (<see cref="ItemJsonCache"/>): media sources are
    /// the playback context's, read fresh.
    /// </summary>
    public bool Keepable => !Has(Field.MediaSources) && !Has(Field.MediaStreams);

    /// <summary>What a kept DTO was made for: the same fields and pictures make the same DTO.</summary>
    public string Shape => $"{(All ? "all" : ((long)Names).ToString(System.Globalization.CultureInfo.InvariantCulture))}|{Images}|{(ImageTypes is null ? "*" : string.Join(',', ImageTypes.Order(StringComparer.OrdinalIgnoreCase)))}";

    /// <summary>The text columns a browse must read for these fields; the rest stay in the database.</summary>
    public BrowseText Text =>
        All ? BrowseText.All
        : (Has(Field.OriginalTitle) ? BrowseText.OriginalTitle : 0)
        | (Has(Field.SortName) ? BrowseText.SortTitle : 0)
        | (Has(Field.Overview) ? BrowseText.Overview : 0)
        | (Has(Field.Taglines) ? BrowseText.Tagline : 0)
        | (Has(Field.Genres) ? BrowseText.Genres : 0)
        | (Has(Field.Studios) ? BrowseText.Studios : 0)
        | (Has(Field.People) ? BrowseText.People : 0)
        | (Has(Field.ProviderIds) ? BrowseText.ProviderIds : 0);

    public static ItemFields From(JellyfinQuery query)
    {
        var names = Field.None;
        foreach (var name in query.List("Fields"))
        {
            if (Enum.TryParse<Field>(name, ignoreCase: true, out var field) && !int.TryParse(name, out _))
            {
                names |= field;
            }
        }

        var types = query.List("EnableImageTypes");
        var images = query.Bool("EnableImages") != false && query.Text("ImageTypeLimit") != "0";
        return new ItemFields(
            names,
            false,
            query.Bool("EnableUserData") != false,
            images,
            types.Count == 0 ? null : types.ToHashSet(StringComparer.OrdinalIgnoreCase));
    }
}
