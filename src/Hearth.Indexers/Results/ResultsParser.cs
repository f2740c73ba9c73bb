using System.Globalization;
using System.Xml;
using Hearth.Core.Indexers;
using Hearth.Indexers.Newznab;

namespace Hearth.Indexers.Results;

/// <summary>
/// Reads RSS with Torznab/Newznab attributes in one forward pass (XmlReader, never a whole DOM). A broken
/// item is skipped and counted; broken XML ends the read with the items so far. It never throws.
/// </summary>
public static class ResultsParser
{
    public static ParsedResults Parse(Stream stream)
    {
        var items = new List<IndexerRelease>();
        var skipped = 0;
        int? total = null, offset = null;
        XmlReader? reader = null;
        try
        {
            reader = XmlReader.Create(stream, XmlSafety.Settings);
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                return new ParsedResults(items, 0, null, null, null, "The answer is empty or not XML.");
            }

            switch (reader.LocalName)
            {
                case "error":
                    return new ParsedResults(items, 0, null, null, NewznabError.FromAttributes(reader.GetAttribute("code"), reader.GetAttribute("description")), null);
                case "rss":
                    break;
                default:
                    return new ParsedResults(items, 0, null, null, null, $"The answer is a <{reader.LocalName}> document, not Torznab/Newznab RSS.");
            }

            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "item")
                {
                    if (!ReadItem(reader, items))
                    {
                        skipped++;
                    }

                    if (reader.ReadState == ReadState.Error)
                    {
                        break;
                    }
                }
                else if (reader.LocalName == "response")
                {
                    offset = Int(reader.GetAttribute("offset"));
                    total = Int(reader.GetAttribute("total"));
                }
            }
        }
        catch (XmlException e)
        {
            // broken XML past some good items: keep those, count the rest as one skipped item
            if (items.Count == 0 && reader?.Depth is null or 0)
            {
                return new ParsedResults(items, skipped, total, offset, null, $"The answer is not well-formed XML ({e.Message}).");
            }

            skipped++;
        }
        finally
        {
            reader?.Dispose();
        }

        return new ParsedResults(items, skipped, total, offset, null, null);
    }

    private static bool ReadItem(XmlReader outer, List<IndexerRelease> items)
    {
        var item = new ItemFields();
        try
        {
            using (var reader = outer.ReadSubtree())
            {
                // ReadState, not EOF: a reader that met broken XML is in Error, where Read() answers false for ever
                var more = reader.Read() && reader.Read();
                while (more && reader.ReadState == ReadState.Interactive)
                {
                    // a text field leaves the reader on the node after it; anything else moves on by one
                    if (reader.NodeType != XmlNodeType.Element || !ReadField(reader, ref item))
                    {
                        more = reader.Read();
                    }
                }
            }
        }
        catch (XmlException) when (outer.ReadState != ReadState.Error)
        {
            // a field the reader could not take as text (an element inside <title>, say): only this item is lost
            return false;
        }

        var release = item.ToRelease();
        if (release is null)
        {
            return false;
        }

        items.Add(release);
        return true;
    }

    /// <returns>Whether the field's text was read (and the reader moved past it).</returns>
    private static bool ReadField(XmlReader reader, ref ItemFields item)
    {
        switch (reader.LocalName)
        {
            case "title":
                item.Title = Text(reader);
                return true;
            case "guid":
                item.Guid = Text(reader);
                return true;
            case "link":
                item.Link = Text(reader);
                return true;
            case "comments":
                item.Comments = Text(reader);
                return true;
            case "pubDate":
                item.PublishDate = RssDate.Parse(Text(reader));
                return true;
            case "size":
                // read the text first: ??= would skip the read (and the reader's advance) once a size is known
                var size = Long(Text(reader));
                item.Size ??= size;
                return true;
            case "enclosure":
                item.EnclosureUrl ??= reader.GetAttribute("url");
                item.EnclosureLength ??= Long(reader.GetAttribute("length"));
                return false;
            case "attr":
                item.Attribute(reader.GetAttribute("name"), reader.GetAttribute("value"));
                return false;
            default:
                return false;
        }
    }

    private static string Text(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        return reader.ReadElementContentAsString().Trim();
    }

    internal static int? Int(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    internal static long? Long(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= 0 ? number : null;

    internal static double? Double(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;
}
