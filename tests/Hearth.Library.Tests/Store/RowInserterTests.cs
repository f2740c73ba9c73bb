using Hearth.Core.Storage;
using Hearth.Library.Probing;
using Hearth.Library.Store;
using Hearth.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Tests.Store;

/// <summary>Rows written by RowInserter read back through EF exactly as SaveChanges would have written them.</summary>
public sealed class RowInserterTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private LibraryDb db = null!;

    public async Task InitializeAsync()
    {
        var options = new DbContextOptionsBuilder<LibraryDb>();
        options.UseHearthSqlite(folder.Combine("library.db"));
        db = new LibraryDb(options.Options);
        await SqliteStore.MigrateAsync(db, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task InsertAsync_RowsOfEveryKindOfColumn_ReadBackAsTheyWere()
    {
        var library = new MediaLibrary { Id = Guid.CreateVersion7(), Name = "Films", Kind = LibraryKind.Shows };
        db.Libraries.Add(library);
        await db.SaveChangesAsync();
        var show = new Item { Id = Guid.CreateVersion7(), LibraryId = library.Id, Kind = ItemKind.Show, Key = "show:a", Title = "Ä Show", SortTitle = "ä show", Year = 2001, Rating = 7.5, DateAddedMs = 1_700_000_000_123 };
        var episode = new Item
        {
            Id = Guid.CreateVersion7(),
            LibraryId = library.Id,
            ParentId = show.Id,
            ShowId = show.Id,
            Kind = ItemKind.Episode,
            Depth = 2,
            Key = "episode:a/1",
            Title = "Pilot",
            SortTitle = "pilot",
            IndexNumber = 1,
            ParentIndexNumber = 1,
            Genres = "Drama|Mystery",
            Hdr = null,
        };
        var file = new MediaFile
        {
            Id = Guid.CreateVersion7(),
            LibraryId = library.Id,
            ItemId = episode.Id,
            Path = "/media/a/1.mkv",
            PathHash = -42,
            Size = 1L << 40,
            MtimeMs = 5,
            State = FileState.Failed,
            Failure = "cut short",
            FailureKind = ProbeFailure.Truncated,
            SidecarStamp = null,
        };
        var record = new ItemMetadata { ItemId = show.Id, LibraryId = library.Id, State = MatchState.Pending };

        await RowInserter.InsertAsync(db, [show, episode], CancellationToken.None);
        await RowInserter.InsertAsync(db, [file], CancellationToken.None);
        await RowInserter.InsertAsync(db, [record], CancellationToken.None);

        var items = await db.Items.AsNoTracking().OrderBy(i => i.Depth).ToListAsync();
        Assert.Equivalent(new[] { show, episode }, items, strict: true);
        Assert.Equivalent(file, await db.Files.AsNoTracking().SingleAsync(), strict: true);
        Assert.Equivalent(record, await db.ItemMetadata.AsNoTracking().SingleAsync(), strict: true);
        // the conversions are the model's: the failure kind is stored as its words, a Guid as EF writes it
        Assert.Equal(1, await db.Files.CountAsync(f => f.FailureKind == ProbeFailure.Truncated && f.ItemId == episode.Id));
    }

    [Fact]
    public async Task InsertAsync_ChildBeforeItsParent_IsRefusedByTheForeignKey()
    {
        var library = new MediaLibrary { Id = Guid.CreateVersion7(), Name = "Films", Kind = LibraryKind.Movies };
        db.Libraries.Add(library);
        await db.SaveChangesAsync();
        var orphan = new Item { Id = Guid.CreateVersion7(), LibraryId = library.Id, ParentId = Guid.CreateVersion7(), Kind = ItemKind.Extra, Key = "extra:x", Title = "x", SortTitle = "x" };

        await Assert.ThrowsAnyAsync<Microsoft.Data.Sqlite.SqliteException>(() => RowInserter.InsertAsync(db, [orphan], CancellationToken.None));
    }
}
