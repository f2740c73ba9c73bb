using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Hearth.Library.Metadata;

/// <summary>
/// Reads Kodi-style NFO files as they exist in real libraries: with or without a BOM, in UTF-8 or
/// Latin-1, with a provider link after the closing tag or as the only content, and with several
/// &lt;episodedetails&gt; roots for a multi-episode file. DTDs are never processed.
/// </summary>
public static partial class NfoReader
{
    public static NfoMetadata Read(string path) => ReadAll(path)[0];

    public static IReadOnlyList<NfoMetadata> ReadAll(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NfoException($"The NFO '{path}' cannot be read: {e.Message}", e);
        }

        return ParseAll(Decode(bytes));
    }

    public static NfoMetadata Parse(string xml) => ParseAll(xml)[0];

    /// <summary>Every recognised root in the text, in order; several for a multi-episode file.</summary>
    public static IReadOnlyList<NfoMetadata> ParseAll(string xml)
    {
        var text = xml.TrimStart('\uFEFF');
        var first = text.IndexOf('<', StringComparison.Ordinal);
        var last = text.LastIndexOf('>');
        var urlIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var outside = first < 0 || last < first ? text : text[..first] + "\n" + text[(last + 1)..];
        var urlKind = ProviderUrls.Extract(outside, urlIds);

        if (first < 0 || last < first)
        {
            if (urlIds.Count == 0)
            {
                throw new NfoException("The NFO holds neither XML nor an IMDb, TMDB or TheTVDB link.");
            }

            // Kodi's "URL only" NFO: the scraper looks the title up by these ids
            return [new NfoMetadata { Kind = urlKind ?? NfoKind.Movie, ProviderIds = urlIds }];
        }

        // a fragment cannot carry declarations, and a DOCTYPE is never honoured (no entity expansion)
        var body = PrologRegex().Replace(text[first..(last + 1)], "");
        var results = new List<NfoMetadata>();
        var roots = new List<string>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(body), Settings());
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                var element = (XElement)XNode.ReadFrom(reader);
                roots.Add(element.Name.LocalName);
                if (NfoElementMapper.Map(element, urlIds) is { } metadata)
                {
                    results.Add(metadata);
                }
            }
        }
        catch (XmlException e)
        {
            throw new NfoException($"The NFO is not well-formed XML (line {e.LineNumber}): {e.Message}", e);
        }

        if (results.Count == 0)
        {
            var found = roots.Count == 0 ? "no element" : "<" + string.Join(">, <", roots) + ">";
            throw new NfoException($"The NFO has {found} where <movie>, <tvshow>, <season> or <episodedetails> was expected.");
        }

        return results;
    }

    private static XmlReaderSettings Settings() => new()
    {
        ConformanceLevel = ConformanceLevel.Fragment,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CheckCharacters = false,
    };

    /// <summary>UTF-8 (or the BOM's encoding) when the bytes are valid, else Latin-1 as older tools wrote.</summary>
    private static string Decode(byte[] bytes)
    {
        using var detector = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        try
        {
            return detector.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>|<!DOCTYPE(?:[^\[>]|\[[^\]]*\])*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrologRegex();
}
