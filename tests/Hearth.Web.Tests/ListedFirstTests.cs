using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Core.Processes;
using Hearth.Library.Probing;
using Hearth.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests;

/// <summary>
/// A new library is listed from names, folders and NFOs before its media is read; the reading follows, playback
/// of an item not read yet reads it at once, and a second library is listed while the first one is being read.
/// The files' reading is held at a gate, so each in-between state is looked at as long as the test likes.
/// </summary>
public sealed class ListedFirstTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task NewLibrary_ListedBeforeItsMediaIsRead_PlayingAnItemReadsItAtOnce_AndAnUnreadableFileLeavesTheList()
    {
        var gate = new GatedProber(new FfprobeProber(new ProcessRunner()));
        // Alpha and Zeta are held: the scan's first batch, which holds all four, is never written while they are
        var held = gate.Hold(path => path.Contains("Alpha", StringComparison.Ordinal) || path.Contains("Zeta", StringComparison.Ordinal));
        await using var server = await TestServer.StartAsync(watch: false, services: s => s.AddSingleton<IMediaProber>(gate));
        var movies = server.Folder.Combine("Movies");
        var clip = await Media.ClipAsync(server.Folder.Combine("source", "clip.mkv"), 2, "mkv");
        foreach (var name in new[] { "Alpha (2001)", "Beta (2002)", "Gamma (2003)" })
        {
            Directory.CreateDirectory(Path.Combine(movies, name));
            File.Copy(clip, Path.Combine(movies, name, name + ".mkv"));
        }

        await File.WriteAllTextAsync(Path.Combine(movies, "Alpha (2001)", "movie.nfo"), "<movie><title>Alpha: The Return</title><year>2001</year><plot>Back again.</plot></movie>");
        await TestImages.JpegAsync(Path.Combine(movies, "Alpha (2001)", "poster.jpg"), 200, 300);
        Directory.CreateDirectory(Path.Combine(movies, "Zeta (2004)"));
        await File.WriteAllTextAsync(Path.Combine(movies, "Zeta (2004)", "Zeta (2004).mkv"), "this is not a video, whatever its name says");

        var library = await AddLibraryAsync(server, "Movies", movies);
        var probing = await WaitForProbingAsync(server, library, gate);

        // every file is listed, by its name and NFO, and nothing of its media is made up meanwhile
        Assert.Equal(4, probing.GetProperty("toProbe").GetInt32());
        Assert.Equal(0, probing.GetProperty("probed").GetInt32());
        var listed = await TitlesAsync(server, library);
        Assert.Equal(["Alpha: The Return", "Beta", "Gamma", "Zeta"], listed.Keys.Order(StringComparer.Ordinal));
        var alpha = listed["Alpha: The Return"];
        Assert.Equal(2001, alpha.GetProperty("year").GetInt32());
        Assert.True(alpha.GetProperty("hasPoster").GetBoolean());
        foreach (var item in listed.Values)
        {
            Assert.Equal(JsonValueKind.Null, item.GetProperty("runtimeMs").ValueKind);
            Assert.Equal(JsonValueKind.Null, item.GetProperty("resolution").ValueKind);
        }

        var alphaDetail = await DetailAsync(server, alpha.GetProperty("id").GetGuid());
        Assert.True(alphaDetail.GetProperty("mediaPending").GetBoolean());
        Assert.Equal(JsonValueKind.Null, alphaDetail.GetProperty("mediaInfo").ValueKind);
        Assert.Equal("Back again.", alphaDetail.GetProperty("overview").GetString());

        // playing an item the scan has not reached reads it now: the scan is still held at the gate
        var gamma = listed["Gamma"].GetProperty("id").GetGuid();
        var started = await server.Admin.PostAsJsonAsync($"/api/v1/items/{gamma}/playback", new { profile = "chromium" });
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var gammaDetail = await DetailAsync(server, gamma);
        Assert.False(gammaDetail.GetProperty("mediaPending").GetBoolean());
        Assert.Equal("h264", gammaDetail.GetProperty("mediaInfo").GetProperty("video")[0].GetProperty("codec").GetString());
        Assert.InRange(gammaDetail.GetProperty("item").GetProperty("runtimeMs").GetInt64(), 1_500, 2_500);

        // and so does the TV app's way in: Jellyfin's PlaybackInfo for an item not read yet describes its streams
        var tv = new HttpClient { BaseAddress = new Uri(server.Url) };
        var header = "MediaBrowser Client=\"Hearth Tests\", Device=\"Shield\", DeviceId=\"listed-first\", Version=\"0.1.0\"";
        tv.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);
        var signedIn = await tv.PostAsJsonAsync("/Users/AuthenticateByName", new { Username = "admin", Pw = "admin-password" });
        var token = (await signedIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("AccessToken").GetString();
        tv.DefaultRequestHeaders.Remove("Authorization");
        tv.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"{header}, Token=\"{token}\"");
        var beta = listed["Beta"].GetProperty("id").GetGuid();
        var info = await tv.PostAsync($"/Items/{beta:N}/PlaybackInfo?UserId=x", JsonContent.Create(new { }));
        Assert.Equal(HttpStatusCode.OK, info.StatusCode);
        var source = (await info.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("MediaSources")[0];
        Assert.Contains(source.GetProperty("MediaStreams").EnumerateArray(), s => s.GetProperty("Type").GetString() == "Video" && s.GetProperty("Codec").GetString() == "h264");
        Assert.True(source.GetProperty("RunTimeTicks").GetInt64() > 15_000_000);
        Assert.NotEqual(JsonValueKind.Null, (await ScanAsync(server, library)).GetProperty("running").ValueKind);
        Assert.Equal(0, (await ScanAsync(server, library)).GetProperty("running").GetProperty("probed").GetInt32());

        held.TrySetResult();
        var done = await server.WaitForScanAsync(library, Limit);
        var last = done.GetProperty("lastScan");
        Assert.Equal((4, 3, 1), (last.GetProperty("filesSeen").GetInt32(), last.GetProperty("added").GetInt32(), last.GetProperty("failed").GetInt32()));
        Assert.Equal("Zeta (2004).mkv", Path.GetFileName(Assert.Single(done.GetProperty("failedFiles").EnumerateArray()).GetProperty("path").GetString()));
        var read = await TitlesAsync(server, library);
        Assert.Equal(["Alpha: The Return", "Beta", "Gamma"], read.Keys.Order(StringComparer.Ordinal));
        foreach (var item in read.Values)
        {
            Assert.InRange(item.GetProperty("runtimeMs").GetInt64(), 1_500, 2_500);
            var detail = await DetailAsync(server, item.GetProperty("id").GetGuid());
            Assert.False(detail.GetProperty("mediaPending").GetBoolean());
            Assert.Equal("h264", detail.GetProperty("mediaInfo").GetProperty("video")[0].GetProperty("codec").GetString());
        }
    }

    [Fact]
    public async Task SecondLibrary_IsListedAndReadWhileTheFirstOneIsStillBeingRead()
    {
        // more than one batch of the first library's files: the second library's scan runs between two batches
        var gate = new GatedProber(new FfprobeProber(new ProcessRunner()));
        var firstBatch = gate.Hold(path => path.Contains("Film 0000", StringComparison.Ordinal));
        var secondBatch = gate.Hold(path => path.Contains("Film 0099", StringComparison.Ordinal));
        await using var server = await TestServer.StartAsync(watch: false, services: s => s.AddSingleton<IMediaProber>(gate));
        var clip = await Media.ClipAsync(server.Folder.Combine("source", "clip.mkv"), 1, "mkv");
        var big = server.Folder.Combine("Movies");
        for (var n = 0; n < 100; n++)
        {
            var name = $"Film {n:D4} (2000)";
            Directory.CreateDirectory(Path.Combine(big, name));
            File.Copy(clip, Path.Combine(big, name, name + ".mkv"));
        }

        var small = server.Folder.Combine("Shows");
        Directory.CreateDirectory(Path.Combine(small, "Harbour Lights", "Season 01"));
        File.Copy(clip, Path.Combine(small, "Harbour Lights", "Season 01", "Harbour Lights - S01E01 - Pilot.mkv"));

        var first = await AddLibraryAsync(server, "Movies", big);
        var probing = await WaitForProbingAsync(server, first, gate);
        Assert.Equal(100, probing.GetProperty("toProbe").GetInt32());

        // the second library's scan is queued while the first library's first batch is read; once that batch is
        // done, it is listed and read before the first library's second batch (held) is
        var second = await AddLibraryAsync(server, "Shows", small);
        firstBatch.TrySetResult();
        var shows = await server.WaitForScanAsync(second, Limit);
        Assert.Equal(1, shows.GetProperty("lastScan").GetProperty("added").GetInt32());
        var episode = (await server.ItemsAsync(server.Admin, $"libraryId={second}&type=episode")).GetProperty("items")[0];
        Assert.Equal("Pilot", episode.GetProperty("title").GetString());
        Assert.InRange(episode.GetProperty("runtimeMs").GetInt64(), 500, 1_500);
        var stillProbing = (await ScanAsync(server, first)).GetProperty("running");
        Assert.Equal("probing", stillProbing.GetProperty("phase").GetString());
        Assert.InRange(stillProbing.GetProperty("probed").GetInt32(), 1, 99);

        secondBatch.TrySetResult();
        var done = await server.WaitForScanAsync(first, Limit);
        Assert.Equal((100, 0), (done.GetProperty("lastScan").GetProperty("added").GetInt32(), done.GetProperty("failedCount").GetInt32()));
        var unread = (await server.ItemsAsync(server.Admin, $"libraryId={first}&type=movie&limit=200")).GetProperty("items").EnumerateArray()
            .Count(i => i.GetProperty("runtimeMs").ValueKind == JsonValueKind.Null);
        Assert.Equal(0, unread);
    }

    private static async Task<Guid> AddLibraryAsync(TestServer server, string name, string folder)
    {
        // not TestServer.AddLibraryAsync: that waits for the whole scan, and this one is held at the gate
        var response = await server.Admin.PostAsJsonAsync("/api/v1/libraries", new { name, kind = name == "Shows" ? "shows" : "movies", folders = new[] { folder } });
        response.EnsureSuccessStatusCode();
        return (await TestServer.ReadAsync<JsonElement>(response)).GetProperty("id").GetGuid();
    }

    /// <summary>Waits until the library's scan is reading media and a read is held at the gate; answers its progress.</summary>
    private static async Task<JsonElement> WaitForProbingAsync(TestServer server, Guid library, GatedProber gate)
    {
        var until = DateTime.UtcNow + Limit;
        while (true)
        {
            var running = (await ScanAsync(server, library)).GetProperty("running");
            if (running.ValueKind == JsonValueKind.Object && running.GetProperty("phase").GetString() == "probing" && gate.Held > 0)
            {
                return running;
            }

            Assert.True(DateTime.UtcNow < until, $"the scan of {library} never reached its reading of media: {running}");
            await Task.Delay(50);
        }
    }

    private static Task<JsonElement> ScanAsync(TestServer server, Guid library) =>
        server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/libraries/{library}/scan", TestServer.Json);

    private static Task<JsonElement> DetailAsync(TestServer server, Guid id) =>
        server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{id}", TestServer.Json);

    private static async Task<Dictionary<string, JsonElement>> TitlesAsync(TestServer server, Guid library) =>
        (await server.ItemsAsync(server.Admin, $"libraryId={library}&type=movie")).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("title").GetString()!);

    /// <summary>A prober that holds the files each <see cref="Hold"/> picks until the test lets that hold go.</summary>
    private sealed class GatedProber(IMediaProber inner) : IMediaProber
    {
        private readonly List<(Func<string, bool> Picks, TaskCompletionSource Released)> holds = [];
        private int waiting;

        public int Held => Volatile.Read(ref waiting);

        /// <summary>Holds the files <paramref name="picks"/> picks; setting the answer's result lets them go.</summary>
        public TaskCompletionSource Hold(Func<string, bool> picks)
        {
            var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (holds)
            {
                holds.Add((picks, released));
            }

            return released;
        }

        public async Task<MediaInfo> ProbeAsync(string path, CancellationToken cancellationToken)
        {
            Task[] waits;
            lock (holds)
            {
                waits = [.. holds.Where(h => h.Picks(path) && !h.Released.Task.IsCompleted).Select(h => h.Released.Task)];
            }

            if (waits.Length > 0)
            {
                Interlocked.Increment(ref waiting);
                try
                {
                    await Task.WhenAll(waits).WaitAsync(cancellationToken);
                }
                finally
                {
                    Interlocked.Decrement(ref waiting);
                }
            }

            return await inner.ProbeAsync(path, cancellationToken);
        }
    }
}
