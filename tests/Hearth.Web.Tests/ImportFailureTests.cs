using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Testing;
using Hearth.Testing.Daemons;
using static Hearth.Web.Tests.CatalogApiTests;

namespace Hearth.Web.Tests;

/// <summary>
/// Downloads that must not reach the library, each completed in a real Transmission (its data already where it saves):
/// a file ffprobe cannot read, a file named for another film, a program posing as a film, archives only, and a library
/// disk too small for a copy. Each ends failed in the queue with its reason; nothing is left in the library, nothing is
/// taken from the download; a release at fault is blocklisted and searched past, a name to check or a full disk is not.
/// </summary>
public sealed class ImportFailureTests
{
    /// <param name="Blocked">Whether the release is at fault, so blocklisted (and searched past); a name to check or a full disk is not.</param>
    private sealed record Case(string Title, int Year, string Release, string Expected, Func<string, Task> Fill, bool Blocked = true);

    [Fact]
    public Task Downloads_that_must_not_be_imported_fail_with_their_reason_and_lose_nothing() => RunAsync(null,
    [
        new("Broken Film", 2001, "Broken.Film.2001.1080p.BluRay.x264-GRP", "ffprobe cannot read Broken.Film.2001.1080p.BluRay.x264-GRP.mkv",
            folder => File.WriteAllBytesAsync(Path.Combine(folder, "Broken.Film.2001.1080p.BluRay.x264-GRP.mkv"), Enumerable.Range(0, 100_000).Select(i => (byte)(i * 31)).ToArray())),
        new("Wanted Film", 2002, "Wanted.Film.2002.1080p.BluRay.x264-GRP", "is named for 'Another Movie' (1999) (by its file name), which is not what it was grabbed for (Wanted Film (2002))",
            folder => Media.ClipAsync(Path.Combine(folder, "Another.Movie.1999.1080p.BluRay.x264-GRP.mkv"), 1, "mkv"), Blocked: false),
        new("Fake Film", 2003, "Fake.Film.2003.1080p.BluRay.x264-GRP", "The download holds Fake.Film.2003.1080p.BluRay.x264-GRP.mkv.exe, a program or script, which is never imported",
            async folder =>
            {
                await Media.ClipAsync(Path.Combine(folder, "Fake.Film.2003.1080p.BluRay.x264-GRP.mkv"), 1, "mkv");
                await File.WriteAllBytesAsync(Path.Combine(folder, "Fake.Film.2003.1080p.BluRay.x264-GRP.mkv.exe"), [0x4d, 0x5a, 0x90, 0x00]);
            }),
        new("Packed Film", 2004, "Packed.Film.2004.1080p.BluRay.x264-GRP", "The download holds only archives (packed.film.2004.r00, packed.film.2004.rar); Hearth does not unpack them.",
            async folder =>
            {
                await File.WriteAllBytesAsync(Path.Combine(folder, "packed.film.2004.rar"), [0x52, 0x61, 0x72, 0x21, 1, 2, 3]);
                await File.WriteAllBytesAsync(Path.Combine(folder, "packed.film.2004.r00"), [4, 5, 6, 7]);
            }),
    ]);

    [RootFact]
    public async Task A_library_disk_too_small_for_a_copy_fails_the_import_and_leaves_no_part_behind()
    {
        // the library on a 1 MiB tmpfs and the download on another file system: no hardlink, and the copy cannot fit
        await using var disk = await SmallDisk.MountAsync("size=1m");
        await RunAsync(disk.Path,
        [
            new("Large Film", 2005, "Large.Film.2005.1080p.BluRay.x264-GRP", "The library's disk has",
                folder => Media.ClipAsync(Path.Combine(folder, "Large.Film.2005.1080p.BluRay.x264-GRP.mkv"), 20, "mkv"), Blocked: false),
        ]);
        Assert.Empty(Directory.EnumerateFiles(disk.Path, "*", SearchOption.AllDirectories));
    }

