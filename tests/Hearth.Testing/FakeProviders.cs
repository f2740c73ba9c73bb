using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hearth.Testing;

/// <summary>
/// A real HTTP server on loopback answering as TMDB v3 (under /tmdb/3) and TVmaze (under /tvmaze) do, from the
/// fixtures in ProviderFixtures/ written from their documented shapes. It records what it was asked (path, query,
/// Authorization) and how many requests were in flight at once; a test can take over a path with
/// <see cref="Override"/> (return false from the override to let the fixture answer after it).
/// </summary>
public sealed class FakeProviders : IAsyncDisposable
{
    public const string ApiKey = "v3key-5d41402abc4b2a76b9719d911017c592";
    public const string Token = "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJoZWFydGgtdGVzdHMiLCJzY29wZXMiOlsiYXBpX3JlYWQiXX0.c2lnbmVkLWJ5LXRoZS10ZXN0";

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, int, Task<bool>>> overrides = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private int inFlight;
    private int maxInFlight;

    private FakeProviders(WebApplication app, string url)
    {
        this.app = app;
        Url = url;
    }

    public string Url { get; }

    public string TmdbUrl => Url + "/tmdb/3";

    public string TvMazeUrl => Url + "/tvmaze";

    public ConcurrentQueue<SeenRequest> Requests { get; } = new();

    /// <summary>
    /// When true, the picture hosts in the answers (TMDB's image base, TVmaze's static host) point back at this
    /// server, which answers every /img/… path with a small PNG whose bytes differ by path: a whole server under
    /// test then downloads artwork without leaving loopback.
    /// </summary>
    public bool LoopbackImages { get; set; }

    /// <summary>The bytes served for a picture at <paramref name="path"/> (e.g. "/img/tmdb/t/p/original/x.jpg").</summary>
    public static byte[] PictureBytes(string path) => [.. Convert.FromBase64String(OnePixelPng), .. Encoding.UTF8.GetBytes(path)];

    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    /// <summary>Requests to <paramref name="path"/> (without the query), e.g. "/tmdb/3/movie/78".</summary>
    public int CountTo(string path) => counts.GetValueOrDefault(path);

    /// <summary>Answers <paramref name="path"/> with <paramref name="answer"/>, which gets the request and its 1-based number for this path.</summary>
    public void Override(string path, Func<HttpContext, int, Task<bool>> answer) => overrides[path] = answer;

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ProviderFixtures", name));

    public static async Task<FakeProviders> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeProviders? fake = null;
        app.Run(http => fake!.AnswerAsync(http));
        await app.StartAsync();
        fake = new FakeProviders(app, app.Urls.First());
        return fake;
    }

    private async Task AnswerAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        Requests.Enqueue(new SeenRequest(path, http.Request.QueryString.Value ?? string.Empty, http.Request.Headers.Authorization.ToString()));
        var number = counts.AddOrUpdate(path, 1, (_, n) => n + 1);
        var now = Interlocked.Increment(ref inFlight);
        var seen = Volatile.Read(ref maxInFlight);
        while (now > seen && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
        {
            seen = Volatile.Read(ref maxInFlight);
        }

        try
        {
            if (overrides.TryGetValue(path, out var answer) && await answer(http, number))
            {
                return;
            }

            if (path.StartsWith("/img/", StringComparison.Ordinal))
            {
                var bytes = PictureBytes(path);
                http.Response.ContentType = "image/png";
                http.Response.ContentLength = bytes.Length;
                await http.Response.Body.WriteAsync(bytes);
            }
            else if (path.StartsWith("/tmdb/3/", StringComparison.Ordinal))
            {
                await TmdbAsync(http, path["/tmdb/3/".Length..]);
            }
            else if (path.StartsWith("/tvmaze/", StringComparison.Ordinal))
            {
                await TvMazeAsync(http, path["/tvmaze/".Length..]);
            }
            else
            {
                http.Response.StatusCode = 404;
            }
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    private string Local(string json) => !LoopbackImages ? json : json
        .Replace("https://image.tmdb.org/", Url + "/img/tmdb/", StringComparison.Ordinal)
        .Replace("http://image.tmdb.org/", Url + "/img/tmdb/", StringComparison.Ordinal)
        .Replace("https://static.tvmaze.com/", Url + "/img/tvmaze/", StringComparison.Ordinal);

    private async Task TmdbAsync(HttpContext http, string path)
    {
        var query = http.Request.Query;
        if (query["api_key"] != ApiKey && http.Request.Headers.Authorization != "Bearer " + Token)
        {
            await JsonAsync(http, Fixture("tmdb-401.json"), 401);
            return;
        }

        var fixture = path switch
        {
            "configuration" => "tmdb-configuration.json",
            "search/movie" => query["query"].ToString().Contains("blade", StringComparison.OrdinalIgnoreCase) ? "tmdb-search-movie.json" : null,
            "search/tv" => query["query"].ToString().Contains("sherlock", StringComparison.OrdinalIgnoreCase) ? "tmdb-search-tv.json" : null,
            "movie/78" => "tmdb-movie-78.json",
            "collection/422837" => "tmdb-collection-422837.json",
            "tv/19885" => "tmdb-tv-19885.json",
            "tv/19885/season/0" => "tmdb-tv-19885-season-0.json",
            "tv/19885/season/1" => "tmdb-tv-19885-season-1.json",
            "find/tt0083658" when query["external_source"] == "imdb_id" => "tmdb-find-movie.json",
            "find/176941" when query["external_source"] == "tvdb_id" => "tmdb-find-tv.json",
            _ when path.StartsWith("find/", StringComparison.Ordinal) => "tmdb-find-none.json",
            _ when path.StartsWith("search/", StringComparison.Ordinal) => "empty",
            _ => "tmdb-404.json",
        };
        switch (fixture)
        {
            case null or "empty":
                await JsonAsync(http, """{"page":1,"results":[],"total_pages":1,"total_results":0}""");
                return;
            case "tmdb-404.json":
                await JsonAsync(http, Fixture(fixture), 404);
                return;
            default:
                await JsonAsync(http, Local(Fixture(fixture)));
                return;
        }
    }

    private async Task TvMazeAsync(HttpContext http, string path)
    {
        var query = http.Request.Query;
        switch (path)
        {
            case "search/shows":
                await JsonAsync(http, query["q"].ToString().Contains("sherlock", StringComparison.OrdinalIgnoreCase) ? Local(Fixture("tvmaze-search.json")) : "[]");
                return;
            case "shows/335" when query["embed[]"] == "cast":
                await JsonAsync(http, Local(Fixture("tvmaze-show-335.json")));
                return;
            case "shows/335/episodes" when query["specials"] == "1":
                await JsonAsync(http, Local(Fixture("tvmaze-episodes-335.json")));
                return;
            case "shows/335/seasons":
                await JsonAsync(http, Local(Fixture("tvmaze-seasons-335.json")));
                return;
            case "shows/335/images":
                await JsonAsync(http, Local(Fixture("tvmaze-images-335.json")));
                return;
            case "lookup/shows" when query["thetvdb"] == "176941" || query["imdb"] == "tt1475582":
                // as TVmaze does: a permanent redirect to the show's own address
                http.Response.StatusCode = 301;
                http.Response.Headers.Location = Url + "/tvmaze/shows/335";
                return;
            default:
                await JsonAsync(http, """{"name":"Not Found","message":"","code":0,"status":404}""", 404);
                return;
        }
    }

    public static async Task JsonAsync(HttpContext http, string json, int status = 200)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        var bytes = Encoding.UTF8.GetBytes(json);
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

public sealed record SeenRequest(string Path, string Query, string Authorization);
