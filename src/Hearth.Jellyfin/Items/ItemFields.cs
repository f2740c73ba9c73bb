namespace Hearth.Jellyfin.Items;

/// <summary>
/// The optional fields a request asks for (<c>Fields=Overview,Genres,…</c>) and whether it wants user data and image
/// tags. Lists carry the cheap fields always and the costly ones (overview, credits, media sources) when asked; a
/// single item carries all.
/// </summary>
internal sealed record ItemFields(IReadOnlySet<string> Names, bool All, bool UserData, bool Images, IReadOnlySet<string>? ImageTypes)
{
    public static ItemFields Everything { get; } = new(new HashSet<string>(), true, true, true, null);

    public bool Has(string field) => All || Names.Contains(field);

    public bool WantsImage(string type) => Images && (ImageTypes is null || ImageTypes.Contains(type));

    public static ItemFields From(JellyfinQuery query)
    {
        var names = query.List("Fields").ToHashSet(StringComparer.OrdinalIgnoreCase);
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
