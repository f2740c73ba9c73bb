using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hearth.Bench;

/// <summary>Measurements against a running server, through its public API as a client sees it.</summary>
public static class HttpCommands
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Drops a real clip into the watched folder under a new movie folder, as an importer would, and
    /// times until the API lists it: file-system event, debounce, scan, ffprobe, write, query.
    /// </summary>
    public static async Task<int> NewFileAsync(Args args, CancellationToken ct)
    {
        using var http = Client(args);
        var library = args.Required("library");
        var folder = args.FullPath("folder");
        var clip = args.FullPath("clip");
        var runs = args.Int("runs", 5);
        var latencies = new List<double>();
        var salt = Environment.TickCount64 % 100_000;
        for (var i = 1; i <= runs; i++)
        {
            await WaitIdleAsync(http, library, ct);
            var code = TreeMaker.Code((int)(salt * 10 + i) + 1_000_000);
            var name = $"Bench Arrival {code} (2024)";
            var watch = Stopwatch.StartNew();
            Directory.CreateDirectory(Path.Join(folder, name));
            File.Copy(clip, Path.Join(folder, name, name + Path.GetExtension(clip)));
            while (!await ListedAsync(http, library, code, ct))
            {
                if (watch.Elapsed > GiveUp)
                {
                    Console.WriteLine($"new-file run {i}: not listed after {GiveUp.TotalSeconds} s");
                    return 1;
                }

                await Task.Delay(Poll, ct);
            }

            latencies.Add(watch.Elapsed.TotalSeconds);
            Console.WriteLine($"new-file run {i}: {Stats.Seconds(latencies[^1])} s");
        }

        Console.WriteLine($"new-file median: {Stats.Seconds(Stats.Median(latencies))} s");
        return 0;
    }

    /// <summary>
    /// Pages through every top-level item as a user scrolling the whole library would; --max-seconds
    /// stops early (and says so) when pages are slow enough to blow the script's time budget.
    /// </summary>
    public static async Task<int> BrowseAsync(Args args, CancellationToken ct)
    {
        using var http = Client(args);
        var limit = args.Int("limit", 100);
        var budget = TimeSpan.FromSeconds(args.Int("max-seconds", int.MaxValue / 1000));
        var times = new List<double>();
        var total = int.MaxValue;
        var seen = 0;
        var all = Stopwatch.StartNew();
        for (var offset = 0; offset < total && all.Elapsed < budget; offset += limit)
        {
            var watch = Stopwatch.StartNew();
            using var page = await http.GetFromJsonAsync<JsonDocument>($"api/v1/items?limit={limit}&offset={offset}", ct)
                ?? throw new InvalidOperationException("empty page");
            times.Add(watch.Elapsed.TotalMilliseconds);
            total = page.RootElement.GetProperty("total").GetInt32();
            seen += page.RootElement.GetProperty("items").GetArrayLength();
        }

        var sorted = times.Order().ToArray();
        var stopped = seen < total ? $" (stopped after the {budget.TotalSeconds:0} s budget)" : string.Empty;
        Console.WriteLine($"browse: {seen} items of {total} in {times.Count} pages, {Stats.Seconds(all.Elapsed.TotalSeconds)} s{stopped}; " +
            $"page p50 {sorted[sorted.Length / 2]:0.0} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:0.0} ms, last {times[^1]:0.0} ms");
        return 0;
    }

    private static async Task<bool> ListedAsync(HttpClient http, string library, string code, CancellationToken ct)
    {
        using var page = await http.GetFromJsonAsync<JsonDocument>($"api/v1/items?libraryId={library}&search={code}", ct)
            ?? throw new InvalidOperationException("empty page");
        return page.RootElement.GetProperty("total").GetInt32() > 0;
    }

    /// <summary>Each run starts with nothing queued, so one run's scan does not delay the next.</summary>
    private static async Task WaitIdleAsync(HttpClient http, string library, CancellationToken ct)
    {
        var until = Stopwatch.StartNew();
        while (until.Elapsed < GiveUp)
        {
            using var status = await http.GetFromJsonAsync<JsonDocument>($"api/v1/libraries/{library}/scan", ct)
                ?? throw new InvalidOperationException("empty scan status");
            var root = status.RootElement;
            if (!root.GetProperty("queued").GetBoolean() && root.GetProperty("running").ValueKind == JsonValueKind.Null)
            {
                return;
            }

            await Task.Delay(100, ct);
        }
    }

    private static HttpClient Client(Args args)
    {
        var http = new HttpClient { BaseAddress = new Uri(args.Required("url").TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", args.Required("token"));
        return http;
    }
}
