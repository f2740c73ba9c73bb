using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Hearth.Core.Indexers;
using Hearth.Indexers.Newznab;

namespace Hearth.Indexers.Caps;

/// <summary>Reads a <c>t=caps</c> answer: the search modes and their parameters, the categories, the limits.</summary>
public static class CapsParser
{
    // older Newznab servers leave supportedParams out; these are what such servers answered
    private static readonly Dictionary<string, string[]> DefaultParams = new(StringComparer.OrdinalIgnoreCase)
    {
        [IndexerCaps.Search] = ["q"],
        [IndexerCaps.TvSearch] = ["q", "season", "ep"],
        [IndexerCaps.MovieSearch] = ["q", "imdbid"],
    };

    /// <exception cref="IndexerException">When the answer is an error document or not a caps document.</exception>
    public static IndexerCaps Parse(Stream stream)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(stream, XmlSafety.Settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new IndexerException(IndexerOutcome.NotTorznab, $"The answer to t=caps is not XML ({e.Message}).");
        }

        var root = document.Root!;
        if (root.Name.LocalName == "error")
        {
            throw NewznabError.FromAttributes((string?)root.Attribute("code"), (string?)root.Attribute("description")).ToException();
        }

        if (root.Name.LocalName != "caps")
        {
            throw new IndexerException(IndexerOutcome.NotTorznab, $"The answer to t=caps is a <{root.Name.LocalName}> document, not Torznab/Newznab capabilities.");
        }

        var limits = root.Element("limits");
        var modes = new Dictionary<string, SearchMode>(StringComparer.OrdinalIgnoreCase);
        foreach (var mode in root.Element("searching")?.Elements() ?? [])
        {
            var available = string.Equals((string?)mode.Attribute("available"), "yes", StringComparison.OrdinalIgnoreCase);
            var supported = (string?)mode.Attribute("supportedParams");
            var parameters = supported is null
                ? DefaultParams.GetValueOrDefault(mode.Name.LocalName, ["q"])
                : supported.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            modes[mode.Name.LocalName] = new SearchMode(available, parameters.Select(p => p.ToLowerInvariant()).ToArray());
        }

        var categories = (root.Element("categories")?.Elements("category") ?? [])
            .Select(c => Category(c, c.Elements("subcat").Select(s => Category(s, [])).OfType<IndexerCategory>().ToList()))
            .OfType<IndexerCategory>()
            .ToList();
        return new IndexerCaps(
            (string?)root.Element("server")?.Attribute("title"),
            Int((string?)limits?.Attribute("max")),
            Int((string?)limits?.Attribute("default")),
            modes,
            categories);
    }

    private static IndexerCategory? Category(XElement element, IReadOnlyList<IndexerCategory> subcategories) =>
        Int((string?)element.Attribute("id")) is { } id ? new IndexerCategory(id, (string?)element.Attribute("name") ?? id.ToString(CultureInfo.InvariantCulture), subcategories) : null;

    private static int? Int(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
