using System.Globalization;
using System.Text;
using System.Xml;
using Hearth.Core.Indexers;
using Hearth.Indexers.Caps;

namespace Hearth.Indexers.Endpoint;

/// <summary>Writes Hearth's own Torznab answers: caps, RSS results with torznab:attr, and error documents.</summary>
public static class TorznabWriter
{
    public const string TorznabNamespace = "http://torznab.com/schemas/2015/feed";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    /// <summary>The standard Newznab categories, offered by the aggregate endpoint.</summary>
    public static readonly IReadOnlyList<IndexerCategory> StandardCategories =
    [
        new(1000, "Console", []),
        new(2000, "Movies", [new(2010, "Movies/Foreign", []), new(2020, "Movies/Other", []), new(2030, "Movies/SD", []), new(2040, "Movies/HD", []), new(2045, "Movies/UHD", []), new(2050, "Movies/BluRay", []), new(2060, "Movies/3D", [])]),
        new(3000, "Audio", []),
        new(4000, "PC", []),
        new(5000, "TV", [new(5020, "TV/Foreign", []), new(5030, "TV/SD", []), new(5040, "TV/HD", []), new(5045, "TV/UHD", []), new(5050, "TV/Other", []), new(5060, "TV/Sport", []), new(5070, "TV/Anime", []), new(5080, "TV/Documentary", [])]),
        new(6000, "XXX", []),
        new(7000, "Books", []),
        new(8000, "Other", []),
    ];

    /// <param name="own">The indexer's own categories, or null for the standard ones (the endpoint across all).</param>
    public static string Caps(string title, AdvertisedSearch search, IReadOnlyList<IndexerCategory>? own)
    {
        return Write(w =>
        {
            w.WriteStartElement("caps");
            w.WriteStartElement("server");
            w.WriteAttributeString("version", "1.0");
            w.WriteAttributeString("title", title);
            w.WriteEndElement();
            w.WriteStartElement("limits");
            w.WriteAttributeString("max", "1000");
            w.WriteAttributeString("default", "100");
            w.WriteEndElement();
            w.WriteStartElement("searching");
            Mode(w, "search", true, "q");
            Mode(w, "tv-search", search.Tv.Count > 0, string.Join(',', search.Tv));
            Mode(w, "movie-search", search.Movie.Count > 0, string.Join(',', search.Movie));
            w.WriteEndElement();
            w.WriteStartElement("categories");
            foreach (var category in own is { Count: > 0 } ? own : StandardCategories)
            {
                w.WriteStartElement("category");
                w.WriteAttributeString("id", category.Id.ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("name", category.Name);
                foreach (var sub in category.Subcategories)
                {
                    w.WriteStartElement("subcat");
                    w.WriteAttributeString("id", sub.Id.ToString(CultureInfo.InvariantCulture));
                    w.WriteAttributeString("name", sub.Name);
                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
        });
    }

    public static string Error(int code, string description)
    {
        return Write(w =>
        {
            w.WriteStartElement("error");
            w.WriteAttributeString("code", code.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("description", description);
            w.WriteEndElement();
        });
    }

    /// <param name="now">The date of an item whose indexer gave none: Sonarr and Radarr refuse a whole feed if one item lacks a pubDate.</param>
    public static string Results(string title, IEnumerable<IndexerRelease> releases, DateTimeOffset now)
    {
        return Write(w =>
        {
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "torznab", null, TorznabNamespace);
            w.WriteStartElement("channel");
            w.WriteElementString("title", title);
            w.WriteElementString("description", "Hearth indexer hub");
            foreach (var r in releases)
            {
                Item(w, r, now);
            }

            w.WriteEndElement();
            w.WriteEndElement();
        });
    }

    private static void Item(XmlWriter w, IndexerRelease r, DateTimeOffset now)
    {
        w.WriteStartElement("item");
        w.WriteElementString("title", r.Title);
        w.WriteElementString("guid", r.Guid ?? r.Link ?? r.MagnetUrl ?? r.Title);
        w.WriteElementString("jackettindexer", r.IndexerName);
        var download = r.Link ?? r.MagnetUrl;
        if (download is not null)
        {
            w.WriteElementString("link", download);
        }

        if (r.CommentsUrl is not null)
        {
            w.WriteElementString("comments", r.CommentsUrl);
        }

        w.WriteElementString("pubDate", (r.PublishDate ?? now).ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture));

        if (r.Size is { } size)
        {
            w.WriteElementString("size", size.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var category in r.Categories)
        {
            w.WriteElementString("category", category.ToString(CultureInfo.InvariantCulture));
        }

        if (download is not null)
        {
            w.WriteStartElement("enclosure");
            w.WriteAttributeString("url", download);
            w.WriteAttributeString("length", (r.Size ?? 0).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("type", r.Protocol == ReleaseProtocol.Usenet ? "application/x-nzb" : r.Link is null ? "application/x-bittorrent;x-scheme-handler/magnet" : "application/x-bittorrent");
            w.WriteEndElement();
        }

        foreach (var category in r.Categories)
        {
            Attr(w, "category", category.ToString(CultureInfo.InvariantCulture));
        }

        Attr(w, "size", r.Size);
        Attr(w, "seeders", r.Seeders);
        Attr(w, "peers", r.Peers);
        Attr(w, "grabs", r.Grabs);
        Attr(w, "infohash", r.InfoHash);
        Attr(w, "magneturl", r.MagnetUrl);
        Attr(w, "downloadvolumefactor", r.DownloadVolumeFactor);
        Attr(w, "uploadvolumefactor", r.UploadVolumeFactor);
        Attr(w, "minimumratio", r.MinimumRatio);
        Attr(w, "minimumseedtime", r.MinimumSeedTime);
        // Sonarr and Radarr read the IMDb id from "imdb" (digits), Torznab's own name; "imdbid" is kept for others
        Attr(w, "imdb", Search.QueryBuilder.ImdbDigits(r.ImdbId));
        Attr(w, "imdbid", r.ImdbId);
        Attr(w, "tvdbid", r.TvdbId);
        Attr(w, "tmdbid", r.TmdbId);
        Attr(w, "tvmazeid", r.TvMazeId);
        w.WriteEndElement();
    }

    // into UTF-8 bytes, so the declaration says utf-8 as the response does (a StringBuilder would make it utf-16)
    private static string Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, Settings))
        {
            body(w);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Mode(XmlWriter w, string name, bool available, string parameters)
    {
        w.WriteStartElement(name);
        w.WriteAttributeString("available", available ? "yes" : "no");
        w.WriteAttributeString("supportedParams", parameters);
        w.WriteEndElement();
    }

    private static void Attr<T>(XmlWriter w, string name, T? value)
    {
        if (value is null)
        {
            return;
        }

        w.WriteStartElement("attr", TorznabNamespace);
        w.WriteAttributeString("name", name);
        w.WriteAttributeString("value", Convert.ToString(value, CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }
}
