using System.Diagnostics;
using System.Runtime.Loader;
using Hearth.Releases;

/// <summary>
/// This build's parser against another build of Hearth.Releases (its DLL, e.g. from a worktree of the base
/// commit), in one process and alternating title by title, so the load of a shared machine falls on both
/// alike: on a loaded machine two runs of --per-title for the same build differ by a third, which hides
/// any change a refactoring makes. Prints the per-title figures of both and the ratio per title.
/// </summary>
internal static class Compare
{
    private const int Pairs = 3;

    public static void Run(string otherBuild)
    {
        var bench = new ParseCorpus();
        bench.Setup();
        var titles = bench.AllTitles;
        Func<string, object> current = ReleaseParser.Parse;
        var other = Load(otherBuild);
        // the same warm-up as --per-title, for both builds
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 3)
        {
            foreach (var title in titles)
            {
                current(title);
                other(title);
            }
        }
        var mine = new double[titles.Length];
        var theirs = new double[titles.Length];
        var ratio = new double[titles.Length];
        for (var i = 0; i < titles.Length; i++)
        {
            (mine[i], theirs[i]) = (double.MaxValue, double.MaxValue);
            for (var pair = 0; pair < Pairs; pair++)
            {
                // who goes first alternates, so neither build always meets a cold cache
                if (pair % 2 == 0)
                {
                    mine[i] = Math.Min(mine[i], Best(current, titles[i]));
                    theirs[i] = Math.Min(theirs[i], Best(other, titles[i]));
                }
                else
                {
                    theirs[i] = Math.Min(theirs[i], Best(other, titles[i]));
                    mine[i] = Math.Min(mine[i], Best(current, titles[i]));
                }
            }
            ratio[i] = mine[i] / theirs[i];
        }
        Array.Sort(mine);
        Array.Sort(theirs);
        Array.Sort(ratio);
        Console.WriteLine("| per title | median | p90 | p99 | max | mean |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Print("this build", mine);
        Print(otherBuild, theirs);
        Console.WriteLine($"this build / other, per title: p10 {At(ratio, 0.1):0.000}, median {At(ratio, 0.5):0.000}, p90 {At(ratio, 0.9):0.000}, p99 {At(ratio, 0.99):0.000}");
    }

    private static Func<string, object> Load(string path)
    {
        var assembly = new AssemblyLoadContext("other build").LoadFromAssemblyPath(Path.GetFullPath(path));
        var parse = assembly.GetType("Hearth.Releases.ReleaseParser")?.GetMethod("Parse", [typeof(string)])
            ?? throw new InvalidOperationException($"{path} has no ReleaseParser.Parse(string)");
        return parse.CreateDelegate<Func<string, object>>();
    }

    // best of 5 rounds of 20 parses, as --per-title times a title
    private static double Best(Func<string, object> parse, string title)
    {
        var best = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var start = Stopwatch.GetTimestamp();
            for (var r = 0; r < 20; r++)
            {
                parse(title);
            }
            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMicroseconds / 20);
        }
        return best;
    }

    private static double At(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * q))];

    private static void Print(string name, double[] sorted) =>
        Console.WriteLine($"| {name} | {At(sorted, 0.5):0.00} µs | {At(sorted, 0.9):0.00} µs | {At(sorted, 0.99):0.00} µs | {sorted[^1]:0.0} µs | {sorted.Average():0.00} µs |");
}
