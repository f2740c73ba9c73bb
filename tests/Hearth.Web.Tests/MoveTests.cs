using Hearth.Library.Store;
using Hearth.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests;

/// <summary>A file or folder moved or renamed inside a library keeps its item, and with it the family's history.</summary>
public sealed class MoveTests
{
    private static readonly Guid User = Guid.CreateVersion7();

    [Fact]
    public async Task Rescan_FilmFolderRenamedAsRadarrDoes_KeepsItemPositionAndFavourite()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var movies = server.Folder.Combine("Movies");
        await Media.ClipAsync(Path.Combine(movies, "Alien (1979)", "Alien (1979).mkv"), 1, "mkv");
        await Media.ClipAsync(Path.Combine(movies, "Heat (1995)", "Heat (1995).mkv"), 1, "mkv");
        var library = await server.AddLibraryAsync("Movies", "movies", movies);
        var alien = await ItemAsync(server, "Alien");
        await RememberAsync(server, alien.Id, positionMs: 600_000, favourite: true);

        Directory.Move(Path.Combine(movies, "Alien (1979)"), Path.Combine(movies, "Alien (1979) [imdbid-tt0078748]"));
        var scan = await server.RescanAsync(library);

        var after = await ItemAsync(server, "Alien");
        Assert.Equal(alien.Id, after.Id);
        Assert.Equal(1979, after.Year);
        Assert.Contains("tt0078748", after.Key + after.ProviderIdsJson, StringComparison.Ordinal);
        Assert.Equal((600_000L, true), await StateAsync(server, alien.Id));
        Assert.Equal((1, 0, 0), (scan.GetProperty("moved").GetInt32(), scan.GetProperty("added").GetInt32(), scan.GetProperty("removed").GetInt32()));
        Assert.Equal(2, await CountAsync(server, ItemKind.Movie));
    }

    [Fact]
    public async Task Rescan_FileImportedBeforeFingerprints_FingerprintedEditionReadThenMovedWithItsHistory()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var movies = server.Folder.Combine("Movies");
        await Media.ClipAsync(Path.Combine(movies, "Alien (1979)", "Alien.1979.Directors.Cut.1080p.BluRay.x264-GRP.mkv"), 1, "mkv");
        var library = await server.AddLibraryAsync("Movies", "movies", movies);
        var alien = await ItemAsync(server, "Alien");
        await RememberAsync(server, alien.Id, positionMs: 600_000, favourite: true);
        // as a store upgraded from before fingerprints and editions has it
        var factory = server.Services.GetRequiredService<IDbContextFactory<LibraryDb>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Files.ExecuteUpdateAsync(s => s.SetProperty(f => f.Fingerprint, (string?)null));
            await db.Items.ExecuteUpdateAsync(s => s.SetProperty(i => i.Edition, (string?)null));
        }

        await server.RescanAsync(library);
        Assert.Equal("Directors Cut", (await ItemAsync(server, "Alien")).Edition);
        Directory.Move(Path.Combine(movies, "Alien (1979)"), Path.Combine(movies, "Alien (1979) [imdbid-tt0078748]"));
        var scan = await server.RescanAsync(library);

        Assert.Equal(alien.Id, (await ItemAsync(server, "Alien")).Id);
        Assert.Equal((600_000L, true), await StateAsync(server, alien.Id));
        Assert.Equal(1, scan.GetProperty("moved").GetInt32());
    }

    [Fact]
    public async Task Watcher_FilmFolderRenamed_KeepsItemAndFavourite()
    {
        await using var server = await TestServer.StartAsync();
        var movies = server.Folder.Combine("Movies");
        await Media.ClipAsync(Path.Combine(movies, "Alien (1979)", "Alien (1979).mkv"), 1, "mkv");
        var library = await server.AddLibraryAsync("Movies", "movies", movies);
        var alien = await ItemAsync(server, "Alien");
        await RememberAsync(server, alien.Id, positionMs: 600_000, favourite: true);

        // the watcher sees the rename as the old path gone and a new one there, each scanned on its own
        Directory.Move(Path.Combine(movies, "Alien (1979)"), Path.Combine(movies, "Alien (1979) [imdbid-tt0078748]"));
        var factory = server.Services.GetRequiredService<IDbContextFactory<LibraryDb>>();
        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until)
        {
            await Task.Delay(100);
            await using var db = await factory.CreateDbContextAsync();
            if (await db.Files.AnyAsync(f => f.Path.Contains("imdbid")) && !await db.Files.AnyAsync(f => !f.Path.Contains("imdbid")))
            {
                break;
            }
        }

        await server.WaitForScanAsync(library);
        var after = await ItemAsync(server, "Alien");
        Assert.Equal(alien.Id, after.Id);
        Assert.Contains("imdbid", after.Key, StringComparison.Ordinal);
        Assert.Equal((600_000L, true), await StateAsync(server, alien.Id));
    }

    [Fact]
    public async Task Rescan_FileMovedToAnotherFolderAndRenamed_KeepsItemAndTakesTheNewName()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var movies = server.Folder.Combine("Movies");
        var old = await Media.ClipAsync(Path.Combine(movies, "Inbox", "Alein (1979).mkv"), 1, "mkv");
        var library = await server.AddLibraryAsync("Movies", "movies", movies);
        var before = await ItemAsync(server, "Alein");
        await RememberAsync(server, before.Id, positionMs: 42_000, favourite: false);

        Directory.CreateDirectory(Path.Combine(movies, "Classics", "Alien (1979)"));
        File.Move(old, Path.Combine(movies, "Classics", "Alien (1979)", "Alien (1979).mkv"));
        var scan = await server.RescanAsync(library);

        var after = await ItemAsync(server, "Alien");
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(42_000L, (await StateAsync(server, before.Id)).PositionMs);
        Assert.Equal(1, scan.GetProperty("moved").GetInt32());
        Assert.Equal(1, await CountAsync(server, ItemKind.Movie));
    }

    [Fact]
    public async Task Rescan_ShowFolderRenamed_EpisodesKeepWatchStates()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var shows = server.Folder.Combine("Shows");
        await Media.ClipAsync(Path.Combine(shows, "Andor", "Season 01", "Andor - S01E01.mkv"), 1, "mkv");
        await Media.ClipAsync(Path.Combine(shows, "Andor", "Season 01", "Andor - S01E02.mkv"), 2, "mkv");
        var library = await server.AddLibraryAsync("Shows", "shows", shows);
        var factory = server.Services.GetRequiredService<IDbContextFactory<LibraryDb>>();
        List<Item> episodes, containers;
        await using (var db = await factory.CreateDbContextAsync())
        {
            episodes = await db.Items.AsNoTracking().Where(i => i.Kind == ItemKind.Episode).OrderBy(i => i.IndexNumber).ToListAsync();
            containers = await db.Items.AsNoTracking().Where(i => i.Kind == ItemKind.Show || i.Kind == ItemKind.Season).OrderBy(i => i.Kind).ToListAsync();
        }

        await RememberAsync(server, episodes[0].Id, positionMs: 0, favourite: false, played: true);
        await RememberAsync(server, episodes[1].Id, positionMs: 30_000, favourite: true);

        Directory.Move(Path.Combine(shows, "Andor"), Path.Combine(shows, "Andor (2022) [tvdbid-393189]"));
        var scan = await server.RescanAsync(library);

        await using (var db = await factory.CreateDbContextAsync())
        {
            var now = await db.Items.AsNoTracking().Where(i => i.Kind == ItemKind.Episode).OrderBy(i => i.IndexNumber).ToListAsync();
            Assert.Equal(episodes.Select(e => e.Id), now.Select(e => e.Id));
            Assert.All(now, e => Assert.Contains("Andor (2022)", e.Key, StringComparison.Ordinal));
            var after = await db.Items.AsNoTracking().Where(i => i.Kind == ItemKind.Show || i.Kind == ItemKind.Season).OrderBy(i => i.Kind).ToListAsync();
            Assert.Equal(containers.Select(c => c.Id), after.Select(c => c.Id));
            Assert.Equal(2022, after[0].Year);
            Assert.True((await db.WatchStates.SingleAsync(w => w.ItemId == episodes[0].Id)).Played);
        }

        Assert.Equal((30_000L, true), await StateAsync(server, episodes[1].Id));
        Assert.Equal((2, 0, 0), (scan.GetProperty("moved").GetInt32(), scan.GetProperty("added").GetInt32(), scan.GetProperty("removed").GetInt32()));
    }

    [Fact]
    public async Task Rescan_OneFileDeletedAnotherAdded_IsNotAMove()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var movies = server.Folder.Combine("Movies");
        var old = await Media.ClipAsync(Path.Combine(movies, "Alien (1979)", "Alien (1979).mkv"), 1, "mkv");
        var library = await server.AddLibraryAsync("Movies", "movies", movies);
        var alien = await ItemAsync(server, "Alien");
        await RememberAsync(server, alien.Id, positionMs: 600_000, favourite: true);

        // a different file of the very same size: only the content tells them apart
        var bytes = await File.ReadAllBytesAsync(old);
        bytes[bytes.Length / 2] ^= 0xff;
        File.Delete(old);
        Directory.Delete(Path.GetDirectoryName(old)!);
        Directory.CreateDirectory(Path.Combine(movies, "Aliens (1986)"));
        await File.WriteAllBytesAsync(Path.Combine(movies, "Aliens (1986)", "Aliens (1986).mkv"), bytes);
        var scan = await server.RescanAsync(library);

        var aliens = await ItemAsync(server, "Aliens");
        Assert.NotEqual(alien.Id, aliens.Id);
        Assert.Equal((0, 1, 1), (scan.GetProperty("moved").GetInt32(), scan.GetProperty("added").GetInt32(), scan.GetProperty("removed").GetInt32()));
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<LibraryDb>>().CreateDbContextAsync();
        Assert.False(await db.WatchStates.AnyAsync(w => w.ItemId == aliens.Id));
    }

    [Fact]
    public async Task Rescan_TwoIdenticalCopiesAppear_NothingIsGuessed()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var movies = server.Folder.Combine("Movies");
        var old = await Media.ClipAsync(Path.Combine(movies, "Alien (1979)", "Alien (1979).mkv"), 1, "mkv");
        var library = await server.AddLibraryAsync("Movies", "movies", movies);
        var alien = await ItemAsync(server, "Alien");

        Directory.CreateDirectory(Path.Combine(movies, "Alien A (1979)"));
        Directory.CreateDirectory(Path.Combine(movies, "Alien B (1979)"));
        File.Copy(old, Path.Combine(movies, "Alien A (1979)", "Alien A (1979).mkv"));
        File.Copy(old, Path.Combine(movies, "Alien B (1979)", "Alien B (1979).mkv"));
        File.Delete(old);
        var scan = await server.RescanAsync(library);

        Assert.Equal((0, 2, 1), (scan.GetProperty("moved").GetInt32(), scan.GetProperty("added").GetInt32(), scan.GetProperty("removed").GetInt32()));
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<LibraryDb>>().CreateDbContextAsync();
        Assert.False(await db.Items.AnyAsync(i => i.Id == alien.Id));
    }

    private static async Task<Item> ItemAsync(TestServer server, string title)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<LibraryDb>>().CreateDbContextAsync();
        return await db.Items.AsNoTracking().SingleAsync(i => i.Title == title && (i.Kind == ItemKind.Movie || i.Kind == ItemKind.Show));
    }

    private static async Task<int> CountAsync(TestServer server, ItemKind kind)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<LibraryDb>>().CreateDbContextAsync();
        return await db.Items.CountAsync(i => i.Kind == kind);
    }

    private static async Task RememberAsync(TestServer server, Guid item, long positionMs, bool favourite, bool played = false)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<LibraryDb>>().CreateDbContextAsync();
        db.WatchStates.Add(new WatchState { UserId = User, ItemId = item, PositionMs = positionMs, Favourite = favourite, Played = played, PlayCount = played ? 1 : 0, LastPlayedMs = 1 });
        await db.SaveChangesAsync();
    }

    private static async Task<(long PositionMs, bool Favourite)> StateAsync(TestServer server, Guid item)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<LibraryDb>>().CreateDbContextAsync();
        var state = await db.WatchStates.AsNoTracking().SingleAsync(w => w.ItemId == item && w.UserId == User);
        return (state.PositionMs, state.Favourite);
    }
}
