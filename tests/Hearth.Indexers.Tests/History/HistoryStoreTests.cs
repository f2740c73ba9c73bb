using Hearth.Core.Indexers;
using Hearth.Indexers.Definitions;

namespace Hearth.Indexers.Tests.History;

public sealed class HistoryStoreTests
{
    private static readonly IndexerDefinition Indexer = new() { Id = Guid.NewGuid(), Name = "Tracker", Url = "http://127.0.0.1/x", ApiKey = "k" };

    [Fact]
    public async Task Prune_EntriesPastTheRetention_AreDropped()
    {
        await using var hub = await Hub.StartAsync(new IndexerOptions { HistoryRetention = TimeSpan.FromDays(7) });
        await hub.History.RecordAsync(Indexer, "query", "t=search&q=old", 5, 0, TimeSpan.FromMilliseconds(100), IndexerOutcome.Ok, null, CancellationToken.None);
        hub.Clock.Advance(TimeSpan.FromDays(6));
        await hub.History.RecordAsync(Indexer, "query", "t=search&q=newer", 7, 0, TimeSpan.FromMilliseconds(300), IndexerOutcome.Ok, null, CancellationToken.None);
        hub.Clock.Advance(TimeSpan.FromDays(2));

        await hub.History.PruneAsync(CancellationToken.None);

        var left = await hub.History.ListAsync(null, 10, CancellationToken.None);
        Assert.Equal("t=search&q=newer", Assert.Single(left).Parameters);
    }

    [Fact]
    public async Task Prune_MoreRowsThanTheLimit_KeepsTheNewest()
    {
        await using var hub = await Hub.StartAsync(new IndexerOptions { HistoryMaxRows = 100 });
        for (var i = 0; i < 130; i++)
        {
            await hub.History.RecordAsync(Indexer, "query", "q=" + i, i, 0, TimeSpan.FromMilliseconds(i), IndexerOutcome.Ok, null, CancellationToken.None);
        }

        await hub.History.PruneAsync(CancellationToken.None);

        var left = await hub.History.ListAsync(null, 1000, CancellationToken.None);
        Assert.Equal(100, left.Count);
        Assert.Equal("q=129", left[0].Parameters);
        Assert.Equal("q=30", left[^1].Parameters);
    }

    [Fact]
    public async Task Stats_AveragesOnlySuccessfulQueriesAndCountsFailures()
    {
        await using var hub = await Hub.StartAsync();
        await hub.History.RecordAsync(Indexer, "query", "a", 10, 0, TimeSpan.FromMilliseconds(100), IndexerOutcome.Ok, null, CancellationToken.None);
        await hub.History.RecordAsync(Indexer, "query", "b", 20, 0, TimeSpan.FromMilliseconds(300), IndexerOutcome.Ok, null, CancellationToken.None);
        await hub.History.RecordAsync(Indexer, "query", "c", 0, 0, TimeSpan.FromMilliseconds(30000), IndexerOutcome.Timeout, "slow", CancellationToken.None);
        await hub.History.RecordAsync(Indexer, "query", "d", 0, 0, TimeSpan.Zero, IndexerOutcome.LimitReached, "held", CancellationToken.None);
        await hub.History.RecordAsync(Indexer, "grab", "e", 1, 0, TimeSpan.FromMilliseconds(50), IndexerOutcome.Ok, null, CancellationToken.None);

        var stats = (await hub.History.StatsAsync(CancellationToken.None))[Indexer.Id];

        Assert.Equal((4, 1, 1), (stats.Queries, stats.Grabs, stats.Failures));
        Assert.Equal(200, stats.AverageDurationMs);
        Assert.Equal(15, stats.AverageResults);
    }
}
