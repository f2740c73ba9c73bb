using System.Diagnostics;
using Hearth.Access;
using Hearth.Core.Access;
using Hearth.Library;
using Hearth.Library.Libraries;
using Hearth.Library.Probing;
using Hearth.Library.Scanning;
using Hearth.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hearth.Bench;

/// <summary>
/// The in-process measurements: the app is built exactly as `hearth up` builds it but never started,
/// so no watcher, scheduler or worker runs beside the scan being timed.
/// </summary>
public static class StoreCommands
{
    private static readonly CallerAccess Bench = new(Guid.Empty, "bench", true, true, new HashSet<Guid>());

    public static async Task<int> FillAsync(Args args, CancellationToken ct)
    {
        var root = args.FullPath("root");
        await using var app = Build(args.FullPath("data"), services => services.AddSingleton<IMediaProber, FakeProber>());
        await app.Services.MigrateAccessAsync(ct);
        await app.Services.MigrateLibraryAsync(ct);
        var catalog = app.Services.GetRequiredService<LibraryCatalog>();
        var library = (await catalog.ListAsync(Bench, ct)).FirstOrDefault(l => l.Folders.Contains(root));
        if (library is null)
        {
            var (created, problem) = await catalog.CreateAsync(new NewLibrary("Movies", "movies", [root]), ct);
            library = created ?? throw new ArgumentException(problem);
        }

        var watch = Stopwatch.StartNew();
        var run = await app.Services.GetRequiredService<LibraryScanner>().ScanAsync(new ScanRequest(library.Id, null, "bench"), ct);
        Console.WriteLine($"fill: library {library.Id} {run.Status.Text()}: {run.FilesSeen} files seen, {run.Added} added, {run.Failed} failed in {Stats.Seconds(watch.Elapsed.TotalSeconds)} s");
        return run.Status == ScanOutcome.Completed ? 0 : 1;
    }

    public static async Task<int> RescanAsync(Args args, CancellationToken ct)
    {
        var runs = args.Int("runs", 5);
        var findRoot = args.Optional("root");
        await using var app = Build(args.FullPath("data"), null);
        var library = (await app.Services.GetRequiredService<LibraryCatalog>().ListAsync(Bench, ct)).OrderByDescending(l => l.ItemCount).FirstOrDefault()
            ?? throw new ArgumentException("the store has no library; run fill first");
        var scanner = app.Services.GetRequiredService<LibraryScanner>();

        // one untimed pass of each, so both are measured against a warm page cache and a warm JIT
        var warm = await scanner.ScanAsync(new ScanRequest(library.Id, null, "bench warm-up"), ct);
        Console.WriteLine($"rescan warm-up: {warm.FilesSeen} files seen, {warm.Added} added, {warm.Updated} updated, {warm.Removed} removed");
        if (findRoot is not null)
        {
            await FindAsync(findRoot, ct);
        }

        var scans = new List<double>();
        var finds = new List<double>();
        for (var i = 1; i <= runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var run = await scanner.ScanAsync(new ScanRequest(library.Id, null, "bench"), ct);
            scans.Add(watch.Elapsed.TotalSeconds);
            Console.WriteLine($"rescan run {i}: {Stats.Seconds(scans[^1])} s ({run.FilesSeen} files, {run.Added + run.Updated + run.Removed} changed)");
            if (findRoot is not null)
            {
                finds.Add(await FindAsync(findRoot, ct));
                Console.WriteLine($"find run {i}: {Stats.Seconds(finds[^1])} s");
            }
        }

        Console.WriteLine($"rescan median: {Stats.Seconds(Stats.Median(scans))} s");
        if (finds.Count > 0)
        {
            Console.WriteLine($"find median: {Stats.Seconds(Stats.Median(finds))} s");
        }

        return 0;
    }

    /// <summary>The reference: list every entry of the tree with its size and mtime, as find does.</summary>
    private static async Task<double> FindAsync(string root, CancellationToken ct)
    {
        var start = new ProcessStartInfo("sh", ["-c", "find \"$1\" -printf '%s %T@\\n' > /dev/null", "sh", root]);
        var watch = Stopwatch.StartNew();
        using var find = Process.Start(start) ?? throw new InvalidOperationException("find did not start");
        await find.WaitForExitAsync(ct);
        return find.ExitCode == 0 ? watch.Elapsed.TotalSeconds : throw new InvalidOperationException($"find exited with {find.ExitCode}");
    }

    private static WebApplication Build(string data, Action<IServiceCollection>? configure)
    {
        var settings = new ServerSettings
        {
            Data = data,
            Port = 0,
            Demo = false,
            Configuration = new Dictionary<string, string?> { ["Library:Watch"] = "false", ["Library:RescanInterval"] = "00:00:00" },
        };
        return HearthServer.Build(settings, services =>
        {
            // the scanner's progress lines would interleave with the figures run.sh reads
            services.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(null, "Hearth", LogLevel.Warning, null)));
            configure?.Invoke(services);
        });
    }
}
