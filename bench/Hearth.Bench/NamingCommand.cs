using System.Diagnostics;
using System.Globalization;
using Hearth.Library.Naming;

namespace Hearth.Bench;

/// <summary>
/// How long the library takes to read one path's name, as a scan does for every new file: each path of
/// the naming golden file (tests/Hearth.Library.Tests/Naming/Golden/naming-golden.tsv) read as a movie
/// or an episode, as recorded there, over several rounds after a warm-up; prints the median round's cost
/// per path and the bytes allocated per path.
/// </summary>
public static class NamingCommand
{
    public static int Run(Args args)
    {
        var rounds = args.Int("rounds", 15);
        var paths = File.ReadLines(args.FullPath("golden"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(c => (Movie: c[0] == "movie", Path: c[1].Replace(@"\\", @"\", StringComparison.Ordinal)))
            .ToArray();

        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(3))
        {
            ReadAll(paths);
        }

        var perPath = new List<double>();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            ReadAll(paths);
            perPath.Add(watch.Elapsed.TotalMicroseconds / paths.Length);
        }

        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / rounds / paths.Length;
        var sorted = perPath.Order().ToArray();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"naming: {paths.Length} paths x {rounds} rounds; per path median {Stats.Median(perPath):0.00} µs (fastest round {sorted[0]:0.00}, slowest {sorted[^1]:0.00}), {bytes:N0} B allocated"));
        return 0;
    }

    private static void ReadAll((bool Movie, string Path)[] paths)
    {
        foreach (var (movie, path) in paths)
        {
            if (movie)
            {
                MovieNaming.Parse(path);
            }
            else
            {
                EpisodeNaming.Parse(path);
            }
        }
    }
}
