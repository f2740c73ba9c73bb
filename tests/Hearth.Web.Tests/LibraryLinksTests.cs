using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Testing;

namespace Hearth.Web.Tests;

/// <summary>
/// Links in library folders, end to end: loops end, links inside the library are followed, and nothing
/// whose real path is outside the library is read at scan or served on request.
/// </summary>
public sealed class LibraryLinksTests
{
    private static readonly TimeSpan ScanLimit = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Scan_MovieFolderLinkedToItself_ImportsTheMovieOnce()
    {
        await using var server = await TestServer.StartAsync();
        var movies = server.Folder.Combine("Movies");
        await Media.ClipAsync(Path.Combine(movies, "Loop (2010)", "Loop (2010).mp4"), 1);
        Directory.CreateSymbolicLink(Path.Combine(movies, "Loop (2010)", "again"), ".");

        var library = await AddAsync(server, movies);

        var status = await server.WaitForScanAsync(library, ScanLimit);
        Assert.Equal(1, status.GetProperty("lastScan").GetProperty("filesSeen").GetInt32());
        Assert.Equal(1, (await server.ItemsAsync(server.Admin, $"libraryId={library}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Scan_TwoLoopLinks_FinishesInSecondsWithTheRightCount()
    {
        await using var server = await TestServer.StartAsync();
        var movies = server.Folder.Combine("Movies");
        foreach (var title in new[] { "One (2001)", "Two (2002)" })
        {
            await Media.ClipAsync(Path.Combine(movies, title, title + ".mp4"), 1);
            Directory.CreateSymbolicLink(Path.Combine(movies, title, "again"), ".");
            Directory.CreateSymbolicLink(Path.Combine(movies, title, "up"), "..");
        }

        var library = await AddAsync(server, movies);

        var status = await server.WaitForScanAsync(library, ScanLimit);
        Assert.Equal(2, status.GetProperty("lastScan").GetProperty("filesSeen").GetInt32());
        Assert.Equal(2, (await server.ItemsAsync(server.Admin, $"libraryId={library}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Scan_VideosLinked_InsideTheLibraryImportedOutsideNot()
    {
        await using var server = await TestServer.StartAsync();
        var outside = await Media.ClipAsync(server.Folder.Combine("Elsewhere", "private.mp4"), 1);
        var movies = server.Folder.Combine("Movies");
        var stored = await Media.ClipAsync(Path.Combine(movies, ".downloads", "inside.mp4"), 1);
        Directory.CreateDirectory(Path.Combine(movies, "Inside (2000)"));
        File.CreateSymbolicLink(Path.Combine(movies, "Inside (2000)", "Inside (2000).mp4"), stored);
        Directory.CreateDirectory(Path.Combine(movies, "Outside (2000)"));
        File.CreateSymbolicLink(Path.Combine(movies, "Outside (2000)", "Outside (2000).mp4"), outside);
        Directory.CreateSymbolicLink(Path.Combine(movies, "Elsewhere"), server.Folder.Combine("Elsewhere"));

        var library = await AddAsync(server, movies);
        await server.WaitForScanAsync(library, ScanLimit);

        var items = (await server.ItemsAsync(server.Admin, $"libraryId={library}")).GetProperty("items");
        var item = Assert.Single(items.EnumerateArray());
        Assert.Equal("Inside", item.GetProperty("title").GetString());
        var stream = await server.Admin.GetAsync($"/api/v1/items/{item.GetProperty("id").GetGuid()}/stream");
        Assert.Equal(await File.ReadAllBytesAsync(stored), await stream.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Scan_SidecarsLinkedOutsideTheLibrary_AreNeitherReadNorServed()
    {
        await using var server = await TestServer.StartAsync();
        var secrets = server.Folder.Combine("Secrets");
        await TestImages.JpegAsync(Path.Combine(secrets, "secret.jpg"), 64, 64);
        server.Folder.Write("Secrets/secret.srt", "1\n00:00:00,500 --> 00:00:01,500\nSecret words\n");
        server.Folder.Write("Secrets/secret.nfo", "<movie><title>Leaked Title</title><plot>Read from outside.</plot></movie>");
        var folder = server.Folder.Combine("Movies", "Quiet (1999)");
        await Media.ClipAsync(Path.Combine(folder, "Quiet (1999).mp4"), 1);
        File.CreateSymbolicLink(Path.Combine(folder, "poster.jpg"), Path.Combine(secrets, "secret.jpg"));
        File.CreateSymbolicLink(Path.Combine(folder, "fanart.jpg"), Path.Combine(secrets, "secret.jpg"));
        File.CreateSymbolicLink(Path.Combine(folder, "Quiet (1999).en.srt"), Path.Combine(secrets, "secret.srt"));
        File.CreateSymbolicLink(Path.Combine(folder, "movie.nfo"), Path.Combine(secrets, "secret.nfo"));

        var library = await AddAsync(server, server.Folder.Combine("Movies"));
        await server.WaitForScanAsync(library, ScanLimit);

        var item = (await server.ItemsAsync(server.Admin, $"libraryId={library}")).GetProperty("items")[0];
        var id = item.GetProperty("id").GetGuid();
        var detail = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{id}", TestServer.Json);
        Assert.Equal("Quiet", item.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("overview").ValueKind);
        Assert.False(item.GetProperty("hasPoster").GetBoolean());
        Assert.False(item.GetProperty("hasBackdrop").GetBoolean());
        Assert.Empty(detail.GetProperty("mediaInfo").GetProperty("subtitles").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/items/{id}/images/poster")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/items/{id}/images/backdrop")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/items/{id}/subtitles/1000")).StatusCode);
    }

    [Fact]
    public async Task Serve_FilesSwappedForLinksOutOfTheLibraryAfterTheScan_Answers404()
    {
        // no watcher: the swap must be caught on the request, not by a rescan
        await using var server = await TestServer.StartAsync(watch: false);
        var secrets = server.Folder.Combine("Secrets");
        var secretImage = await TestImages.JpegAsync(Path.Combine(secrets, "secret.jpg"), 64, 64);
        var secretText = server.Folder.Write("Secrets/secret.srt", "1\n00:00:00,500 --> 00:00:01,500\nSecret words\n");
        var secretVideo = await Media.ClipAsync(Path.Combine(secrets, "secret.mp4"), 1);
        var folder = server.Folder.Combine("Movies", "Swap (2003)");
        var video = await Media.ClipAsync(Path.Combine(folder, "Swap (2003).mp4"), 1);
        var poster = await TestImages.JpegAsync(Path.Combine(folder, "poster.jpg"), 32, 48);
        var fanart = await TestImages.JpegAsync(Path.Combine(folder, "fanart.jpg"), 48, 32);
        var subtitle = server.Folder.Write("Movies/Swap (2003)/Swap (2003).en.srt", "1\n00:00:00,500 --> 00:00:01,500\nOwn words\n");
        var library = await AddAsync(server, server.Folder.Combine("Movies"));
        await server.WaitForScanAsync(library, ScanLimit);
        var id = (await server.ItemsAsync(server.Admin, $"libraryId={library}")).GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.GetAsync($"/api/v1/items/{id}/images/poster")).StatusCode);

        foreach (var (path, target) in new[] { (poster, secretImage), (fanart, secretImage), (subtitle, secretText), (video, secretVideo) })
        {
            File.Delete(path);
            File.CreateSymbolicLink(path, target);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/items/{id}/images/poster")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/items/{id}/images/backdrop")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/items/{id}/images/poster?maxWidth=20")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/items/{id}/subtitles/1000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/items/{id}/stream")).StatusCode);
        var playback = await server.Admin.PostAsJsonAsync($"/api/v1/items/{id}/playback", new { profile = "chromium" });
        Assert.Equal(HttpStatusCode.NotFound, playback.StatusCode);
    }

    [Fact]
    public async Task Playback_SubtitleSwappedForALinkOut_IsNotOffered()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var secretText = server.Folder.Write("Secrets/secret.srt", "1\n00:00:00,500 --> 00:00:01,500\nSecret words\n");
        var folder = server.Folder.Combine("Movies", "Swap (2003)");
        await Media.ClipAsync(Path.Combine(folder, "Swap (2003).mp4"), 1);
        var subtitle = server.Folder.Write("Movies/Swap (2003)/Swap (2003).en.srt", "1\n00:00:00,500 --> 00:00:01,500\nOwn words\n");
        var library = await AddAsync(server, server.Folder.Combine("Movies"));
        await server.WaitForScanAsync(library, ScanLimit);
        var id = (await server.ItemsAsync(server.Admin, $"libraryId={library}")).GetProperty("items")[0].GetProperty("id").GetGuid();
        File.Delete(subtitle);
        File.CreateSymbolicLink(subtitle, secretText);

        var playback = await server.Admin.PostAsJsonAsync($"/api/v1/items/{id}/playback", new { profile = "chromium", subtitleIndex = 1000 });

        var answer = await TestServer.ReadAsync<JsonElement>(playback);
        Assert.Equal(HttpStatusCode.OK, playback.StatusCode);
        Assert.Empty(answer.GetProperty("subtitles").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("subtitle").ValueKind);
    }

    [Fact]
    public async Task AddLibrary_SystemFoldersOrTheDataFolder_RefusedWithTheReason()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        Directory.CreateSymbolicLink(server.Folder.Combine("everything"), "/");
        Directory.CreateSymbolicLink(server.Folder.Combine("hearth-data"), server.Data);
        var refused = new (string Folder, string Reason)[]
        {
            ("/", "whole system"),
            ("/proc", "kernel"),
            ("/sys/kernel", "kernel"),
            ("/dev", "kernel"),
            (server.Folder.Combine("everything"), "whole system"),
            (server.Data, "data folder"),
            (Path.Combine(server.Data, "cache"), "data folder"),
            (server.Folder.Combine("hearth-data"), "data folder"),
            (server.Folder.Path, "data folder"),
        };

        foreach (var (folder, reason) in refused)
        {
            var response = await server.Admin.PostAsJsonAsync("/api/v1/libraries", new { name = "Refused " + folder, kind = "movies", folders = new[] { folder } });

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{folder}: {response.StatusCode}");
            var problem = await TestServer.ReadAsync<JsonElement>(response);
            Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Empty((await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/libraries", TestServer.Json)).EnumerateArray());
        Directory.CreateDirectory(server.Folder.Combine("Movies"));
        Assert.Equal(HttpStatusCode.Created, (await server.Admin.PostAsJsonAsync("/api/v1/libraries", new { name = "Movies", kind = "movies", folders = new[] { server.Folder.Combine("Movies") } })).StatusCode);
    }

    [Fact]
    public async Task Start_LibraryFlagNamesTheRootFolder_FailsWithTheReason()
    {
        using var folder = new TempFolder();
        var settings = new ServerSettings { Data = folder.Combine("data"), Port = 0, Demo = false, Libraries = [new LibrarySeed("movies", "/")] };
        await using var app = HearthServer.Build(settings);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => HearthServer.StartAsync(app, settings, TextWriter.Null, CancellationToken.None));

        Assert.Contains("--library movies:/", error.Message, StringComparison.Ordinal);
        Assert.Contains("whole system", error.Message, StringComparison.Ordinal);
    }

    private static async Task<Guid> AddAsync(TestServer server, string folder)
    {
        var response = await server.Admin.PostAsJsonAsync("/api/v1/libraries", new { name = "Movies", kind = "movies", folders = new[] { folder } });
        response.EnsureSuccessStatusCode();
        return (await TestServer.ReadAsync<JsonElement>(response)).GetProperty("id").GetGuid();
    }
}
