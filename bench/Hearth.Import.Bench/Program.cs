// From the download client reporting a 1 GiB film complete to the film listed in the library (issue 23's target:
// ≤ 3 s on one file system, by hardlink), against the plain reference in the same run: `ln` of a film of the same size
// into the library and a scan asked for at once, until it is listed. Everything real: Hearth in this process with its
// default settings, a qbittorrent-nox holding the film (its data in place, so "complete" is its verification ending),
// the fake Torznab indexer serving the torrent on loopback. Prints a Markdown table.
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Acquisition.Clients;
using Hearth.Acquisition.Clients.QBittorrent;
using Hearth.Testing;
using Hearth.Testing.Daemons;
using Hearth.Web;

const long Size = 1L << 30;
var rounds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5;
string[] titles = ["Nosferatu|1922", "Metropolis|1927", "Sunrise|1927", "Faust|1926", "Greed|1924", "Napoleon|1927", "Wings|1927", "Nanook|1922", "Haxan|1922", "Intolerance|1916"];
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);

using var root = new TempFolder();
await using var qbittorrent = await QBittorrentDaemon.StartAsync();
await using var indexer = await FakeIndexer.StartAsync();
var library = root.Combine("movies");
Directory.CreateDirectory(library);
var settings = new ServerSettings
{
    Data = root.Combine("data"),
    WebRoot = root.Combine("no-web"),
    Port = 0,
    Demo = false,
    Configuration = new Dictionary<string, string?>
    {
        // nothing leaves loopback: the metadata providers point at a closed port
        ["Metadata:Tmdb:BaseUrl"] = "http://127.0.0.1:9/3",
        ["Metadata:TvMaze:BaseUrl"] = "http://127.0.0.1:9",
        ["Metadata:Retries"] = "0",
        // the table is the output: the server's log stays quiet
        ["Logging:LogLevel:Default"] = "None",
    },
};
await using var app = HearthServer.Build(settings);
var url = await HearthServer.StartAsync(app, settings, TextWriter.Null, CancellationToken.None);
using var anonymous = new HttpClient { BaseAddress = new Uri(url) };
var token = (await File.ReadAllTextAsync(Path.Combine(settings.Data, "setup-token"))).Trim();
var setup = await anonymous.PostAsJsonAsync("/api/v1/setup", new { token, username = "admin", password = "admin-password" });
setup.EnsureSuccessStatusCode();
using var admin = new HttpClient { BaseAddress = new Uri(url) };
admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await setup.Content.ReadFromJsonAsync<JsonElement>(json)).GetProperty("token").GetString());
async Task<JsonElement> PostAsync(string route, object body)
{
    var answer = await admin.PostAsJsonAsync(route, body);
    if (!answer.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"{route}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
    }
    return await answer.Content.ReadFromJsonAsync<JsonElement>(json);
}
var libraryId = (await PostAsync("/api/v1/libraries", new { name = "Films", kind = "movies", folders = new[] { library } })).GetProperty("id").GetGuid();
await PostAsync("/api/v1/indexers", new { name = "Loopback Tracker", kind = "torznab", url = indexer.Site("feed"), apiKey = FakeIndexer.GoodKey });
await PostAsync("/api/v1/downloadclients", new { name = "qBittorrent", kind = "qbittorrent", url = $"http://127.0.0.1:{qbittorrent.Port}", username = QBittorrentDaemon.User, password = qbittorrent.Password });
using var http = new HttpClient();
var client = new QBittorrentClient(http, qbittorrent.Settings());

async Task<string> FilmAsync(string folder, string name)
{
    // a real 2 s clip, made 1 GiB long (sparse): ffprobe reads it, hashing and linking see a 1 GiB file
    Directory.CreateDirectory(folder);
    var path = await Media.ClipAsync(Path.Combine(folder, name + ".mkv"), 2, "mkv");
    await using (var file = new FileStream(path, FileMode.Open))
    {
        file.SetLength(Size);
    }
    return path;
}

