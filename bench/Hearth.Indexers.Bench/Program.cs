using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Hearth.Indexers.Results;

if (args.Contains("--size"))
{
    var bytes = ParseResponse.Response(1000);
    Console.WriteLine($"{bytes.Length:N0} bytes, {ResultsParser.Parse(new MemoryStream(bytes)).Items.Count} items parsed");
    return;
}

BenchmarkRunner.Run<ParseResponse>(args: args);

/// <summary>
/// Parses one Torznab response of 1,000 items (about 1.4 MB, every item with the fields and attributes a
/// Jackett or Prowlarr answer carries). The references read the same bytes with XDocument.Load (a whole DOM,
/// what a simple client does) and with a bare XmlReader pass that reads every node and builds nothing.
/// </summary>
[MemoryDiagnoser]
public class ParseResponse
{
    private byte[] response = [];

    [GlobalSetup]
    public void Setup() => response = Response(1000);

    [Benchmark]
    public int ResultsParserParse() => ResultsParser.Parse(new MemoryStream(response)).Items.Count;

    [Benchmark(Baseline = true)]
    public int XDocumentLoad()
    {
        var document = XDocument.Load(new MemoryStream(response));
        return document.Root!.Elements().Count();
    }

    [Benchmark]
    public int XmlReaderOnly()
    {
        using var reader = XmlReader.Create(new MemoryStream(response));
        var nodes = 0;
        while (reader.Read())
        {
            nodes++;
        }

        return nodes;
    }

    public static byte[] Response(int items)
    {
        var random = new Random(42);
        var xml = new StringBuilder();
        xml.Append("""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:torznab="http://torznab.com/schemas/2015/feed"><channel><atom:link href="https://tracker.example/api" rel="self" type="application/rss+xml" /><title>Example Tracker</title><description>Example Tracker search results</description><link>https://tracker.example/</link><language>en-US</language>""");
        xml.Append('\n');
        var date = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < items; i++)
        {
            var hash = Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64())) + Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64())) + Convert.ToHexStringLower(BitConverter.GetBytes(random.Next()));
            var size = random.NextInt64(100_000_000, 60_000_000_000);
            var title = $"Show.Title.{i % 7}.S{i % 12 + 1:D2}E{i % 24 + 1:D2}.{(i % 3 == 0 ? "2160p" : "1080p")}.WEB-DL.DDP5.1.H.264-GRP{i % 50}";
            var when = date.AddMinutes(-i * 17).ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
            xml.Append(CultureInfo.InvariantCulture, $"""
                <item>
                  <title>{title}</title>
                  <guid>https://tracker.example/details.php?id={100000 + i}</guid>
                  <comments>https://tracker.example/details.php?id={100000 + i}#comments</comments>
                  <pubDate>{when}</pubDate>
                  <size>{size}</size>
                  <grabs>{random.Next(5000)}</grabs>
                  <link>https://tracker.example/download.php?id={100000 + i}&amp;passkey=0123456789abcdef0123456789abcdef</link>
                  <category>5040</category>
                  <category>100041</category>
                  <enclosure url="https://tracker.example/download.php?id={100000 + i}&amp;passkey=0123456789abcdef0123456789abcdef" length="{size}" type="application/x-bittorrent" />
                  <torznab:attr name="category" value="5040" />
                  <torznab:attr name="category" value="100041" />
                  <torznab:attr name="seeders" value="{random.Next(2000)}" />
                  <torznab:attr name="peers" value="{random.Next(2500)}" />
                  <torznab:attr name="infohash" value="{hash[..40]}" />
                  <torznab:attr name="magneturl" value="magnet:?xt=urn:btih:{hash[..40]}&amp;dn={title}" />
                  <torznab:attr name="downloadvolumefactor" value="{(i % 4 == 0 ? "0" : "1")}" />
                  <torznab:attr name="uploadvolumefactor" value="1" />
                  <torznab:attr name="minimumratio" value="1" />
                  <torznab:attr name="minimumseedtime" value="172800" />
                  <torznab:attr name="tvdbid" value="{121361 + i % 7}" />
                  <torznab:attr name="imdbid" value="tt{944947 + i % 7:D7}" />
                </item>

                """);
        }

        xml.Append("</channel></rss>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }
}
