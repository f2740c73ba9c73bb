using Hearth.Library.Probing;
using Hearth.Library.Store;
using Hearth.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests;

/// <summary>The library: two good films, an empty .mkv and a text file named .mp4.</summary>
public sealed class ScanCountsTests
{
    internal static async Task<string> FourFilesAsync(TempFolder folder)
    {
        var movies = folder.Combine("Movies");
        await Media.ClipAsync(Path.Combine(movies, "Good One (2001).mkv"), 1, "mkv");
        await Media.ClipAsync(Path.Combine(movies, "Good Two (2002).mkv"), 1, "mkv");
        folder.Write("Movies/Empty (2003).mkv", "");
        folder.Write("Movies/Text (2004).mp4", "hello, this is text and not a video\n");
        return movies;
    }

    [Fact]
    public async Task Scan_TwoGoodTwoBroken_CountsAddUp()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var library = await server.AddLibraryAsync("Movies", "movies", await FourFilesAsync(server.Folder));

        var status = await server.WaitForScanAsync(library);
        var first = status.GetProperty("lastScan");
        Assert.Equal((4, 2, 0, 2), (first.GetProperty("filesSeen").GetInt32(), first.GetProperty("added").GetInt32(), first.GetProperty("updated").GetInt32(), first.GetProperty("failed").GetInt32()));
        Assert.Equal(2, status.GetProperty("failedFiles").GetArrayLength());

        // unchanged files are not probed again, yet the two that could not be read still cannot be
        var again = await server.RescanAsync(library);
        Assert.Equal((4, 0, 0, 2), (again.GetProperty("filesSeen").GetInt32(), again.GetProperty("added").GetInt32(), again.GetProperty("updated").GetInt32(), again.GetProperty("failed").GetInt32()));
        var after = await server.WaitForScanAsync(library);
        Assert.Equal(after.GetProperty("lastScan").GetProperty("failed").GetInt32(), after.GetProperty("failedFiles").GetArrayLength());
    }

    [Fact]
    public async Task Scan_EmptyAndTextFiles_SayWhatIsWrongWithFfprobesWordsAsDetail()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var library = await server.AddLibraryAsync("Movies", "movies", await FourFilesAsync(server.Folder));

        var failed = (await server.WaitForScanAsync(library)).GetProperty("failedFiles").EnumerateArray()
            .ToDictionary(f => Path.GetFileName(f.GetProperty("path").GetString()!), f => (Kind: f.GetProperty("kind").GetString(), Reason: f.GetProperty("reason").GetString(), Detail: f.GetProperty("detail").GetString()));

        Assert.Equal(("empty", "the file is empty (0 bytes)"), (failed["Empty (2003).mkv"].Kind, failed["Empty (2003).mkv"].Reason));
        Assert.Equal(("not media", "not a video: it looks like a text file"), (failed["Text (2004).mp4"].Kind, failed["Text (2004).mp4"].Reason));
        Assert.All(failed.Values, f => Assert.Contains("Invalid data found", f.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rescan_FailureStoredBeforeKinds_ReadsTheFileAgainAndNamesIt()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var library = await server.AddLibraryAsync("Movies", "movies", await FourFilesAsync(server.Folder));
        // what a store written before failures had a kind holds
        var factory = server.Services.GetRequiredService<IDbContextFactory<LibraryDb>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Files.Where(f => f.State == FileState.Failed)
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.FailureKind, (ProbeFailure?)null).SetProperty(f => f.Failure, "ffprobe could not read the file: Invalid data found when processing input"));
        }

        var again = await server.RescanAsync(library);

        Assert.Equal((0, 2, 2), (again.GetProperty("added").GetInt32(), again.GetProperty("unchanged").GetInt32(), again.GetProperty("failed").GetInt32()));
        var reasons = (await server.WaitForScanAsync(library)).GetProperty("failedFiles").EnumerateArray().Select(f => f.GetProperty("reason").GetString()).Order();
        Assert.Equal(["not a video: it looks like a text file", "the file is empty (0 bytes)"], reasons);
    }

    [Fact]
    public async Task Rescan_OneFileDeleted_RemovedCountsTheFileNotItsItem()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var movies = await FourFilesAsync(server.Folder);
        var library = await server.AddLibraryAsync("Movies", "movies", movies);
        File.Delete(Path.Combine(movies, "Good One (2001).mkv"));

        var after = await server.RescanAsync(library);

        Assert.Equal((3, 1, 2, 1), (after.GetProperty("filesSeen").GetInt32(), after.GetProperty("unchanged").GetInt32(), after.GetProperty("failed").GetInt32(), after.GetProperty("removed").GetInt32()));
    }
}
