using Hearth.Library.Items;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests;

/// <summary>
/// Deep pages come from a listing's ranks once they are made: the same items in the same order as OFFSET gives, for
/// every sort, and a write makes them stale at once.
/// </summary>
public sealed class DeepPagesTests(DeepPagesTests.ManyMovies movies) : IClassFixture<DeepPagesTests.ManyMovies>
{
    private const int Count = 1_300;
    private readonly TestServer server = movies.Server;

    /// <summary>1,300 films written straight into the store (the scanner would need 1,300 files for nothing).</summary>
    public sealed class ManyMovies : SharedServer
    {
        protected override async Task PrepareAsync(TestServer server)
        {
            var folder = server.Folder.Combine("Movies");
            Directory.CreateDirectory(folder);
            var library = await server.AddLibraryAsync("Movies", "movies", folder);
            await server.WaitForScanAsync(library);
            var writer = server.Services.GetRequiredService<LibraryWriter>();
            await writer.WriteAsync(
                async (db, ct) =>
                {
                    for (var i = 0; i < Count; i++)
                    {
                        // titles that repeat, so the id must break ties; years and dates that do not follow the titles
                        var title = $"Film {i % 97:D3}";
                        db.Items.Add(new Item
                        {
                            Id = Guid.CreateVersion7(),
                            LibraryId = library,
                            Kind = ItemKind.Movie,
                            Key = $"movie:{i}",
                            Title = title,
                            SortTitle = title.ToLowerInvariant(),
                            Year = 1950 + (i * 37 % 70),
                            DateAddedMs = 1_700_000_000_000 + (i * 7919 % Count),
                            DateModifiedMs = 1_700_000_000_000,
                        });
                    }

                    await db.SaveChangesAsync(ct);
                },
                CancellationToken.None);
        }
    }

    [Theory]
    [InlineData("sort=title")]
    [InlineData("sort=title&order=desc")]
    [InlineData("sort=dateAdded")]
    [InlineData("sort=year")]
    public async Task DeepPage_FromRanks_SameItemsAsOffset(string sort)
    {
        var expected = await IdsByOffsetAsync(sort);
        var offsets = new[] { PageRanks.MinOffset, 777, Count - 50, Count - 1, Count + 5 };

        // the first deep page asks for the ranks and is answered with OFFSET meanwhile; the later ones read the ranks
        var first = await PageAsync(sort, 777, 100);
        Assert.Equal(expected.Skip(777).Take(100), first);
        await WaitForRanksAsync(sort);
        foreach (var offset in offsets)
        {
            Assert.Equal(expected.Skip(offset).Take(100), await PageAsync(sort, offset, 100));
        }
    }

    [Fact]
    public async Task DeepPage_AfterAWrite_ShowsTheWrite()
    {
        const string sort = "sort=title";
        await PageAsync(sort, 900, 10);
        await WaitForRanksAsync(sort);
        var before = await PageAsync(sort, 900, 10);

        // a film that sorts before all the others moves every deep page by one
        var writer = server.Services.GetRequiredService<LibraryWriter>();
        var library = (await server.ItemsAsync(server.Admin, "limit=1")).GetProperty("items")[0].GetProperty("libraryId").GetGuid();
        await writer.WriteAsync(
            async (db, ct) =>
            {
                db.Items.Add(new Item { Id = Guid.CreateVersion7(), LibraryId = library, Kind = ItemKind.Movie, Key = "movie:aardvark", Title = "Aardvark", SortTitle = "aardvark", DateModifiedMs = 1 });
                await db.SaveChangesAsync(ct);
            },
            CancellationToken.None);
        try
        {
            var after = await PageAsync(sort, 900, 10);
            Assert.Equal(before.Take(9), after.Skip(1));
        }
        finally
        {
            await writer.WriteAsync(async (db, ct) => await db.Items.Where(i => i.Key == "movie:aardvark").ExecuteDeleteAsync(ct), CancellationToken.None);
        }
    }

