using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hearth.Testing;

/// <summary>
/// A real HTTP server on loopback that answers as Torznab/Newznab indexers do, from the recorded
/// responses under Fixtures/. Each site is a path prefix with its own behaviour: /torznab/api, /newznab/api,
/// /slow/api … Requests are recorded (without needing the key) so tests can see what was asked.
/// </summary>
public sealed class FakeIndexer : IAsyncDisposable
{
    public const string GoodKey = "good-indexer-key-0123456789";

    private readonly WebApplication app;
    private int inFlight;

    private FakeIndexer(WebApplication app, string url)
    {
        this.app = app;
        Url = url;
    }

    public string Url { get; }

    public ConcurrentQueue<(string Site, IQueryCollection Query, string? UserAgent)> Requests { get; } = new();

    public int MaxInFlight;

    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan BusyDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public string Site(string name) => $"{Url}/{name}";

    public IEnumerable<IQueryCollection> QueriesTo(string site) => Requests.Where(r => r.Site == site).Select(r => r.Query);

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "IndexerFixtures", name));

    /// <param name="tls">Serve HTTPS with a self-signed certificate no client trusts.</param>
    public static async Task<FakeIndexer> StartAsync(bool tls = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (tls)
            {
                listen.UseHttps(SelfSigned());
            }
        }));
        var app = builder.Build();
        FakeIndexer? fake = null;
        app.MapGet("/{site}/api", (string site, HttpContext http) => fake!.AnswerAsync(site, http));
        app.MapGet("/files/{name}", (string name, HttpContext http) => fake!.FileAsync(name, http));
        await app.StartAsync();
        fake = new FakeIndexer(app, app.Urls.First());
        return fake;
    }

    private async Task AnswerAsync(string site, HttpContext http)
    {
        var query = http.Request.Query;
        Requests.Enqueue((site, query, http.Request.Headers.UserAgent.ToString()));
        var now = Interlocked.Increment(ref inFlight);
        InterlockedMax(ref MaxInFlight, now);
        try
        {
            var t = query["t"].ToString();
            if (query["apikey"] != GoodKey)
            {
                await XmlAsync(http, Fixture("error-100.xml"));
                return;
            }

            switch (site)
            {
                case "slow":
                    await Task.Delay(SlowDelay, http.RequestAborted);
                    await XmlAsync(http, Fixture("torznab-caps.xml"));
                    return;
                case "busy":
                    await Task.Delay(BusyDelay, http.RequestAborted);
                    await XmlAsync(http, t == "caps" ? Fixture("torznab-caps.xml") : Fixture("empty-results.xml"));
                    return;
                case "fail":
                    http.Response.StatusCode = 500;
                    await http.Response.WriteAsync("Internal Server Error");
                    return;
                case "ratelimited":
                    http.Response.StatusCode = 429;
                    http.Response.Headers.RetryAfter = "7200";
                    return;
                case "html":
                    http.Response.ContentType = "text/html; charset=utf-8";
                    await http.Response.WriteAsync(Fixture("login.html"));
                    return;
                case "notcaps":
                    await XmlAsync(http, Fixture("torznab-results.xml"));
                    return;
                case "feed":
                    await XmlAsync(http, t == "caps" ? Fixture("torznab-caps.xml") : FeedXml(query));
                    return;
                case "grabbable":
                    await XmlAsync(http, t == "caps" ? Fixture("torznab-caps.xml") : Grabbable());
                    return;
                case "paged":
                    await XmlAsync(http, t == "caps" ? Fixture("torznab-caps.xml") : Paged(query));
                    return;
                case "byid":
                    // searches by id only: Sherlock by its TVDB id, Blade Runner by its IMDb id; one page of each
                    await XmlAsync(http, Fixture(t switch
                    {
                        "caps" => "torznab-caps.xml",
                        _ when query["offset"] is { Count: > 0 } o && o != "0" => "empty-results.xml",
                        "tvsearch" when query["tvdbid"] == "176941" => "byid-tv-results.xml",
                        "movie" when query["imdbid"].ToString().TrimStart('t') == "0083658" => "byid-movie-results.xml",
                        _ => "empty-results.xml",
                    }));
                    return;
                case "titleonly":
                    // searches by text only, and answers a title with every release of it, whatever the numbering
                    var q = query["q"].ToString();
                    await XmlAsync(http, Fixture(t switch
                    {
                        "caps" => "titleonly-caps.xml",
                        _ when query["offset"] is { Count: > 0 } o && o != "0" => "empty-results.xml",
                        // no text: the latest releases (an RSS sync)
                        _ when q.Length == 0 || q.Contains("sherlock", StringComparison.OrdinalIgnoreCase) => "titleonly-sherlock.xml",
                        _ when q.Contains("blade runner", StringComparison.OrdinalIgnoreCase) => "titleonly-bladerunner.xml",
                        _ => "empty-results.xml",
                    }));
                    return;
            }

            var (caps, results) = site switch
            {
                "torznab" => ("torznab-caps.xml", "torznab-results.xml"),
                "second" => ("torznab-caps.xml", "torznab-results-second.xml"),
                "newznab" => ("newznab-caps.xml", "newznab-results.xml"),
                "searchonly" => ("search-only-caps.xml", "torznab-results.xml"),
                "empty" => ("torznab-caps.xml", "empty-results.xml"),
                "malformed" => ("torznab-caps.xml", "malformed.xml"),
                "badparam" => ("torznab-caps.xml", "error-201.xml"),
                _ => ((string?)null, (string?)null),
            };
            if (caps is null)
            {
                http.Response.StatusCode = 404;
                return;
            }

            await XmlAsync(http, Fixture(t == "caps" ? caps : results!));
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    /// <summary>One release of the <c>feed</c> site, which a test fills as it goes (a tracker's latest releases).</summary>
    public sealed record FeedItem(string Title, string Guid, long Size, int Seeders, DateTimeOffset Published);

    /// <summary>The <c>feed</c> site's releases, newest last; every search there answers the ones whose title holds the query's words.</summary>
    public ConcurrentQueue<FeedItem> Feed { get; } = new();

    private string FeedXml(IQueryCollection query)
    {
        var words = query["q"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:torznab=\"http://torznab.com/schemas/2015/feed\"><channel>");
        if (query["offset"].ToString() is not ({ Length: 0 } or "0"))
        {
            return xml.Append("</channel></rss>").ToString();
        }
        foreach (var item in Feed.Reverse())
        {
            if (!words.All(w => item.Title.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            var title = System.Security.SecurityElement.Escape(item.Title);
            xml.Append(CultureInfo.InvariantCulture, $"<item><title>{title}</title><guid>{item.Guid}</guid>")
                .Append(CultureInfo.InvariantCulture, $"<link>{Url}/files/{Uri.EscapeDataString(item.Guid)}.torrent?passkey=secretpasskey</link>")
                .Append(CultureInfo.InvariantCulture, $"<pubDate>{item.Published:r}</pubDate>")
                .Append(CultureInfo.InvariantCulture, $"<torznab:attr name=\"size\" value=\"{item.Size}\"/><torznab:attr name=\"seeders\" value=\"{item.Seeders}\"/>")
                .Append("<torznab:attr name=\"category\" value=\"2000\"/><torznab:attr name=\"category\" value=\"5000\"/></item>");
        }
        return xml.Append("</channel></rss>").ToString();
    }

    public const string TorrentBytes = "d8:announce35:http://127.0.0.1/announce?passkey=x4:infod4:name4:testee";

    public ConcurrentQueue<string> Downloads { get; } = new();

    /// <summary>Files the test gives by name (<c>{guid}.torrent</c> of the feed): served instead of <see cref="TorrentBytes"/>.</summary>
    public ConcurrentDictionary<string, byte[]> Files { get; } = new();

    /// <summary>Two releases whose links point back here, with a passkey in the query as private trackers do.</summary>
    private string Grabbable() =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:torznab=\"http://torznab.com/schemas/2015/feed\"><channel>"
        + $"<item><title>Grabbable.Release.S01E01.1080p-GRP</title><guid>grab-1</guid><link>{Url}/files/release.torrent?passkey=secretpasskey</link><torznab:attr name=\"size\" value=\"1000\"/><torznab:attr name=\"seeders\" value=\"10\"/></item>"
        + $"<item><title>Redirects.To.Magnet.S01E02.1080p-GRP</title><guid>grab-2</guid><link>{Url}/files/magnet?passkey=secretpasskey</link><torznab:attr name=\"size\" value=\"2000\"/><torznab:attr name=\"seeders\" value=\"5\"/></item>"
        + "</channel></rss>";

    private async Task FileAsync(string name, HttpContext http)
    {
        if (http.Request.Query["passkey"] != "secretpasskey")
        {
            http.Response.StatusCode = 403;
            return;
        }

        Downloads.Enqueue(name);
        if (name == "magnet")
        {
            http.Response.StatusCode = 302;
            http.Response.Headers.Location = "magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567";
            return;
        }

        http.Response.ContentType = "application/x-bittorrent";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"Grabbable.Release.torrent\"";
        if (Files.TryGetValue(name, out var bytes))
        {
            await http.Response.Body.WriteAsync(bytes);
            return;
        }

        await http.Response.WriteAsync(TorrentBytes);
    }

    /// <summary>250 items in all; answers the window asked with offset/limit, and the total.</summary>
    private static string Paged(IQueryCollection query)
    {
        const int total = 250;
        var offset = int.Parse(query["offset"].ToString() is { Length: > 0 } o ? o : "0", CultureInfo.InvariantCulture);
        var limit = int.Parse(query["limit"].ToString() is { Length: > 0 } l ? l : "50", CultureInfo.InvariantCulture);
        var xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:torznab=\"http://torznab.com/schemas/2015/feed\" xmlns:newznab=\"http://www.newznab.com/DTD/2010/feeds/attributes/\"><channel>");
        xml.Append(CultureInfo.InvariantCulture, $"<newznab:response offset=\"{offset}\" total=\"{total}\"/>");
        for (var i = offset; i < Math.Min(total, offset + Math.Min(limit, 100)); i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<item><title>Paged.Release.{i:D3}.720p-GRP</title><guid>paged-{i}</guid><link>https://paged.example/dl/{i}.torrent</link><torznab:attr name=\"size\" value=\"{1000 + i}\"/></item>");
        }

        return xml.Append("</channel></rss>").ToString();
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    private static Task XmlAsync(HttpContext http, string body)
    {
        http.Response.ContentType = "application/rss+xml; charset=utf-8";
        return http.Response.WriteAsync(body);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
