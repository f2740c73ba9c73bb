using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Hearth.Releases;

if (args.Contains("--per-title"))
{
    PerTitle.Run();
    return;
}
if (args is ["--compare", var otherBuild])
{
    Compare.Run(otherBuild);
    return;
}
BenchmarkRunner.Run<ParseCorpus>(args: args);

/// <summary>
/// The issue asks for the median per title, which a whole-corpus benchmark cannot show: this times
/// every title on its own (best of 5 rounds of 20 parses, after a warm-up of the whole corpus) and
/// prints the median, percentiles and mean, with the same reference (one Regex.IsMatch) timed the same way.
/// </summary>
internal static class PerTitle
{
    public static void Run()
    {
        var bench = new ParseCorpus();
        bench.Setup();
        var titles = bench.AllTitles;
        // warm up for 3 s: on one core the runtime waits ten times longer (about a second of no new
        // methods) before it recompiles hot code at full optimisation, and a shorter warm-up measures
        // unoptimised code
        var warm = System.Diagnostics.Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 3)
        {
            bench.Parse();
            bench.RegexReference();
        }
        var parse = Measure(titles, t => ReleaseParser.Parse(t).Title.Length);
        var reference = Measure(titles, t => ParseCorpus.ReferenceMatch(t) ? 1 : 0);
        Console.WriteLine("| per title | median | p90 | p99 | max | mean |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Print("ReleaseParser.Parse", parse);
        Print("Regex.IsMatch(1080p) (reference)", reference);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        bench.Parse();
        Console.WriteLine($"allocation: {(GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)titles.Length:0} B per title (whole corpus once)");
    }

    private static double[] Measure(string[] titles, Func<string, int> run)
    {
        const int Rounds = 5, Reps = 20;
        var result = new double[titles.Length];
        var sink = 0;
        for (var i = 0; i < titles.Length; i++)
        {
            var best = double.MaxValue;
            for (var round = 0; round < Rounds; round++)
            {
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                for (var r = 0; r < Reps; r++)
                {
                    sink += run(titles[i]);
                }
                best = Math.Min(best, System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMicroseconds / Reps);
            }
            result[i] = best;
        }
        GC.KeepAlive(sink);
        Array.Sort(result);
        return result;
    }

    private static void Print(string name, double[] sorted)
    {
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * q))];
        Console.WriteLine($"| {name} | {At(0.5):0.00} µs | {At(0.9):0.00} µs | {At(0.99):0.00} µs | {sorted[^1]:0.0} µs | {sorted.Average():0.00} µs |");
    }
}

/// <summary>
/// Parses every release of the Sonarr and Radarr corpora once per operation. Divide the reported
/// time and allocation by <see cref="ParseCorpus.Titles"/> for per-title figures. The baseline is
/// one case-insensitive Regex.IsMatch per title (a trivial scan of the same text), as a reference
/// for what "touching every title once" costs on the same machine in the same run. Run it with a
/// longer warm-up than ShortRun's (--warmupCount 30): pinned to one core, the runtime delays
/// recompiling hot code at full optimisation, and three warm-up iterations measure unoptimised code.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public partial class ParseCorpus
{
    private string[] titles = [];

    public static int Titles { get; private set; }

    public string[] AllTitles => titles;

    public static bool ReferenceMatch(string title) => Resolution().IsMatch(title);

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "shared", "testdata", "release-names")))
        {
            dir = dir.Parent;
        }
        var folder = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("corpus not found"), "shared", "testdata", "release-names");
        titles = [.. new[] { "sonarr.jsonl", "radarr.jsonl" }
            .SelectMany(f => File.ReadLines(Path.Combine(folder, f)))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("release").GetString()!)];
        Titles = titles.Length;
        Console.WriteLine($"// titles: {titles.Length}");
    }

    [Benchmark(Baseline = true, Description = "Regex.IsMatch(1080p) per title (reference)")]
    public int RegexReference()
    {
        var n = 0;
        foreach (var t in titles)
        {
            n += Resolution().IsMatch(t) ? 1 : 0;
        }
        return n;
    }

    [Benchmark(Description = "ReleaseParser.Parse, whole corpus")]
    public int Parse()
    {
        var n = 0;
        foreach (var t in titles)
        {
            n += ReleaseParser.Parse(t).Title.Length;
        }
        return n;
    }

    [GeneratedRegex(@"\b1080p\b", RegexOptions.IgnoreCase)]
    private static partial Regex Resolution();
}
