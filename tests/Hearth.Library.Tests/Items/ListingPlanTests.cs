using Hearth.Core.Access;
using Hearth.Core.Storage;
using Hearth.Library.Items;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Tests.Items;

/// <summary>
/// Every listing the web client and the TV apps page through is served by an index, as SQLite's own plans say
/// (<c>EXPLAIN QUERY PLAN</c> on the very commands the item queries run): no listing sorts the whole library for a page,
/// reads the items table without an index, or scans a person's watch states.
/// </summary>
public sealed class ListingPlanTests(ListingPlanTests.Store store) : IClassFixture<ListingPlanTests.Store>
{
    private readonly LibraryDb db = store.Db;
    private readonly Guid library = store.Library;
    private readonly Guid user = store.User;

    /// <summary>A store of 2,000 films, some marked, made once for all the plans.</summary>
    public sealed class Store : IAsyncLifetime
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), "hearth-plans-" + Guid.NewGuid().ToString("N"));

        public LibraryDb Db { get; private set; } = null!;

        public Guid Library { get; } = Guid.CreateVersion7();

        public Guid User { get; } = Guid.NewGuid();

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(folder);
            var options = new DbContextOptionsBuilder<LibraryDb>();
            options.UseHearthSqlite(Path.Combine(folder, "library.db"));
            Db = new LibraryDb(options.Options);
            await SqliteStore.MigrateAsync(Db, CancellationToken.None);
            Db.Libraries.Add(new MediaLibrary { Id = Library, Name = "Movies", Kind = LibraryKind.Movies });
            for (var i = 0; i < 2_000; i++)
            {
                var id = Guid.CreateVersion7();
                Db.Items.Add(new Item
                {
                    Id = id,
                    LibraryId = Library,
                    Kind = ItemKind.Movie,
                    Key = $"movie:{i}",
                    Title = $"Film {i}",
                    SortTitle = $"film {i:D5}",
                    Year = 1950 + (i % 70),
                    DateAddedMs = 1_700_000_000_000 + i,
                    DateModifiedMs = 1,
                });
                if (i % 20 == 0)
                {
                    Db.WatchStates.Add(new WatchState { UserId = User, ItemId = id, Played = i % 40 == 0, Favourite = i % 60 == 0 });
                }
            }

            await Db.SaveChangesAsync();
            Db.ChangeTracker.Clear();
        }

        public async Task DisposeAsync()
        {
            await Db.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    public static TheoryData<string> Listings()
    {
        var data = new TheoryData<string>();
        foreach (var scope in new[] { "library", "kind", "library+kind" })
        {
            foreach (var sort in new[] { "title", "dateadded", "year" })
            {
                foreach (var order in new[] { "asc", "desc" })
                {
                    foreach (var marks in new[] { "all", "unplayed", "played", "favourites" })
                    {
                        data.Add($"{scope} {sort} {order} {marks}");
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task Listing_PageAndCount_UseIndexes(string listing)
    {
        var query = Query(listing);
        var (page, counted) = ItemQueries.PageQueries(db, Caller(), query);

        var pagePlan = await PlanAsync(page);
        // the order comes from an index; a year listing may sort titles within one year, never the whole library
        Assert.DoesNotContain(pagePlan, d => d.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal));
        AssertIndexed(pagePlan, listing);

        AssertIndexed(await PlanAsync(counted), listing);
    }

    [Fact]
    public async Task RankedPage_ReadsRowsById()
    {
        var ids = await db.Items.Select(i => i.Id).Take(100).ToListAsync();
        var plan = await PlanAsync(ItemQueries.ByIdsQuery(db, Caller(), ids));
        Assert.Contains(plan, d => d.StartsWith("SEARCH i USING", StringComparison.Ordinal) && d.Contains("(Id=?)", StringComparison.Ordinal));
        AssertIndexed(plan, "by id");
    }

    // the items table is reached through an index, and a person's marks by their key
    private static void AssertIndexed(IReadOnlyList<string> plan, string listing)
    {
        Assert.DoesNotContain(plan, d => d is "SCAN i" || (d.StartsWith("SCAN i ", StringComparison.Ordinal) && !d.Contains("INDEX", StringComparison.Ordinal)));
        Assert.DoesNotContain(plan, d => d.StartsWith("SCAN w", StringComparison.Ordinal));
        Assert.True(plan.Any(d => d.Contains("INDEX", StringComparison.Ordinal)), $"{listing}: {string.Join(" / ", plan)}");
    }

    private ItemQuery Query(string listing)
    {
        var parts = listing.Split(' ');
        return new ItemQuery(
            LibraryId: parts[0].Contains("library", StringComparison.Ordinal) ? library : null,
            Kind: parts[0].Contains("kind", StringComparison.Ordinal) ? ItemKind.Movie : null,
            Sort: Enum.Parse<ItemSort>(parts[1], ignoreCase: true),
            Descending: parts[2] == "desc",
            Played: parts[3] switch { "unplayed" => false, "played" => true, _ => null },
            Favourite: parts[3] == "favourites" ? true : null,
            Offset: 700,
            Limit: 100);
    }

    private CallerAccess Caller() => new(user, "plans", IsAdmin: true, AllLibraries: true, new HashSet<Guid>());

    private static async Task<IReadOnlyList<string>> PlanAsync(IQueryable<Item> query)
    {
        await using var command = query.CreateDbCommand();
        await command.Connection!.OpenAsync();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        var details = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                details.Add(reader.GetString(3));
            }
        }

        return details;
    }
}
