using Hearth.Core.Indexers;

namespace Hearth.Indexers.Tests.Search;

/// <summary>Searches through the hub against loopback fake indexers.</summary>
public sealed class IndexerHubTests
{
    [Fact]
    public async Task Search_TwoIndexersListingTheSameReleases_DeduplicatesThem()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync();
        await hub.AddAsync(fake.Site("torznab"), "First", priority: 10);
        await hub.AddAsync(fake.Site("second"), "Second", priority: 20);

        var result = await hub.Search.SearchAsync(new ReleaseQuery { Text = "Show Title" }, CancellationToken.None);

        // 3 + 3 items: one pair shares an info hash, one pair a title (dots vs spaces) and size
        Assert.Equal(4, result.Releases.Count);
        var byHash = Assert.Single(result.Releases, r => r.InfoHash == "c12fe1c06bba254a9dc9f519b335aa7c1367a88a");
        Assert.Equal("First", byHash.IndexerName);
        Assert.Equal(["Second"], byHash.AlsoOn);
        Assert.Equal(300, byHash.Seeders);
        var byTitle = Assert.Single(result.Releases, r => r.Size == 734003200);
        Assert.Equal("First", byTitle.IndexerName);
        Assert.Equal(["Second"], byTitle.AlsoOn);
        Assert.Contains(result.Releases, r => r.Title.StartsWith("Only.On.Second", StringComparison.Ordinal));
        Assert.All(result.Indexers, o => Assert.Equal(IndexerOutcome.Ok, o.Outcome));
        Assert.Equal(2, result.Indexers.Single(o => o.Name == "First").Skipped);
    }

    [Fact]
    public async Task Search_TvIdTheIndexerLacks_AsksByTitle()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync();
        await hub.AddAsync(fake.Site("newznab"), "Usenet", "newznab");
        await hub.AddAsync(fake.Site("searchonly"), "Plain");
        await hub.AddAsync(fake.Site("torznab"), "Tracker");

        var result = await hub.Search.SearchAsync(new ReleaseQuery { Kind = SearchKind.Tv, Text = "Show Title", TvdbId = 121361, Season = 1, Episode = "2" }, CancellationToken.None);

        var usenet = fake.QueriesTo("newznab").Single(q => q["t"] == "tvsearch");
        Assert.Equal("Show Title", usenet["q"]);
        Assert.Equal("1", usenet["season"]);
        Assert.Equal("2", usenet["ep"]);
        Assert.False(usenet.ContainsKey("tvdbid"));
        var plain = fake.QueriesTo("searchonly").Single(q => q["t"] == "search");
        Assert.Equal("Show Title S01E02", plain["q"]);
        var tracker = fake.QueriesTo("torznab").Single(q => q["t"] == "tvsearch");
        Assert.Equal("121361", tracker["tvdbid"]);
        Assert.False(tracker.ContainsKey("q"));
        Assert.Contains(result.Releases, r => r.Protocol == ReleaseProtocol.Usenet);
        Assert.Contains(result.Releases, r => r.Protocol == ReleaseProtocol.Torrent);
    }

    [Fact]
    public async Task Search_WindowWiderThanAPage_PagesUntilCovered()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync();
        await hub.AddAsync(fake.Site("paged"), "Paged");

        var result = await hub.Search.SearchAsync(new ReleaseQuery { Text = "Paged", Offset = 20, Limit = 250 }, CancellationToken.None);

        var pages = fake.QueriesTo("paged").Where(q => q["t"] == "search").Select(q => (q["offset"].ToString(), q["limit"].ToString())).ToList();
        // caps say at most 100 a page; the server holds 250, so the window 20–270 ends at 250
        Assert.Equal([("20", "100"), ("120", "100"), ("220", "50")], pages);
        Assert.Equal(230, result.Releases.Count);
        Assert.Equal(230, result.Releases.Select(r => r.Guid).Distinct().Count());
    }

    [Fact]
    public async Task Search_BrokenAndFailingIndexers_DoNotSpoilTheOthers()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync();
        await hub.AddAsync(fake.Site("torznab"), "Good");
        await hub.AddAsync(fake.Site("malformed"), "Broken");
        await hub.AddAsync(fake.Site("badparam"), "Picky");
        await hub.AddAsync(fake.Site("empty"), "Empty");

        var result = await hub.Search.SearchAsync(new ReleaseQuery { Text = "x" }, CancellationToken.None);

        Assert.Equal(IndexerOutcome.Ok, result.Indexers.Single(o => o.Name == "Good").Outcome);
        var broken = result.Indexers.Single(o => o.Name == "Broken");
        Assert.Equal((IndexerOutcome.Ok, 1), (broken.Outcome, broken.Results));
        Assert.True(broken.Skipped >= 1);
        Assert.Equal(IndexerOutcome.IndexerError, result.Indexers.Single(o => o.Name == "Picky").Outcome);
        Assert.Equal((IndexerOutcome.Ok, 0), (result.Indexers.Single(o => o.Name == "Empty").Outcome, result.Indexers.Single(o => o.Name == "Empty").Results));
        Assert.Equal(4, result.Releases.Count);
    }

    [Fact]
    public async Task Search_ManyIndexersAtOnce_KeepsToTheGlobalConcurrencyLimit()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync(new IndexerOptions { MaxConcurrentRequests = 2 });
        for (var i = 0; i < 6; i++)
        {
            await hub.AddAsync(fake.Site("busy"), "Busy " + i);
        }

        fake.MaxInFlight = 0;
        var result = await hub.Search.SearchAsync(new ReleaseQuery { Text = "x" }, CancellationToken.None);

        Assert.Equal(6, result.Indexers.Count);
        Assert.All(result.Indexers, o => Assert.Equal(IndexerOutcome.Ok, o.Outcome));
        Assert.InRange(fake.MaxInFlight, 1, 2);
    }

    [Fact]
    public async Task Search_RecordsEachRequestInTheHistory()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync();
        var indexer = await hub.AddAsync(fake.Site("torznab"), "Tracker");
        await hub.AddAsync(fake.Site("badparam"), "Picky");

        await hub.Search.SearchAsync(new ReleaseQuery { Kind = SearchKind.Movie, Text = "Movie", ImdbId = "tt0119167" }, CancellationToken.None);

        var entries = await hub.History.ListAsync(indexer.Id, 10, CancellationToken.None);
        var query = entries.First(e => e.Kind == "query");
        Assert.Equal(IndexerOutcome.Ok, query.Outcome);
        Assert.Equal(3, query.ResultCount);
        Assert.Equal(2, query.Skipped);
        Assert.Contains("imdbid=0119167", query.Parameters, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeIndexer.GoodKey, query.Parameters, StringComparison.Ordinal);
        var stats = await hub.History.StatsAsync(CancellationToken.None);
        Assert.Equal((1, 0), (stats[indexer.Id].Queries, stats[indexer.Id].Failures));
        Assert.Equal(3, stats[indexer.Id].AverageResults);
        var picky = stats.Values.Single(s => s.IndexerId != indexer.Id);
        Assert.Equal((1, 1), (picky.Queries, picky.Failures));
    }
}
