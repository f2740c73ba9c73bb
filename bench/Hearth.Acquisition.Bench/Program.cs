using System.Diagnostics;
using System.Text.Json;
using Hearth.Acquisition.CustomFormats;
using Hearth.Acquisition.Decisions;
using Hearth.Acquisition.Profiles;
using Hearth.Core.Indexers;
using Hearth.Releases;

// Decides the first 1,000 release names of the Sonarr corpus for one series against the HD-1080p profile scoring
// 20 custom formats (formats.json, in Sonarr's export shape), and beside it, in the same run, parses the same names
// alone. Each figure is the median of 30 timed rounds after a warm-up (BENCH_WARMUP_S, 20 s by default): on one core the
// runtime waits ten times longer before it recompiles hot code at full optimisation, and 5 s measure instrumented code.
var corpus = args.Length > 0 ? args[0] : FindCorpus();
var names = File.ReadLines(corpus)
    .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("release").GetString()!)
    .Where(n => !string.IsNullOrWhiteSpace(n))
    .Distinct()
    .Take(1000)
    .ToList();
var now = DateTimeOffset.UtcNow;
var indexer = Guid.NewGuid();
var releases = names.Select((n, i) => new IndexerRelease
{
    Title = n,
    Guid = $"bench-{i}",
    Size = (1L + (i % 40)) * 256 * 1024 * 1024,
    Seeders = i % 300,
    Peers = i % 300 + 3,
    PublishDate = now.AddHours(-(i % 500)),
    Protocol = i % 4 == 0 ? ReleaseProtocol.Usenet : ReleaseProtocol.Torrent,
    DownloadVolumeFactor = i % 10 == 0 ? 0 : 1,
    IndexerId = indexer,
    IndexerName = "bench",
}).ToList();

var compileWatch = Stopwatch.StartNew();
var imported = CustomFormatJson.Import(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "formats.json")), ArrApp.Sonarr)
    .Select((f, i) => (Format: f.Format with { Id = i + 1 }, Score: f.SuggestedScore ?? 0))
    .ToList();
var formats = new FormatSet(imported.Select(f => f.Format));
compileWatch.Stop();
var profile = DefaultProfiles.All.Single(p => p.Name == DefaultProfiles.DefaultName) with
{
    FormatScores = imported.ToDictionary(f => f.Format.Id, f => f.Score),
    MinFormatScore = -1000,
};
var policy = new DecisionPolicy { Profile = profile, Formats = formats };
var target = SearchTarget.Episode("Series Title", 1, 1, 45) with
{
    Episodes = [1, 2, 3],
    EpisodesInSeason = 10,
    OnDisk = [new HeldRelease(Hearth.Releases.Quality.Qualities.WebDl720p) with { Episodes = [2] }],
};

IReadOnlyList<Decision> Decide() => DecisionEngine.Decide(releases, target, policy, now);
int Parse()
{
    var n = 0;
    foreach (var name in names)
    {
        n += ReleaseParser.Parse(name).Title.Length;
    }
    return n;
}

var warm = Stopwatch.StartNew();
var warmUp = double.TryParse(Environment.GetEnvironmentVariable("BENCH_WARMUP_S"), out var w) ? w : 20;
while (warm.Elapsed.TotalSeconds < warmUp)
{
    Decide();
    Parse();
}
var decide = Time(() => Decide().Count);
var parse = Time(Parse);
var result = Decide();
var allocated = GC.GetAllocatedBytesForCurrentThread();
Decide();
var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;

Console.WriteLine($"releases: {releases.Count} (first distinct names of {Path.GetFileName(corpus)}); custom formats: {imported.Count} with {imported.Sum(f => f.Format.Conditions.Count)} conditions; processors: {Environment.ProcessorCount}");
Console.WriteLine($"accepted: {result.Count(d => d.Accepted)}; matched a custom format: {result.Count(d => d.Formats.Count > 0)}; rejections by code: "
    + string.Join(", ", result.SelectMany(d => d.Rejections).GroupBy(r => r.Code).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
Console.WriteLine();
Console.WriteLine("| measurement | median | min | max |");
Console.WriteLine("|---|---|---|---|");
Console.WriteLine($"| decide {releases.Count} releases (parse, formats, 14 specifications, ranking) | {decide.Median:0.00} ms | {decide.Min:0.00} ms | {decide.Max:0.00} ms |");
Console.WriteLine($"| parse the same {names.Count} names alone (reference) | {parse.Median:0.00} ms | {parse.Min:0.00} ms | {parse.Max:0.00} ms |");
Console.WriteLine($"| compile the 20 formats once (import and regexes, before warm-up) | {compileWatch.Elapsed.TotalMilliseconds:0.0} ms | | |");
Console.WriteLine($"allocation: {bytes / (double)releases.Count:0} B per release decided");

static (double Median, double Min, double Max) Time(Func<int> run)
{
    const int Rounds = 30;
    var times = new double[Rounds];
    var sink = 0;
    for (var i = 0; i < Rounds; i++)
    {
        var start = Stopwatch.GetTimestamp();
        sink += run();
        times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
    GC.KeepAlive(sink);
    Array.Sort(times);
    return (times[Rounds / 2], times[0], times[^1]);
}

static string FindCorpus()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var path = Path.Combine(dir.FullName, "shared", "testdata", "release-names", "sonarr.jsonl");
        if (File.Exists(path))
        {
            return path;
        }
    }
    throw new FileNotFoundException("the release-name corpus (shared/testdata/release-names/sonarr.jsonl) was not found above the program");
}