    private static async Task RunAsync(string? library, IReadOnlyList<Case> cases)
    {
        var (server, fake) = await StartAsync(tmdbKey: false, more: new Dictionary<string, string?>
        {
            ["Acquisition:QueuePoll"] = "00:00:00.200",
            ["Acquisition:QueueIdlePoll"] = "00:00:00.200",
        });
        await using var _ = server;
        await using var __ = fake;
        await using var transmission = await TransmissionDaemon.StartAsync();
        await using var indexer = await FakeIndexer.StartAsync();
        var movies = library ?? server.Folder.Combine("media", "movies");
        Directory.CreateDirectory(movies);
        await server.AddLibraryAsync("Films", "movies", movies);
        Assert.True((await server.Admin.PostAsJsonAsync("/api/v1/indexers", new { name = "Loopback Tracker", kind = "torznab", url = indexer.Site("feed"), apiKey = FakeIndexer.GoodKey })).IsSuccessStatusCode);
        await PostAsync(server.Admin, "/api/v1/downloadclients", new { name = "Transmission", kind = "transmission", url = $"http://127.0.0.1:{transmission.Port}", username = TransmissionDaemon.User, password = transmission.Password }, HttpStatusCode.Created);

        foreach (var (title, year, release, expected, fill, blocked) in cases)
        {
            var folder = Path.Combine(transmission.Downloads, "hearth", release);
            Directory.CreateDirectory(folder);
            await fill(folder);
            var before = Directory.GetFiles(folder).ToDictionary(f => f, f => new FileInfo(f).Length);
            var guid = release.ToLowerInvariant();
            indexer.Files[guid + ".torrent"] = await Torrents.MakeAsync(folder, transmission.Folder.Combine(guid + ".torrent"));
            var movie = (await PostAsync(server.Admin, "/api/v1/movies", new { title, year, monitored = false }, HttpStatusCode.Created)).GetProperty("id").GetInt32();
            indexer.Feed.Enqueue(new FakeIndexer.FeedItem(release, guid, 1_000_000, 5, DateTimeOffset.UtcNow.AddHours(-30)));
            var found = (await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/releases?movieId={movie}", TestServer.Json)).EnumerateArray().First(r => r.GetProperty("title").GetString() == release);
            var grab = (await PostAsync(server.Admin, "/api/v1/releases", new { guid = found.GetProperty("guid").GetString(), indexerId = found.GetProperty("indexerId").GetGuid(), movieId = movie, @override = true }, HttpStatusCode.Created))
                .GetProperty("id").GetInt32();

            var failed = await FailedAsync(server, grab);
            Assert.Contains(expected, failed, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(movies, $"{title} ({year})")) && Directory.EnumerateFiles(Path.Combine(movies, $"{title} ({year})"), "*", SearchOption.AllDirectories).Any(),
                $"{title}: something reached the library");
            Assert.Equal(before, Directory.GetFiles(folder).ToDictionary(f => f, f => new FileInfo(f).Length));
            // the history's line is written just after the failure is stored
            string? told = null;
            for (var i = 0; i < 50 && told is null; i++)
            {
                var history = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/history?movieId={movie}", TestServer.Json);
                told = history.EnumerateArray().FirstOrDefault(h => h.GetProperty("kind").GetString() == "importFailed") is { ValueKind: JsonValueKind.Object } line ? line.GetProperty("detail").GetString() : null;
                await Task.Delay(told is null ? 100 : 0);
            }
            Assert.NotNull(told);
            Assert.StartsWith(failed, told, StringComparison.Ordinal);
            var blocklist = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/blocklist", TestServer.Json);
            Assert.Equal(blocked, blocklist.EnumerateArray().Any(b => b.GetProperty("title").GetString() == release && b.GetProperty("reason").GetString() == failed));
            Assert.Equal(blocked, told.EndsWith("It was blocklisted, and Hearth searches for the next best release.", StringComparison.Ordinal));
        }
    }

    private static async Task<string> FailedAsync(TestServer server, int grab)
    {
        var last = string.Empty;
        for (var i = 0; i < 300; i++)
        {
            var item = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/queue/{grab}", TestServer.Json);
            last = $"{item.GetProperty("status").GetString()}: {item.GetProperty("message")}";
            if (item.GetProperty("status").GetString() == "failed")
            {
                return item.GetProperty("message").GetString()!;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"grab {grab} did not fail; last: {last}");
        return last;
    }
}
