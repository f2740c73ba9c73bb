using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Testing;

namespace Hearth.Web.Tests;

public sealed class LibraryApiTests
{
    [Fact]
    public async Task Scan_MoviesAndShows_ListsThemWithMediaInfoAndMetadata()
    {
        await using var server = await TestServer.StartAsync();
        var movies = server.Folder.Combine("Movies");
        await Media.ClipAsync(Path.Combine(movies, "Big Buck Test (2008)", "Big Buck Test (2008).mp4"), 2);
        server.Folder.Write("Movies/Big Buck Test (2008)/movie.nfo", "<movie><title>Big Buck Test</title><year>2008</year><plot>A rabbit.</plot><genre>Animation</genre><actor><name>Bunny</name><role>Himself</role></actor></movie>");
        await Media.ClipAsync(Path.Combine(movies, "Big Buck Test (2008)", "Extras", "Making Of.mp4"), 1);
        var shows = server.Folder.Combine("Shows");
        await Media.ClipAsync(Path.Combine(shows, "Test Show (2020)", "Season 01", "Test Show - S01E01 - Pilot.mkv"), 1, "mkv");
        await Media.ClipAsync(Path.Combine(shows, "Test Show (2020)", "Season 01", "Test Show - S01E02-E03 - Double.mkv"), 1, "mkv");
        await Media.ClipAsync(Path.Combine(shows, "Test Show (2020)", "Specials", "Test Show - S00E01 - Special.mkv"), 1, "mkv");

        var movieLibrary = await server.AddLibraryAsync("Movies", "movies", movies);
        var showLibrary = await server.AddLibraryAsync("Shows", "shows", shows);

        var movieList = await server.ItemsAsync(server.Admin, $"libraryId={movieLibrary}");
        Assert.Equal(1, movieList.GetProperty("total").GetInt32());
        var movie = movieList.GetProperty("items")[0];
        Assert.Equal("Big Buck Test", movie.GetProperty("title").GetString());
        Assert.Equal(2008, movie.GetProperty("year").GetInt32());
        var detail = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{movie.GetProperty("id")}", TestServer.Json);
        Assert.Equal("A rabbit.", detail.GetProperty("overview").GetString());
        Assert.Equal("h264", detail.GetProperty("mediaInfo").GetProperty("video")[0].GetProperty("codec").GetString());
        Assert.Equal("Bunny", detail.GetProperty("people")[0].GetProperty("name").GetString());
        Assert.Equal(1, detail.GetProperty("childCount").GetInt32());

        var show = (await server.ItemsAsync(server.Admin, $"libraryId={showLibrary}")).GetProperty("items")[0];
        Assert.Equal("Test Show", show.GetProperty("title").GetString());
        var seasons = await server.ItemsAsync(server.Admin, $"parentId={show.GetProperty("id")}");
        Assert.Equal(["Specials", "Season 1"], seasons.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        var season1 = seasons.GetProperty("items")[1].GetProperty("id");
        var episodes = (await server.ItemsAsync(server.Admin, $"parentId={season1}")).GetProperty("items");
        Assert.Equal(2, episodes.GetArrayLength());
        Assert.Equal("Pilot", episodes[0].GetProperty("title").GetString());
        Assert.Equal(2, episodes[1].GetProperty("indexNumber").GetInt32());
        Assert.Equal(3, episodes[1].GetProperty("indexNumberEnd").GetInt32());
    }

    [Fact]
    public async Task UserWithoutAccess_CannotListOrStreamTheLibrary()
    {
        await using var server = await TestServer.StartAsync();
        await Media.ClipAsync(server.Folder.Combine("Kids", "Cartoon (1999)", "Cartoon (1999).mp4"), 1);
        await Media.ClipAsync(server.Folder.Combine("Grown", "Thriller (2010)", "Thriller (2010).mp4"), 1);
        var kids = await server.AddLibraryAsync("Kids", "movies", server.Folder.Combine("Kids"));
        var grown = await server.AddLibraryAsync("Grown", "movies", server.Folder.Combine("Grown"));
        var thriller = (await server.ItemsAsync(server.Admin, $"libraryId={grown}")).GetProperty("items")[0].GetProperty("id").GetGuid();
        using var child = await server.UserAsync("child", kids);

        var everything = await server.ItemsAsync(child, string.Empty);
        Assert.Equal(["Cartoon"], everything.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(1, everything.GetProperty("total").GetInt32());
        Assert.Equal(0, (await server.ItemsAsync(child, $"libraryId={grown}")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await child.GetAsync($"/api/v1/items/{thriller}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await child.GetAsync($"/api/v1/items/{thriller}/stream")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await child.GetAsync($"/api/v1/items/{thriller}/images/poster")).StatusCode);
        var libraries = await child.GetFromJsonAsync<JsonElement>("/api/v1/libraries", TestServer.Json);
        Assert.Equal([kids], libraries.EnumerateArray().Select(l => l.GetProperty("id").GetGuid()));

        // rights change without any write to the library store: the next page must follow them
        var me = await child.GetFromJsonAsync<JsonElement>("/api/v1/me", TestServer.Json);
        var revoke = await server.Admin.PatchAsJsonAsync($"/api/v1/users/{me.GetProperty("id")}", new { libraries = Array.Empty<Guid>() });
        revoke.EnsureSuccessStatusCode();
        Assert.Equal(0, (await server.ItemsAsync(child, string.Empty)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Watcher_FileCopiedIntoLibrary_AppearsWithoutAManualScan()
    {
        await using var server = await TestServer.StartAsync();
        var movies = server.Folder.Combine("Movies");
        Directory.CreateDirectory(movies);
        var library = await server.AddLibraryAsync("Movies", "movies", movies);
        var staging = server.Folder.Combine("staging", "Arrival Test (2016).mp4");
        await Media.ClipAsync(staging, 1);

        Directory.CreateDirectory(Path.Combine(movies, "Arrival Test (2016)"));
        File.Copy(staging, Path.Combine(movies, "Arrival Test (2016)", "Arrival Test (2016).mp4"));

        var until = DateTime.UtcNow.AddSeconds(20);
        JsonElement list;
        do
        {
            await Task.Delay(100);
            list = await server.ItemsAsync(server.Admin, $"libraryId={library}");
        }
        while (list.GetProperty("total").GetInt32() == 0 && DateTime.UtcNow < until);

        Assert.Equal("Arrival Test", list.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Scan_BrokenFiles_AreListedAsFailedAndTheScanGoesOn()
    {
        await using var server = await TestServer.StartAsync();
        var movies = server.Folder.Combine("Movies");
        var good = Path.Combine(movies, "Good (2000)", "Good (2000).mp4");
        await Media.ClipAsync(good, 2);
        var truncated = Path.Combine(movies, "Truncated (2001)", "Truncated (2001).mp4");
        Directory.CreateDirectory(Path.GetDirectoryName(truncated)!);
        var bytes = await File.ReadAllBytesAsync(good);
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 3)]);
        server.Folder.Write("Movies/Garbage (2002)/Garbage (2002).mkv", new string('x', 5000));

        var library = await server.AddLibraryAsync("Movies", "movies", movies);
        var status = await server.WaitForScanAsync(library);

        var titles = (await server.ItemsAsync(server.Admin, $"libraryId={library}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.Contains("Good", titles);
        Assert.DoesNotContain("Garbage", titles);
        var failed = status.GetProperty("failedFiles").EnumerateArray().ToList();
        Assert.Contains(failed, f => f.GetProperty("path").GetString()!.EndsWith("Garbage (2002).mkv", StringComparison.Ordinal) && !string.IsNullOrEmpty(f.GetProperty("reason").GetString()));
        Assert.Equal("completed", status.GetProperty("lastScan").GetProperty("status").GetString());
        Assert.True(status.GetProperty("lastScan").GetProperty("failed").GetInt32() >= 1);
    }

    [Fact]
    public async Task Rescan_Unchanged_ProbesNothingAndRemovesWhatIsGone()
    {
        // no watcher: the deletion below must be found by the requested rescan
        await using var server = await TestServer.StartAsync(watch: false);
        var movies = server.Folder.Combine("Movies");
        await Media.ClipAsync(Path.Combine(movies, "Stays (2000)", "Stays (2000).mp4"), 1);
        await Media.ClipAsync(Path.Combine(movies, "Goes (2001)", "Goes (2001).mp4"), 1);
        var library = await server.AddLibraryAsync("Movies", "movies", movies);

        var unchanged = await server.RescanAsync(library);
        Assert.Equal(2, unchanged.GetProperty("filesSeen").GetInt32());
        Assert.Equal(0, unchanged.GetProperty("added").GetInt32() + unchanged.GetProperty("updated").GetInt32());

        Directory.Delete(Path.Combine(movies, "Goes (2001)"), recursive: true);
        var after = await server.RescanAsync(library);

        Assert.True(after.GetProperty("removed").GetInt32() >= 1);
        var titles = (await server.ItemsAsync(server.Admin, $"libraryId={library}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString());
        Assert.Equal(["Stays"], titles);
    }

    [Fact]
    public async Task Watcher_NfoAddedBesideAVideo_UpdatesTheMetadata()
    {
        await using var server = await TestServer.StartAsync();
        var movies = server.Folder.Combine("Movies");
        await Media.ClipAsync(Path.Combine(movies, "Plain (2003)", "Plain (2003).mp4"), 1);
        var library = await server.AddLibraryAsync("Movies", "movies", movies);

        server.Folder.Write("Movies/Plain (2003)/movie.nfo", "<movie><title>Not So Plain</title><plot>Now with a plot.</plot></movie>");

        var until = DateTime.UtcNow.AddSeconds(20);
        string? title;
        do
        {
            await Task.Delay(100);
            title = (await server.ItemsAsync(server.Admin, $"libraryId={library}")).GetProperty("items")[0].GetProperty("title").GetString();
        }
        while (title != "Not So Plain" && DateTime.UtcNow < until);

        Assert.Equal("Not So Plain", title);
    }

    [Fact]
    public async Task Rescan_WithoutAWatcher_NoticesAnEditedNfoAndANewSubtitle()
    {
        // a network mount: no watcher fires, only the periodic (here: asked) full rescan sees the folder
        await using var server = await TestServer.StartAsync(watch: false);
        var movies = server.Folder.Combine("Movies");
        await Media.ClipAsync(Path.Combine(movies, "Plain (2003)", "Plain (2003).mp4"), 1);
        server.Folder.Write("Movies/Plain (2003)/movie.nfo", "<movie><title>Plain</title></movie>");
        var library = await server.AddLibraryAsync("Movies", "movies", movies);
        // the first full rescan takes the digests of folders scanned before digests existed; nothing changes
        await server.RescanAsync(library);
        var id = (await server.ItemsAsync(server.Admin, $"libraryId={library}")).GetProperty("items")[0].GetProperty("id").GetGuid();

        // edited in place (same name), and a subtitle beside the video: the video itself is untouched
        var nfo = Path.Combine(movies, "Plain (2003)", "movie.nfo");
        await File.WriteAllTextAsync(nfo, "<movie><title>Not So Plain</title><plot>Now with a plot.</plot></movie>");
        File.SetLastWriteTimeUtc(nfo, DateTime.UtcNow.AddMinutes(1));
        server.Folder.Write("Movies/Plain (2003)/Plain (2003).en.srt", "1\n00:00:00,000 --> 00:00:01,000\nHello\n");
        var run = await server.RescanAsync(library);

        Assert.Equal(0, run.GetProperty("added").GetInt32());
        var detail = await server.Admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/items/{id}", TestServer.Json);
        Assert.Equal("Not So Plain", detail.GetProperty("item").GetProperty("title").GetString());
        Assert.Equal("Now with a plot.", detail.GetProperty("overview").GetString());
        Assert.Contains(detail.GetProperty("mediaInfo").GetProperty("subtitles").EnumerateArray(), s => s.GetProperty("isExternal").GetBoolean());

        // and a rescan with nothing changed refreshes nothing
        var quiet = await server.RescanAsync(library);
        Assert.Equal(0, quiet.GetProperty("updated").GetInt32());
    }

    [Fact]
    public async Task Rescan_LibraryFolderEmptied_KeepsItsItemsAndSaysWhy()
    {
        // no watcher: an unmount raises no per-folder events, and a seen deletion would rightly remove the movie
        await using var server = await TestServer.StartAsync(watch: false);
        var movies = server.Folder.Combine("Movies");
        await Media.ClipAsync(Path.Combine(movies, "Kept (2000)", "Kept (2000).mp4"), 1);
        var library = await server.AddLibraryAsync("Movies", "movies", movies);

        // what an unmounted share looks like: the mount point is there, empty
        Directory.Move(Path.Combine(movies, "Kept (2000)"), server.Folder.Combine("elsewhere"));
        var last = await server.RescanAsync(library);

        Assert.Equal("completed with errors", last.GetProperty("status").GetString());
        Assert.Contains("kept", last.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await server.ItemsAsync(server.Admin, $"libraryId={library}")).GetProperty("total").GetInt32());
    }
}
