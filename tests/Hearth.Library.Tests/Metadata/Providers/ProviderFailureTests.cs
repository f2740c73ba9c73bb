using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Hearth.Core.Metadata;
using Hearth.Testing;
using Microsoft.AspNetCore.Http;

namespace Hearth.Library.Tests.Metadata.Providers;

/// <summary>How the clients authenticate and fail: every failure an outcome and a sentence, never an exception, never the key.</summary>
public sealed class ProviderFailureTests
{
    [Fact]
    public async Task MovieAsync_V3Key_SentAsQueryParameterAndNeverLogged()
    {
        await using var rig = await ProviderRig.StartAsync(FakeProviders.ApiKey);

        var result = await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None);

        Assert.True(result.IsOk);
        Assert.All(rig.Fake.Requests, r => Assert.Contains("api_key=" + FakeProviders.ApiKey, r.Query, StringComparison.Ordinal));
        Assert.All(rig.Fake.Requests, r => Assert.Empty(r.Authorization));
        Assert.NotEmpty(rig.Logs.Lines);
        Assert.DoesNotContain(rig.Logs.Lines, l => l.Contains(FakeProviders.ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MovieAsync_V4Token_SentAsBearerAndNotInQuery()
    {
        await using var rig = await ProviderRig.StartAsync(FakeProviders.Token);

        var result = await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None);

        Assert.True(result.IsOk);
        Assert.All(rig.Fake.Requests, r => Assert.Equal("Bearer " + FakeProviders.Token, r.Authorization));
        Assert.All(rig.Fake.Requests, r => Assert.DoesNotContain("api_key", r.Query, StringComparison.Ordinal));
        Assert.DoesNotContain(rig.Logs.Lines, l => l.Contains(FakeProviders.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryCall_NoKey_NoKeyWithoutAnyRequest()
    {
        await using var rig = await ProviderRig.StartAsync(key: null);
        var tmdb = rig.Tmdb;

        var outcomes = new[]
        {
            (await tmdb.SearchMoviesAsync("Blade Runner", 1982, "en-US", CancellationToken.None)).Outcome,
            (await tmdb.SearchShowsAsync("Sherlock", null, "en-US", CancellationToken.None)).Outcome,
            (await tmdb.MovieAsync("78", "en-US", CancellationToken.None)).Outcome,
            (await tmdb.ShowAsync("19885", "en-US", CancellationToken.None)).Outcome,
            (await tmdb.EpisodesAsync("19885", "en-US", CancellationToken.None)).Outcome,
            (await tmdb.FindMovieAsync("imdb", "tt0083658", CancellationToken.None)).Outcome,
            (await tmdb.FindShowAsync("tvdb", "176941", CancellationToken.None)).Outcome,
        };

        Assert.All(outcomes, o => Assert.Equal(ProviderOutcome.NoKey, o));
        Assert.Empty(rig.Fake.Requests);
    }

    [Fact]
    public async Task MovieAsync_RefusedKey_UnauthorizedWithoutTheKey()
    {
        const string BadKey = "bad-key-0000000000000000000000000000";
        await using var rig = await ProviderRig.StartAsync(BadKey);

        var result = await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.Unauthorized, result.Outcome);
        Assert.Equal("TMDB refused the API key", result.Detail);
        Assert.Equal(1, rig.Fake.CountTo("/tmdb/3/movie/78")); // a refused key is not retried
        Assert.DoesNotContain(rig.Logs.Lines, l => l.Contains(BadKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MovieAsync_UnknownId_NotFoundAndRememberedBriefly()
    {
        await using var rig = await ProviderRig.StartAsync();

        var first = await rig.Tmdb.MovieAsync("999999", "en-US", CancellationToken.None);
        var second = await rig.Tmdb.MovieAsync("999999", "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.NotFound, first.Outcome);
        Assert.Equal("TMDB has no film 999999", first.Detail);
        Assert.Equal(ProviderOutcome.NotFound, second.Outcome);
        Assert.Equal(1, rig.Fake.CountTo("/tmdb/3/movie/999999"));
    }

    [Fact]
    public async Task MovieAsync_RateLimitedOnceWithRetryAfter_WaitsAndSucceeds()
    {
        await using var rig = await ProviderRig.StartAsync();
        rig.Fake.Override("/tmdb/3/movie/78", async (http, n) =>
        {
            if (n > 1)
            {
                return false;
            }

            http.Response.Headers.RetryAfter = "1";
            await FakeProviders.JsonAsync(http, """{"status_code":25,"status_message":"Your request count is over the allowed limit."}""", 429);
            return true;
        });
        var clock = Stopwatch.StartNew();

        var result = await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.Ok, result.Outcome);
        Assert.Equal(2, rig.Fake.CountTo("/tmdb/3/movie/78"));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed}, before Retry-After said");
    }

    [Fact]
    public async Task MovieAsync_RateLimitedEveryTime_RateLimitedAfterRetries()
    {
        await using var rig = await ProviderRig.StartAsync();
        rig.Fake.Override("/tmdb/3/movie/78", async (http, _) =>
        {
            http.Response.Headers.RetryAfter = "0";
            await FakeProviders.JsonAsync(http, """{"status_code":25,"status_message":"over the limit"}""", 429);
            return true;
        });

        var result = await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.RateLimited, result.Outcome);
        Assert.Equal(3, rig.Fake.CountTo("/tmdb/3/movie/78")); // the first try and 2 retries
    }

    [Fact]
    public async Task MovieAsync_RetryAfterLongerThanAllowed_RateLimitedWithoutWaiting()
    {
        await using var rig = await ProviderRig.StartAsync();
        rig.Fake.Override("/tmdb/3/movie/78", async (http, _) =>
        {
            http.Response.Headers.RetryAfter = "3600";
            await FakeProviders.JsonAsync(http, "{}", 429);
            return true;
        });

        var result = await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.RateLimited, result.Outcome);
        Assert.Equal(1, rig.Fake.CountTo("/tmdb/3/movie/78"));
    }

    [Fact]
    public async Task MovieAsync_ServerErrorEveryTime_UnavailableAfterRetries()
    {
        await using var rig = await ProviderRig.StartAsync();
        rig.Fake.Override("/tmdb/3/movie/78", async (http, _) =>
        {
            await FakeProviders.JsonAsync(http, """{"status_code":11,"status_message":"Internal error"}""", 500);
            return true;
        });

        var result = await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.Unavailable, result.Outcome);
        Assert.Contains("500", result.Detail, StringComparison.Ordinal);
        Assert.Equal(3, rig.Fake.CountTo("/tmdb/3/movie/78"));
    }

    [Fact]
    public async Task MovieAsync_ServerErrorOnce_RetriedAndOk()
    {
        await using var rig = await ProviderRig.StartAsync();
        rig.Fake.Override("/tmdb/3/movie/78", async (http, n) =>
        {
            if (n > 1)
            {
                return false;
            }

            await FakeProviders.JsonAsync(http, "{}", 503);
            return true;
        });

        Assert.True((await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None)).IsOk);
        Assert.Equal(2, rig.Fake.CountTo("/tmdb/3/movie/78"));
    }

    [Fact]
    public async Task MovieAsync_AfterManyFailures_CircuitOpenRateLimitedWithoutRequest()
    {
        await using var rig = await ProviderRig.StartAsync(settings: new Dictionary<string, string> { ["CacheTtl"] = "00:00:00" });
        rig.Fake.Override("/tmdb/3/movie/1", async (http, _) =>
        {
            await FakeProviders.JsonAsync(http, "{}", 502);
            return true;
        });
        for (var i = 0; i < 7; i++)
        {
            // 7 calls of 3 attempts each pass the breaker's minimum of 20 attempts, all failed
            await rig.Tmdb.MovieAsync("1", "en-US", CancellationToken.None);
        }

        var before = rig.Fake.Requests.Count;
        var healthy = await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.RateLimited, healthy.Outcome);
        Assert.Contains("pauses asking", healthy.Detail, StringComparison.Ordinal);
        Assert.Equal(before, rig.Fake.Requests.Count);
    }

