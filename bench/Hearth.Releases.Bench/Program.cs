using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Hearth.Releases;

BenchmarkRunner.Run<ParseCorpus>(args: args);

/// <summary>
/// Parses every release of the Sonarr and Radarr corpora once per operation. Divide the reported
/// time and allocation by <see cref="ParseCorpus.Titles"/> for per-title figures. The baseline is
/// one case-insensitive Regex.IsMatch per title (a trivial scan of the same text), as a reference
/// for what "touching every title once" costs on the same machine in the same run.
/// </summary>
[MemoryDiagnoser]
public partial class ParseCorpus
{
    private string[] titles = [];

    public static int Titles { get; private set; }

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
