using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hearth.Bench;

/// <summary>
/// A loopback stand-in for TMDB v3 that knows the films of <see cref="TreeMaker"/> (title <see cref="TreeMaker.Title"/>,
/// the tree's year): /configuration (images served by this server), /search/movie (the film among two decoys: the same
/// title decades apart and a similar title), /movie/{id} with what Hearth appends, and the pictures as a CDN would
/// serve them, without the delay. Counts requests per route and the most API requests in flight at once.
/// </summary>
public static class FakeTmdb
{
    // the classic 134-byte 1x1 JPEG: a real picture for the downloader's magic-byte check
    private static readonly byte[] Jpeg = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");

    private const int FilmIds = 10_000;
    private const int RemakeIds = 500_000;
    private const int SimilarIds = 900_000;

    /// <summary>The decoy of the same title, decades away.</summary>
    private static int RemakeYear(int i) => TreeMaker.Year(i) + (TreeMaker.Year(i) < 1990 ? 31 : -31);

    public static async Task<int> RunAsync(Args args, CancellationToken ct)
    {
        var port = args.Int("port", 18_150);
        var films = args.Int("films", 1_000);
        var delay = TimeSpan.FromMilliseconds(args.Int("delay-ms", 50));
        var byTitle = Enumerable.Range(0, films).ToDictionary(i => TreeMaker.Title(i), i => i, StringComparer.OrdinalIgnoreCase);
        var stats = new RouteStats();
        var self = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        await using var app = builder.Build();
        app.Use(async (context, next) =>
        {
            var route = Route(context.Request.Path);
            var api = route is not ("image" or "stats");
            stats.Begin(route, api);
            try
            {
                if (api)
                {
                    await Task.Delay(delay, context.RequestAborted);
                }

                await next(context);
            }
            finally
            {
                stats.End(api);
            }
        });
        app.MapGet("/stats", () => Results.Text(stats.Json(), "application/json"));
        app.MapGet("/configuration", () => Json(Configuration(self)));
        app.MapGet("/search/movie", (string? query, int? year) => Json(Find(byTitle, query, year) is { } i ? Search(i) : Page([])));
        app.MapGet("/movie/{id:int}", (int id) => Movie(id, films) is { } movie ? Json(movie) : NotFound());
        app.MapGet("/t/p/{size}/{file}", () => Results.Bytes(Jpeg, "image/jpeg"));
        app.MapFallback(NotFound);

        // the script stops it with SIGTERM: print the figures then too
        using var stopped = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stopped.Cancel();
        });
        await app.StartAsync(ct);
        Console.WriteLine($"fake-tmdb on {self}: {films} films, {delay.TotalMilliseconds:0} ms per API answer");
        try
        {
            await Task.Delay(Timeout.Infinite, stopped.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: print what was seen
        }

        Console.WriteLine($"fake-tmdb stats: {stats.Json()}");
        await app.StopAsync(CancellationToken.None);
        return 0;
    }

    /// <summary>
    /// The film of that title; else, as TMDB's search finds a title from its first words, the film of that year whose
    /// title starts with the query (a release parser may take a trailing code such as "Bd" for a tag).
    /// </summary>
    private static int? Find(Dictionary<string, int> byTitle, string? query, int? year)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        if (byTitle.TryGetValue(query.Trim(), out var exact))
        {
            return exact;
        }

        var prefix = query.Trim() + " ";
        foreach (var (title, i) in byTitle)
        {
            if (title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (year is null || TreeMaker.Year(i) == year))
            {
                return i;
            }
        }

        return null;
    }

    private static string Route(PathString path)
    {
        var text = path.Value ?? string.Empty;
        return text switch
        {
            "/configuration" => "configuration",
            "/search/movie" => "search/movie",
            "/stats" => "stats",
            _ when text.StartsWith("/movie/", StringComparison.Ordinal) => "movie/{id}",
            _ when text.StartsWith("/t/p/", StringComparison.Ordinal) => "image",
            _ => "other",
        };
    }

    private static IResult Json(JsonNode node) => Results.Text(node.ToJsonString(), "application/json");

    private static IResult NotFound() =>
        Results.Text("""{"success":false,"status_code":34,"status_message":"The resource you requested could not be found."}""", "application/json", statusCode: 404);

    private static JsonObject Configuration(string self) => new()
    {
        ["images"] = new JsonObject
        {
            ["base_url"] = self + "/t/p/",
            ["secure_base_url"] = self + "/t/p/",
            ["backdrop_sizes"] = Strings("w300", "w780", "w1280", "original"),
            ["logo_sizes"] = Strings("w92", "w185", "w300", "original"),
            ["poster_sizes"] = Strings("w92", "w185", "w342", "w500", "w780", "original"),
            ["profile_sizes"] = Strings("w45", "w185", "h632", "original"),
            ["still_sizes"] = Strings("w92", "w185", "w300", "original"),
        },
    };

    /// <summary>The film among two decoys, as TMDB lists them (not by score): a remake decades apart, the film, a similar title.</summary>
    private static JsonObject Search(int i) => Page([
        Hit(RemakeIds + i, TreeMaker.Title(i), RemakeYear(i), 4.5),
        Hit(FilmIds + i, TreeMaker.Title(i), TreeMaker.Year(i), 12.5),
        Hit(SimilarIds + i, TreeMaker.Title(i) + " Returns", TreeMaker.Year(i) + 3, 2.1),
    ]);

    private static JsonObject Page(JsonNode[] results) => new()
    {
        ["page"] = 1,
        ["results"] = new JsonArray(results),
        ["total_pages"] = 1,
        ["total_results"] = results.Length,
    };

    private static JsonObject Hit(int id, string title, int year, double popularity) => new()
    {
        ["adult"] = false,
        ["id"] = id,
        ["title"] = title,
        ["original_title"] = title,
        ["original_language"] = "en",
        ["release_date"] = $"{year.ToString(CultureInfo.InvariantCulture)}-05-14",
        ["overview"] = $"An invented film for the benchmark: {title}.",
        ["poster_path"] = $"/p{id.ToString(CultureInfo.InvariantCulture)}.jpg",
        ["popularity"] = popularity,
        ["vote_average"] = 6.8,
        ["vote_count"] = 120,
    };

    /// <summary>A film, or a decoy, with everything Hearth appends; null for an id nobody has.</summary>
    private static JsonObject? Movie(int id, int films)
    {
        var (i, title, year) = id switch
        {
            >= SimilarIds when id - SimilarIds < films => (id - SimilarIds, TreeMaker.Title(id - SimilarIds) + " Returns", TreeMaker.Year(id - SimilarIds) + 3),
            >= RemakeIds and < SimilarIds when id - RemakeIds < films => (id - RemakeIds, TreeMaker.Title(id - RemakeIds), RemakeYear(id - RemakeIds)),
            >= FilmIds and < RemakeIds when id - FilmIds < films => (id - FilmIds, TreeMaker.Title(id - FilmIds), TreeMaker.Year(id - FilmIds)),
            _ => (-1, string.Empty, 0),
        };
        if (i < 0)
        {
            return null;
        }

        var n = id.ToString(CultureInfo.InvariantCulture);
        var imdb = $"tt{(1_000_000 + id).ToString(CultureInfo.InvariantCulture)}";
        var date = $"{year.ToString(CultureInfo.InvariantCulture)}-05-14";
        return new JsonObject
        {
            ["id"] = id,
            ["imdb_id"] = imdb,
            ["title"] = title,
            ["original_title"] = title,
            ["original_language"] = "en",
            ["release_date"] = date,
            ["overview"] = $"An invented film for the benchmark: {title}, made in {year.ToString(CultureInfo.InvariantCulture)}.",
            ["tagline"] = "Nothing here is real.",
            ["runtime"] = 90 + (i % 60),
            ["vote_average"] = 5.0 + (i % 40 / 10.0),
            ["poster_path"] = $"/p{n}.jpg",
            ["backdrop_path"] = $"/b{n}.jpg",
            ["genres"] = new JsonArray(Named(18, "Drama"), Named(i % 2 == 0 ? 878 : 53, i % 2 == 0 ? "Science Fiction" : "Thriller")),
            ["production_companies"] = new JsonArray(Named(7000 + (i % 50), $"Studio {TreeMaker.Code(i % 50)}")),
            ["belongs_to_collection"] = null,
            ["credits"] = new JsonObject
            {
                ["cast"] = new JsonArray(
                    Cast($"Actor {TreeMaker.Code(i % 300)}", "Lead", $"/a{(i % 300).ToString(CultureInfo.InvariantCulture)}.jpg", 0),
                    Cast($"Actress {TreeMaker.Code(i % 200)}", "Second", $"/s{(i % 200).ToString(CultureInfo.InvariantCulture)}.jpg", 1),
                    Cast($"Extra {TreeMaker.Code(i % 500)}", "Passer-by", null, 2)),
                ["crew"] = new JsonArray(new JsonObject
                {
                    ["name"] = $"Director {TreeMaker.Code(i % 100)}",
                    ["job"] = "Director",
                    ["department"] = "Directing",
                    ["profile_path"] = $"/d{(i % 100).ToString(CultureInfo.InvariantCulture)}.jpg",
                }),
            },
            ["images"] = new JsonObject
            {
                ["posters"] = new JsonArray(Image($"/p{n}.jpg", "en", 2000, 3000)),
                ["backdrops"] = new JsonArray(Image($"/b{n}.jpg", null, 3840, 2160)),
                ["logos"] = new JsonArray(),
            },
            ["release_dates"] = new JsonObject
            {
                ["results"] = new JsonArray(new JsonObject
                {
                    ["iso_3166_1"] = "US",
                    ["release_dates"] = new JsonArray(new JsonObject { ["certification"] = "PG-13", ["release_date"] = date + "T00:00:00.000Z", ["type"] = 3 }),
                }),
            },
            ["external_ids"] = new JsonObject { ["imdb_id"] = imdb },
            ["alternative_titles"] = new JsonObject
            {
                ["titles"] = new JsonArray(new JsonObject { ["iso_3166_1"] = "DE", ["title"] = title + " (DE)", ["type"] = string.Empty }),
            },
        };
    }

    private static JsonArray Strings(params string[] values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    private static JsonObject Named(int id, string name) => new() { ["id"] = id, ["name"] = name };

    private static JsonObject Cast(string name, string character, string? photo, int order) =>
        new() { ["name"] = name, ["character"] = character, ["profile_path"] = photo, ["order"] = order };

    private static JsonObject Image(string path, string? language, int width, int height) => new()
    {
        ["file_path"] = path,
        ["iso_639_1"] = language,
        ["vote_average"] = 5.5,
        ["vote_count"] = 10,
        ["width"] = width,
        ["height"] = height,
    };

    /// <summary>Requests per route, the most API requests (everything but pictures and /stats) in flight at once, their summed time and the time with none in flight.</summary>
    private sealed class RouteStats
    {
        private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private readonly long startedMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        private int inFlight;
        private int maxInFlight;
        private long firstApiMs = -1;
        private long lastApiMs = -1;
        private long busyMs;
        private long idleMs;
        private long idleSinceMs = -1;

        public void Begin(string route, bool api)
        {
            counts.AddOrUpdate(route, 1, (_, c) => c + 1);
            if (!api)
            {
                return;
            }

            Interlocked.CompareExchange(ref firstApiMs, Now(), -1);
            var now = Interlocked.Increment(ref inFlight);
            Interlocked.Add(ref busyMs, -Now());
            if (now == 1 && Interlocked.Read(ref idleSinceMs) is var since and >= 0)
            {
                // nothing was asked between the last answer and this request: Hearth was busy elsewhere
                Interlocked.Add(ref idleMs, Now() - since);
            }
            int seen;
            while (now > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
            {
                // another request raised the maximum meanwhile: look again
            }
        }

        public void End(bool api)
        {
            if (api)
            {
                Interlocked.Add(ref busyMs, Now());
                if (Interlocked.Decrement(ref inFlight) == 0)
                {
                    Interlocked.Exchange(ref idleSinceMs, Now());
                }

                Interlocked.Exchange(ref lastApiMs, Now());
            }
        }

        /// <summary>Epoch milliseconds, so the script can set them against the server's own times.</summary>
        private long Now() => startedMs + clock.ElapsedMilliseconds;

        public string Json()
        {
            var routes = new JsonObject();
            foreach (var (route, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                routes[route] = count;
            }

            return new JsonObject
            {
                ["routes"] = routes,
                ["maxInFlight"] = Volatile.Read(ref maxInFlight),
                ["firstApiMs"] = Interlocked.Read(ref firstApiMs) is var f and >= 0 ? f : null,
                ["lastApiMs"] = Interlocked.Read(ref lastApiMs) is var l and >= 0 ? l : null,
                // the sum of the API requests' times (over the wall time: how many were in flight on average), and the time none was
                ["apiBusyMs"] = Interlocked.Read(ref busyMs),
                ["apiIdleMs"] = Interlocked.Read(ref idleMs),
            }.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
        }
    }
}