async Task<TimeSpan> ListedAfterAsync(string title, Stopwatch clock)
{
    while (clock.Elapsed < TimeSpan.FromMinutes(2))
    {
        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/items?libraryId={libraryId}&search={Uri.EscapeDataString(title)}", json);
        if (page.GetProperty("items").GetArrayLength() > 0)
        {
            return clock.Elapsed;
        }
        await Task.Delay(20);
    }
    throw new TimeoutException($"{title} was not listed within two minutes");
}

var hearth = new List<double>();
var reference = new List<double>();
for (var round = 0; round < rounds; round++)
{
    var (title, year) = (titles[round % titles.Length].Split('|')[0], titles[round % titles.Length].Split('|')[1]);
    var suffix = round >= titles.Length ? $" {round}" : string.Empty;
    Console.Error.WriteLine($"round {round + 1} of {rounds}: {title}");

    // Hearth: grab, and from qBittorrent's "complete" to the film listed
    var release = $"{title}.{year}.1080p.BluRay.x264-GRP";
    var guid = $"{title.ToLowerInvariant()}{round}";
    var film = await FilmAsync(Path.Combine(qbittorrent.Downloads, release), release);
    indexer.Files[guid + ".torrent"] = await Torrents.MakeAsync(Path.GetDirectoryName(film)!, root.Combine(guid + ".torrent"));
    var movie = (await PostAsync("/api/v1/movies", new { title = title + suffix, year = int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), monitored = false })).GetProperty("id").GetInt32();
    indexer.Feed.Enqueue(new FakeIndexer.FeedItem(release, guid, Size, 10, DateTimeOffset.UtcNow.AddHours(-30)));
    var found = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/releases?movieId={movie}", json)).EnumerateArray().First(r => r.GetProperty("title").GetString() == release);
    var hash = TorrentFiles.InfoHash(indexer.Files[guid + ".torrent"])!;
    await PostAsync("/api/v1/releases", new { guid = found.GetProperty("guid").GetString(), indexerId = found.GetProperty("indexerId").GetGuid(), movieId = movie, @override = true });
    while (!(await client.ItemsAsync(CancellationToken.None)).Any(i => i.Id == hash && i.State == DownloadState.Completed))
    {
        await Task.Delay(10);
    }
    var completed = Stopwatch.StartNew();
    hearth.Add((await ListedAfterAsync(title, completed)).TotalMilliseconds);

    // the reference: ln of a film of the same size into the library, a scan asked for at once, until it is listed
    var (other, otherYear) = (titles[(round + 5) % titles.Length].Split('|')[0] + " Reference" + suffix, 1930 + round);
    var source = await FilmAsync(root.Combine("elsewhere", $"{round}"), "film");
    var linked = Stopwatch.StartNew();
    var place = Path.Combine(library, $"{other} ({otherYear})");
    Directory.CreateDirectory(place);
    Process.Start("ln", [source, Path.Combine(place, $"{other} ({otherYear}).mkv")])!.WaitForExit();
    (await admin.PostAsync($"/api/v1/libraries/{libraryId}/scan", null)).EnsureSuccessStatusCode();
    reference.Add((await ListedAfterAsync(other, linked)).TotalMilliseconds);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

// stopped before it is disposed, so its workers end as at any shutdown
await app.StopAsync();

Console.WriteLine($"| {rounds} rounds, 1 GiB film | median | max |");
Console.WriteLine("|---|---|---|");
Console.WriteLine($"| Hearth: complete in qBittorrent → listed (import by hardlink, scan of its folder) | {Median(hearth) / 1000:0.00} s | {hearth.Max() / 1000:0.00} s |");
Console.WriteLine($"| reference: `ln` + a library scan asked at once → listed | {Median(reference) / 1000:0.00} s | {reference.Max() / 1000:0.00} s |");
Console.WriteLine();
Console.WriteLine($"Each round (ms): Hearth {string.Join(", ", hearth.Select(h => h.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))}; reference {string.Join(", ", reference.Select(h => h.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))}.");
return 0;