    [Fact]
    public async Task Page_ItemsKeptBetweenPages_CarryEachCallersOwnMarks()
    {
        var library = (await server.ItemsAsync(server.Admin, "limit=1")).GetProperty("items")[0].GetProperty("libraryId").GetGuid();
        var other = await server.UserAsync("deep-pages-other", library);
        var page = await PageAsync("sort=title", 40, 20);
        var marked = page[5];
        var response = await server.Admin.PostAsync($"/api/v1/items/{marked}/watch-state", System.Net.Http.Json.JsonContent.Create(new { favourite = true }));
        response.EnsureSuccessStatusCode();

        // the first page after the mark is made from rows and keeps its items; the second, at another offset, is made from them
        await PageAsync("sort=title", 40, 20);
        foreach (var client in new[] { server.Admin, other })
        {
            var kept = await server.ItemsAsync(client, "type=movie&sort=title&offset=43&limit=5");
            var item = kept.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == marked);
            if (client == server.Admin)
            {
                Assert.True(item.GetProperty("userData").GetProperty("favourite").GetBoolean());
            }
            else
            {
                Assert.Equal(System.Text.Json.JsonValueKind.Null, item.GetProperty("userData").ValueKind);
            }

            Assert.Equal(5, kept.GetProperty("items").GetArrayLength());
            Assert.Equal(43, kept.GetProperty("offset").GetInt32());
        }
    }

    [Fact]
    public async Task JellyfinItems_DeepAndPastTheEnd_FromRanks()
    {
        using var tv = new HttpClient { BaseAddress = server.Admin.BaseAddress };
        tv.DefaultRequestHeaders.Add("X-Emby-Token", server.Admin.DefaultRequestHeaders.Authorization!.Parameter);
        const string items = "/Items?Recursive=true&IncludeItemTypes=Movie&SortBy=SortName&SortOrder=Ascending&Limit=50&StartIndex=";
        (await tv.GetAsync(items + 900)).EnsureSuccessStatusCode();
        await WaitForRanksAsync("jellyfin");
        var expected = await IdsByOffsetAsync("sort=title");

        foreach (var start in new[] { 900, Count - 10, Count, Count + 40 })
        {
            var response = await tv.GetAsync(items + start);
            Assert.True(response.IsSuccessStatusCode, $"StartIndex {start}: {(int)response.StatusCode}");
            var page = await TestServer.ReadAsync<System.Text.Json.JsonElement>(response);
            Assert.Equal(expected.Skip(start).Take(50), page.GetProperty("Items").EnumerateArray().Select(i => Guid.ParseExact(i.GetProperty("Id").GetString()!, "N")));
            Assert.Equal(Count, page.GetProperty("TotalRecordCount").GetInt32());
        }
    }

    [Fact]
    public async Task DeepPage_AfterAMark_ShowsItWithoutRankingAgain()
    {
        const string sort = "sort=dateAdded";
        await PageAsync(sort, 1_000, 10);
        await WaitForRanksAsync(sort);
        var page = await PageAsync(sort, 1_000, 10);
        var ranks = server.Services.GetRequiredService<PageRanks>();
        var built = ranks.Built;
        var writer = server.Services.GetRequiredService<LibraryWriter>();
        var items = writer.ItemsVersion;

        var marked = page[3];
        (await server.Admin.PostAsync($"/api/v1/items/{marked}/watch-state", System.Net.Http.Json.JsonContent.Create(new { positionMs = 60_000 }))).EnsureSuccessStatusCode();

        // a mark is not a change of items: the listing's order and its items' JSON stay, the page carries the mark
        Assert.Equal(items, writer.ItemsVersion);
        var after = await server.ItemsAsync(server.Admin, $"type=movie&{sort}&offset=1000&limit=10");
        Assert.Equal(page, after.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(60_000, after.GetProperty("items")[3].GetProperty("userData").GetProperty("positionMs").GetInt64());
        Assert.Equal(built, ranks.Built);
    }

    [Fact]
    public async Task DeepUnplayedPage_AfterAMark_LeavesThePlayedFilmOut()
    {
        const string sort = "sort=title&played=false";
        await PageAsync(sort, 600, 10);
        await WaitForRanksAsync(sort);
        var before = await PageAsync(sort, 600, 10);
        var total = (await server.ItemsAsync(server.Admin, $"type=movie&{sort}&limit=1")).GetProperty("total").GetInt32();

        (await server.Admin.PostAsync($"/api/v1/items/{before[0]}/watch-state", System.Net.Http.Json.JsonContent.Create(new { played = true }))).EnsureSuccessStatusCode();
        try
        {
            // a listing chosen by the caller's marks moves with them
            var after = await server.ItemsAsync(server.Admin, $"type=movie&{sort}&offset=600&limit=10");
            Assert.Equal(total - 1, after.GetProperty("total").GetInt32());
            Assert.Equal(before.Skip(1), after.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Take(9));
        }
        finally
        {
            (await server.Admin.PostAsync($"/api/v1/items/{before[0]}/watch-state", System.Net.Http.Json.JsonContent.Create(new { played = false }))).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public void SummaryJson_Page_IsWhatTheSerializerWrites()
    {
        var options = server.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var json = server.Services.GetRequiredService<SummaryJson>();
        ItemSummary Summary(string title, string? show, UserData? marks) => new(
            Guid.NewGuid(), Guid.NewGuid(), null, show is null ? null : Guid.NewGuid(), show is null ? "movie" : "episode", title, 1999, 2, null, 1, 5_400_000,
            1_700_000_000_000, 7.5, "PG-13", "1080p", "hdr10", true, false, marks, true, show, "Director's Cut", null);
        var summaries = new[]
        {
            Summary("Plain", null, null),
            Summary("Quotes \"userData\":null and \\ back", "Show \u00e9\u00e8 \U0001F3AC", new UserData(1_000, false, 0, true, 1_700_000_000_001)),
            Summary("<script>&amp;\u2028", null, new UserData(0, true, 3, false, 1_700_000_000_002)),
            Summary("Last", null, null),
        };
        var shelf = json.Current();
        foreach (var summary in summaries.Take(2))
        {
            shelf.Keep(summary);
        }

        // the two others as read for this page alone (a full shelf), and one id no longer in the store
        var unkept = summaries.Skip(2).ToDictionary(s => s.Id, json.Write);
        var marks = summaries.Where(s => s.UserData is not null).ToDictionary(s => s.Id, s => s.UserData!);
        var ids = summaries.Select(s => s.Id).Append(Guid.NewGuid()).ToList();

        var written = json.Page(shelf, ids, unkept, marks, 4_321, 600, 5);
        var expected = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new ItemPage(summaries, 4_321, 600, 5), options);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(written));
    }

    private async Task<List<Guid>> PageAsync(string sort, int offset, int limit) =>
        [.. (await server.ItemsAsync(server.Admin, $"type=movie&{sort}&offset={offset}&limit={limit}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    // every film's id in the listing's order, read from the store
    private async Task<List<Guid>> IdsByOffsetAsync(string sort)
    {
        var factory = server.Services.GetRequiredService<IDbContextFactory<LibraryDb>>();
        await using var db = await factory.CreateDbContextAsync();
        var all = db.Items.AsNoTracking().Where(i => i.Kind == ItemKind.Movie);
        var ordered = sort switch
        {
            "sort=title" => all.OrderBy(i => i.SortTitle).ThenBy(i => i.Id),
            "sort=title&order=desc" => all.OrderByDescending(i => i.SortTitle).ThenByDescending(i => i.Id),
            "sort=dateAdded" => all.OrderByDescending(i => i.DateAddedMs).ThenByDescending(i => i.Id),
            _ => all.OrderBy(i => i.Year).ThenBy(i => i.SortTitle).ThenBy(i => i.Id),
        };
        return await ordered.Select(i => i.Id).ToListAsync();
    }

    // the ranks are made in the background: the test waits until none is being made, so the next deep page reads them
    private async Task WaitForRanksAsync(string sort)
    {
        var ranks = server.Services.GetRequiredService<PageRanks>();
        for (var i = 0; i < 200 && ranks.Building > 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, ranks.Building);
        Assert.True(ranks.Built > 0, $"no listing was ranked for {sort}");
    }
}
