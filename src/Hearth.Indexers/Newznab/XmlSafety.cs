using System.Xml;

namespace Hearth.Indexers.Newznab;

/// <summary>Reader settings for XML from indexers: no DTDs, no external entities, nothing fetched.</summary>
internal static class XmlSafety
{
    public static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        MaxCharactersFromEntities = 1024,
        CheckCharacters = false,
        CloseInput = false,
    };
}
