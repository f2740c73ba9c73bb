using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Hearth.Library.Store;

namespace Hearth.Library.Metadata;

/// <summary>
/// Writes what an item shows as a Kodi NFO (<c>&lt;movie&gt;</c>, <c>&lt;tvshow&gt;</c>, <c>&lt;episodedetails&gt;</c>),
/// the format Kodi, Jellyfin, Emby and tinyMediaManager read, so a library's metadata survives a reinstall and other
/// apps see it. Each file carries a <c>&lt;hearth&gt;</c> element: when Hearth reads it back it knows the file is
/// its own copy, not a person's NFO, whose fields would win over every later refresh.
/// </summary>
public static class NfoWriter
{
    /// <summary>The element that marks a file Hearth wrote; other readers ignore an element they do not know.</summary>
    public const string Marker = "hearth";

    public static string Movie(Item item, string? collection, DateTimeOffset written) =>
        Write(Root("movie", item, written, collection));

    public static string Show(Item item, DateTimeOffset written) => Write(Root("tvshow", item, written, null));

    /// <summary>One file's episodes: several <c>&lt;episodedetails&gt;</c> one after another for a multi-episode file, as Kodi reads them.</summary>
    public static string Episodes(IEnumerable<Item> episodes, DateTimeOffset written) =>
        Write([.. episodes.OrderBy(e => e.ParentIndexNumber).ThenBy(e => e.IndexNumber).Select(e => Episode(e, written))]);

    private static XElement Episode(Item item, DateTimeOffset written)
    {
        var root = Root("episodedetails", item, written, null);
        // Kodi's order puts the numbers after the title
        root.Element("title")!.AddAfterSelf(
            Optional("season", item.ParentIndexNumber),
            Optional("episode", item.IndexNumber),
            item.IndexNumberEnd is { } end && end != item.IndexNumber ? new XElement("episodenumberend", end) : null);
        return root;
    }

    private static XElement Root(string name, Item item, DateTimeOffset written, string? collection)
    {
        var isEpisode = name == "episodedetails";
        var root = new XElement(
            name,
            new XElement("title", item.Title),
            Optional("originaltitle", item.OriginalTitle),
            isEpisode ? null : Optional("sorttitle", item.SortTitle),
            Optional("year", item.Year),
            Optional("plot", item.Overview),
            Optional("tagline", item.Tagline),
            item.RuntimeMs is > 0 ? new XElement("runtime", (int)Math.Round(item.RuntimeMs.Value / 60_000.0)) : null,
            item.Rating is { } rating
                ? new XElement("ratings", new XElement("rating", new XAttribute("name", "default"), new XAttribute("max", 10), new XAttribute("default", "true"), new XElement("value", rating.ToString("0.#", CultureInfo.InvariantCulture))))
                : null,
            Optional("mpaa", item.OfficialRating),
            Optional(isEpisode ? "aired" : "premiered", item.Premiered),
            Split(item.Genres).Select(g => new XElement("genre", g)),
            Split(item.Studios).Select(s => new XElement("studio", s)));

        var people = item.PeopleJson is null ? [] : JsonSerializer.Deserialize(item.PeopleJson, StoreJson.Default.ListPerson) ?? [];
        root.Add(people.Where(p => p.Type == "Director").Select(p => new XElement("director", p.Name)));
        root.Add(people.Where(p => p.Type == "Writer").Select(p => new XElement("credits", p.Name)));
        root.Add(people.Where(p => p.Type == "Actor").Select((p, order) => new XElement(
            "actor",
            new XElement("name", p.Name),
            Optional("role", p.Role),
            new XElement("order", order),
            Optional("thumb", p.PhotoUrl))));

        var ids = Scanning.ItemFields.ProviderIds(item);
        var preferred = ids.ContainsKey("tmdb") ? "tmdb" : ids.Keys.Order(StringComparer.Ordinal).FirstOrDefault();
        foreach (var (provider, id) in ids.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            root.Add(new XElement("uniqueid", new XAttribute("type", provider), provider == preferred ? new XAttribute("default", "true") : null, id));
        }

        if (collection is not null)
        {
            root.Add(new XElement("set", new XElement("name", collection)));
        }

        root.Add(new XElement(Marker, new XAttribute("written", written.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture))));
        return root;
    }

    private static XElement? Optional<T>(string name, T? value) =>
        value switch
        {
            null => null,
            string s when string.IsNullOrWhiteSpace(s) => null,
            IFormattable f => new XElement(name, f.ToString(null, CultureInfo.InvariantCulture)),
            _ => new XElement(name, value),
        };

    private static IEnumerable<string> Split(string? joined) =>
        string.IsNullOrWhiteSpace(joined) ? [] : joined.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Write(params XElement[] roots)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n");
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment };
        using (var writer = XmlWriter.Create(new StringWriter(text, CultureInfo.InvariantCulture), settings))
        {
            foreach (var root in roots)
            {
                root.WriteTo(writer);
            }
        }

        return text.Append('\n').ToString();
    }
}
