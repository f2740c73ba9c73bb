using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Hearth.Bench;

/// <summary>
/// The floor a provider's latency sets: the requests Hearth makes per film (the search with the file's title and
/// year, then the film's details with everything appended), sent straight at the provider by this many at once,
/// with nothing matched, applied, written or downloaded. The same URLs as Hearth's TMDB client.
/// </summary>
public static class RequestsAlone
{
    private const string Appended = "credits,images,release_dates,external_ids,alternative_titles";

    public static async Task<int> RunAsync(Args args, CancellationToken ct)
    {
        var films = args.Int("films", 1_000);
        var concurrency = args.Int("concurrency", 4);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = concurrency })
        {
            BaseAddress = new Uri(args.Required("url").TrimEnd('/') + "/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
        var requests = 0;
        var watch = Stopwatch.StartNew();
        await GetAsync(http, "configuration?api_key=bench-key", ct);
        requests++;
        await Parallel.ForEachAsync(Enumerable.Range(0, films), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct }, async (i, token) =>
        {
            var year = TreeMaker.Year(i).ToString(CultureInfo.InvariantCulture);
            using var page = await GetAsync(http, $"search/movie?query={Uri.EscapeDataString(TreeMaker.Title(i))}&year={year}&language=en-US&api_key=bench-key", token);
            var id = page.RootElement.GetProperty("results").EnumerateArray()
                .First(r => r.GetProperty("release_date").GetString()!.StartsWith(year, StringComparison.Ordinal)).GetProperty("id").GetInt32();
            using var movie = await GetAsync(http, $"movie/{id.ToString(CultureInfo.InvariantCulture)}?language=en-US&append_to_response={Appended}&include_image_language=en,null&api_key=bench-key", token);
            Interlocked.Add(ref requests, 2);
        });
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"requests-alone: {films} films, {requests} requests, {concurrency} at once, in {Stats.Seconds(seconds)} s");
        return 0;
    }

    private static async Task<JsonDocument> GetAsync(HttpClient http, string url, CancellationToken ct)
    {
        using var response = await http.GetAsync(url, ct);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        return await JsonDocument.ParseAsync(body, cancellationToken: ct);
    }
}