    [Fact]
    public async Task MovieAsync_NothingListening_Unavailable()
    {
        var closed = ClosedPort();
        await using var rig = await ProviderRig.StartAsync(tmdbUrl: $"http://127.0.0.1:{closed}/3");

        var result = await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.Unavailable, result.Outcome);
        Assert.Contains("could not be reached", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MovieAsync_SlowerThanTimeout_Unavailable()
    {
        await using var rig = await ProviderRig.StartAsync(settings: new Dictionary<string, string> { ["Timeout"] = "00:00:00.200", ["Retries"] = "1" });
        rig.Fake.Override("/tmdb/3/movie/78", async (http, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3), http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return true;
        });

        var result = await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.Unavailable, result.Outcome);
        Assert.Equal(2, rig.Fake.CountTo("/tmdb/3/movie/78"));
    }

    [Fact]
    public async Task MovieAsync_BodyCutOff_Garbage()
    {
        await using var rig = await ProviderRig.StartAsync();
        rig.Fake.Override("/tmdb/3/movie/78", async (http, _) =>
        {
            // announces the whole answer, sends half of it, and drops the connection
            var whole = Encoding.UTF8.GetBytes(FakeProviders.Fixture("tmdb-movie-78.json"));
            http.Response.ContentType = "application/json";
            http.Response.ContentLength = whole.Length;
            await http.Response.Body.WriteAsync(whole.AsMemory(0, whole.Length / 2));
            await http.Response.Body.FlushAsync();
            await Task.Delay(200); // let the half reach the client: Kestrel's abort drops output not yet on the wire
            http.Abort();
            return true;
        });

        var result = await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None);

        Assert.True(ProviderOutcome.Garbage == result.Outcome, $"{result.Outcome}: {result.Detail}");
        var cached = Path.Combine(rig.CacheFolder, "tmdb");
        Assert.False(Directory.Exists(cached) && Directory.EnumerateFiles(cached).Any(), "a cut-off answer was cached");
    }

    [Fact]
    public async Task MovieAsync_TruncatedJson_Garbage()
    {
        await using var rig = await ProviderRig.StartAsync();
        rig.Fake.Override("/tmdb/3/movie/78", async (http, _) =>
        {
            var whole = FakeProviders.Fixture("tmdb-movie-78.json");
            await FakeProviders.JsonAsync(http, whole[..(whole.Length / 3)]);
            return true;
        });

        var result = await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.Garbage, result.Outcome);
        Assert.Equal("TMDB sent an answer for the film 78 that is not the documented JSON", result.Detail);
    }

    [Fact]
    public async Task MovieAsync_HtmlInsteadOfJson_Garbage()
    {
        await using var rig = await ProviderRig.StartAsync();
        rig.Fake.Override("/tmdb/3/movie/78", async (http, _) =>
        {
            http.Response.ContentType = "text/html";
            await http.Response.WriteAsync("<!DOCTYPE html><html><body><h1>Checking your browser…</h1></body></html>");
            return true;
        });

        Assert.Equal(ProviderOutcome.Garbage, (await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task MovieAsync_FieldOfWrongKind_Garbage()
    {
        await using var rig = await ProviderRig.StartAsync();
        rig.Fake.Override("/tmdb/3/movie/78", async (http, _) =>
        {
            await FakeProviders.JsonAsync(http, """{"id":"seventy-eight","title":"Blade Runner","genres":{"name":"Drama"}}""");
            return true;
        });

        Assert.Equal(ProviderOutcome.Garbage, (await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task SearchMoviesAsync_ManyAtOnce_ProviderSeesAtMostMaxConcurrency()
    {
        await using var rig = await ProviderRig.StartAsync(settings: new Dictionary<string, string> { ["MaxConcurrency"] = "3" });
        rig.Fake.Override("/tmdb/3/search/movie", async (_, _) =>
        {
            await Task.Delay(150);
            return false;
        });

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => rig.Tmdb.SearchMoviesAsync($"Blade Runner {i}", null, "en-US", CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(ProviderOutcome.Ok, r.Outcome));
        Assert.Equal(12, rig.Fake.CountTo("/tmdb/3/search/movie"));
        Assert.Equal(3, rig.Fake.MaxInFlight);
    }

    [Fact]
    public async Task MovieAsync_AskedTwice_SecondFromDiskCache()
    {
        await using var rig = await ProviderRig.StartAsync();

        var first = await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None);
        var second = await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None);

        Assert.True(first.IsOk && second.IsOk);
        Assert.Equal(first.Value!.Title, second.Value!.Title);
        Assert.Equal(first.Value.Images.Count, second.Value.Images.Count);
        Assert.Equal(1, rig.Fake.CountTo("/tmdb/3/movie/78"));
        Assert.Equal(1, rig.Fake.CountTo("/tmdb/3/collection/422837"));
        var files = Directory.GetFiles(Path.Combine(rig.CacheFolder, "tmdb"), "*.json");
        Assert.Equal(3, files.Length); // the film, its collection and the configuration
        Assert.All(files, f => Assert.Matches("^[0-9a-f]{64}\\.json$", Path.GetFileName(f)));
        Assert.All(files, f => Assert.DoesNotContain(FakeProviders.ApiKey, File.ReadAllText(f), StringComparison.Ordinal));
    }

    [Fact]
    public async Task MovieAsync_CacheOlderThanTtl_AsksAgain()
    {
        await using var rig = await ProviderRig.StartAsync(settings: new Dictionary<string, string> { ["CacheTtl"] = "7.00:00:00" });
        Assert.True((await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None)).IsOk);
        foreach (var file in Directory.GetFiles(rig.CacheFolder, "*.json", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(-8));
        }

        var again = await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None);

        Assert.True(again.IsOk);
        Assert.Equal(2, rig.Fake.CountTo("/tmdb/3/movie/78"));
    }

    [Fact]
    public async Task MovieAsync_OtherLanguage_NotServedFromTheFirstLanguagesCache()
    {
        await using var rig = await ProviderRig.StartAsync();

        await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None);
        await rig.Tmdb.MovieAsync("78", "de-DE", CancellationToken.None);

        Assert.Equal(2, rig.Fake.CountTo("/tmdb/3/movie/78"));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
