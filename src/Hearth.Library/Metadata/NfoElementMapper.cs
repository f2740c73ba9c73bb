using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Hearth.Library.Metadata;

/// <summary>Maps one NFO root element to <see cref="NfoMetadata"/>, ignoring what it does not know.</summary>
internal static partial class NfoElementMapper
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy-MM-dd HH:mm:ss", "dd.MM.yyyy"];

    /// <summary>The metadata of a known root (movie, tvshow, season, episodedetails); null for any other.</summary>
    public static NfoMetadata? Map(XElement root, IReadOnlyDictionary<string, string> urlIds)
    {
        NfoKind? kind = root.Name.LocalName.ToLowerInvariant() switch
        {
            "movie" => NfoKind.Movie,
            "tvshow" => NfoKind.Show,
            "season" => NfoKind.Season,
            "episodedetails" => NfoKind.Episode,
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }

        var premiered = Date(Text(root, "premiered")) ?? Date(Text(root, "aired")) ?? Date(Text(root, "releasedate"));
        return new NfoMetadata
        {
            Kind = kind.Value,
            Title = Text(root, "title"),
            OriginalTitle = Text(root, "originaltitle"),
            SortTitle = Text(root, "sorttitle"),
            ShowTitle = Text(root, "showtitle"),
            Year = Integer(Text(root, "year")) ?? premiered?.Year,
            Plot = Text(root, "plot"),
            Outline = Text(root, "outline"),
            Tagline = Text(root, "tagline"),
            RuntimeMinutes = Integer(Text(root, "runtime")),
            Rating = Rating(root),
            Mpaa = Text(root, "mpaa"),
            Premiered = premiered,
            Season = Integer(Text(root, "season")) ?? Integer(Text(root, "seasonnumber")),
            Episode = Integer(Text(root, "episode")),
            Genres = List(root, splitLists: true, "genre"),
            Studios = List(root, splitLists: false, "studio"),
            Directors = List(root, splitLists: false, "director"),
            Writers = List(root, splitLists: false, "credits", "writer"),
            Tags = List(root, splitLists: false, "tag"),
            Cast = Cast(root),
            ProviderIds = ProviderIds(root, urlIds),
            WrittenByHearth = Children(root, NfoWriter.Marker).Any(),
        };
    }

    private static IEnumerable<XElement> Children(XElement parent, string name) =>
        parent.Elements().Where(e => e.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static string? Text(XElement parent, string name)
    {
        foreach (var child in Children(parent, name))
        {
            var value = child.Value.Trim();
            if (value.Length > 0)
            {
                return value;
            }
        }

        return null;
    }

    private static int? Integer(string? text)
    {
        // "120 min", "7 " and "" all occur; take the leading number
        var match = text is null ? null : LeadingNumberRegex().Match(text);
        return match is { Success: true } && int.TryParse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private static double? Number(string? text) =>
        text is not null && double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static DateOnly? Date(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact)
            ? DateOnly.FromDateTime(exact)
            : null;
    }

    private static double? Rating(XElement root)
    {
        var ratings = Children(root, "ratings").SelectMany(r => Children(r, "rating")).ToList();
        var chosen = ratings.FirstOrDefault(r => string.Equals((string?)r.Attribute("default"), "true", StringComparison.OrdinalIgnoreCase))
            ?? ratings.FirstOrDefault();
        if (chosen is not null && Number(Text(chosen, "value")) is { } value)
        {
            // sources such as Rotten Tomatoes rate out of 100; the model keeps Kodi's 0–10
            var max = Number((string?)chosen.Attribute("max")) ?? 10;
            return max > 0 && Math.Abs(max - 10) > double.Epsilon ? Math.Round(value * 10 / max, 2) : value;
        }

        return Number(Text(root, "rating"));
    }

    private static IReadOnlyList<string> List(XElement root, bool splitLists, params string[] names)
    {
        var values = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            foreach (var child in Children(root, name))
            {
                // some tools write one "Action / Comedy" element instead of one element per genre
                var parts = splitLists ? child.Value.Split(['/', '|'], StringSplitOptions.TrimEntries) : [child.Value.Trim()];
                values.AddRange(parts.Where(p => p.Length > 0 && seen.Add(p)));
            }
        }

        return values;
    }

    private static IReadOnlyList<NfoPerson> Cast(XElement root) =>
        [.. Children(root, "actor")
            .Select(a => (Name: Text(a, "name"), Actor: a))
            .Where(a => a.Name is not null)
            .Select(a => new NfoPerson(a.Name!, Text(a.Actor, "role"), Integer(Text(a.Actor, "order")), Text(a.Actor, "thumb")))];

    private static Dictionary<string, string> ProviderIds(XElement root, IReadOnlyDictionary<string, string> urlIds)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var unique in Children(root, "uniqueid"))
        {
            var type = ((string?)unique.Attribute("type"))?.Trim().ToLowerInvariant() switch
            {
                "themoviedb" => "tmdb",
                "thetvdb" => "tvdb",
                var other => other,
            };
            var value = unique.Value.Trim();
            if (!string.IsNullOrEmpty(type) && value.Length > 0)
            {
                ids.TryAdd(type, value);
            }
        }

        AddIfPresent(ids, "imdb", Text(root, "imdbid") ?? Text(root, "imdb_id") ?? Text(root, "imdb"));
        AddIfPresent(ids, "tmdb", Text(root, "tmdbid") ?? Text(root, "tmdb"));
        AddIfPresent(ids, "tvdb", Text(root, "tvdbid") ?? Text(root, "tvdb"));
        if (Text(root, "id") is { } id && ImdbIdRegex().IsMatch(id))
        {
            ids.TryAdd("imdb", id);
        }

        foreach (var (name, value) in urlIds)
        {
            ids.TryAdd(name, value);
        }

        return ids;
    }

    private static void AddIfPresent(Dictionary<string, string> ids, string name, string? value)
    {
        if (value is not null)
        {
            ids.TryAdd(name, value);
        }
    }

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingNumberRegex();

    [GeneratedRegex(@"^tt\d{6,9}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImdbIdRegex();
}
