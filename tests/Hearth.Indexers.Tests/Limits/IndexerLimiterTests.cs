using Hearth.Core.Indexers;
using Hearth.Indexers.Limits;
using Hearth.Indexers.Newznab;

namespace Hearth.Indexers.Tests.Limits;

/// <summary>Limits, back-off and health, with a fake clock moved by the test.</summary>
public sealed class IndexerLimiterTests
{
    private static readonly IndexerLimits None = new(null, null, null, null);

    [Fact]
    public async Task Search_FailingIndexer_BacksOffExponentiallyAndRecovers()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync(new IndexerOptions { BackoffBase = TimeSpan.FromMinutes(1), BackoffMax = TimeSpan.FromMinutes(10), FailingAfter = 3 });
        var indexer = await hub.AddAsync(fake.Site("torznab"), "Flaky");
        // the indexer goes bad after it was added: point the stored URL at the failing site
        await hub.Store.SaveAsync(indexer with { Url = fake.Site("fail") }, CancellationToken.None);
        var query = new ReleaseQuery { Text = "x" };

        var first = await hub.Search.SearchAsync(query, CancellationToken.None);
        Assert.Equal(IndexerOutcome.HttpError, first.Indexers[0].Outcome);
        var state = hub.Limiter.State(indexer.Id, true);
        Assert.Equal(IndexerHealth.Degraded, state.Health);
        Assert.Equal(hub.Clock.GetUtcNow().AddMinutes(1), state.BlockedUntil);

        // inside the back-off nothing is sent
        var before = fake.QueriesTo("fail").Count();
        var held = await hub.Search.SearchAsync(query, CancellationToken.None);
        Assert.Equal(IndexerOutcome.BackingOff, held.Indexers[0].Outcome);
        Assert.Equal(before, fake.QueriesTo("fail").Count());

        hub.Clock.Advance(TimeSpan.FromMinutes(1));
        await hub.Search.SearchAsync(query, CancellationToken.None);
        Assert.Equal(hub.Clock.GetUtcNow().AddMinutes(2), hub.Limiter.State(indexer.Id, true).BlockedUntil);
        hub.Clock.Advance(TimeSpan.FromMinutes(2));
        await hub.Search.SearchAsync(query, CancellationToken.None);
        state = hub.Limiter.State(indexer.Id, true);
        Assert.Equal((IndexerHealth.Failing, 3), (state.Health, state.ConsecutiveFailures));
        Assert.Equal(hub.Clock.GetUtcNow().AddMinutes(4), state.BlockedUntil);
        hub.Clock.Advance(TimeSpan.FromMinutes(4));
        await hub.Search.SearchAsync(query, CancellationToken.None);
        hub.Clock.Advance(TimeSpan.FromMinutes(8));
        await hub.Search.SearchAsync(query, CancellationToken.None);
        // capped at the maximum
        Assert.Equal(hub.Clock.GetUtcNow().AddMinutes(10), hub.Limiter.State(indexer.Id, true).BlockedUntil);

        // the indexer is fixed: after the wait a success clears the record
        await hub.Store.SaveAsync(indexer, CancellationToken.None);
        hub.Clock.Advance(TimeSpan.FromMinutes(10));
        var recovered = await hub.Search.SearchAsync(query, CancellationToken.None);
        Assert.Equal(IndexerOutcome.Ok, recovered.Indexers[0].Outcome);
        state = hub.Limiter.State(indexer.Id, true);
        Assert.Equal((IndexerHealth.Healthy, 0, (DateTimeOffset?)null), (state.Health, state.ConsecutiveFailures, state.BlockedUntil));
    }

    [Fact]
    public async Task Search_RetryAfter_IsHonouredBeyondTheBackoff()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync(new IndexerOptions { BackoffBase = TimeSpan.FromMinutes(1) });
        var indexer = await hub.AddAsync(fake.Site("torznab"), "Busy");
        await hub.Store.SaveAsync(indexer with { Url = fake.Site("ratelimited") }, CancellationToken.None);

        var result = await hub.Search.SearchAsync(new ReleaseQuery { Text = "x" }, CancellationToken.None);

        Assert.Equal(IndexerOutcome.RateLimited, result.Indexers[0].Outcome);
        // Retry-After: 7200 outweighs the one-minute back-off
        Assert.Equal(hub.Clock.GetUtcNow().AddHours(2), hub.Limiter.State(indexer.Id, true).BlockedUntil);
        hub.Clock.Advance(TimeSpan.FromMinutes(119));
        Assert.Equal(IndexerOutcome.BackingOff, (await hub.Search.SearchAsync(new ReleaseQuery { Text = "x" }, CancellationToken.None)).Indexers[0].Outcome);
        Assert.Single(fake.QueriesTo("ratelimited"));
    }

    [Fact]
    public async Task Search_HourlyQueryLimit_HoldsQueriesBackUntilTheHourHasPassed()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync();
        await hub.AddAsync(fake.Site("torznab"), "Strict", limits: new IndexerLimits(2, 3, null, null));
        var query = new ReleaseQuery { Text = "x" };

        var outcomes = new List<IndexerOutcome>();
        for (var i = 0; i < 3; i++)
        {
            outcomes.Add((await hub.Search.SearchAsync(query, CancellationToken.None)).Indexers[0].Outcome);
            hub.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal([IndexerOutcome.Ok, IndexerOutcome.Ok, IndexerOutcome.LimitReached], outcomes);
        Assert.Equal(2, fake.QueriesTo("torznab").Count(q => q["t"] == "search"));
        // a limit reached is Hearth holding back, not the indexer failing
        Assert.Equal(IndexerHealth.Healthy, hub.Limiter.State((await hub.Store.ListAsync(CancellationToken.None))[0].Id, true).Health);

        hub.Clock.Advance(TimeSpan.FromMinutes(58));
        Assert.Equal(IndexerOutcome.Ok, (await hub.Search.SearchAsync(query, CancellationToken.None)).Indexers[0].Outcome);
        // the daily limit of 3 is now used up, an hour later or not
        hub.Clock.Advance(TimeSpan.FromHours(2));
        var daily = (await hub.Search.SearchAsync(query, CancellationToken.None)).Indexers[0];
        Assert.Equal(IndexerOutcome.LimitReached, daily.Outcome);
        Assert.Contains("3 queries a day", daily.Message, StringComparison.Ordinal);
        hub.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(IndexerOutcome.Ok, (await hub.Search.SearchAsync(query, CancellationToken.None)).Indexers[0].Outcome);
    }

    [Fact]
    public void Acquire_GrabLimit_CountsGrabsApartFromQueries()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var limiter = new IndexerLimiter(clock, Microsoft.Extensions.Options.Options.Create(new IndexerOptions()));
        var id = Guid.NewGuid();
        var limits = new IndexerLimits(null, null, 1, null);

        limiter.Acquire(id, limits, LimitedCall.Query);
        limiter.Acquire(id, limits, LimitedCall.Query);
        limiter.Acquire(id, limits, LimitedCall.Grab);
        var e = Assert.Throws<IndexerException>(() => limiter.Acquire(id, limits, LimitedCall.Grab));

        Assert.Equal(IndexerOutcome.LimitReached, e.Kind);
        Assert.Equal((2, 1), (limiter.State(id, true).QueriesLastHour, limiter.State(id, true).GrabsLastHour));
        clock.Advance(TimeSpan.FromHours(1));
        limiter.Acquire(id, limits, LimitedCall.Grab);
    }

    [Fact]
    public void State_AuthFailure_IsFailingAtOnceAndDisabledWins()
    {
        var limiter = new IndexerLimiter(TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new IndexerOptions()));
        var id = Guid.NewGuid();

        limiter.Failed(id, new IndexerException(IndexerOutcome.Auth, "refused"));

        Assert.Equal(IndexerHealth.Failing, limiter.State(id, true).Health);
        Assert.Equal("auth", limiter.State(id, true).LastErrorKind);
        Assert.Equal(IndexerHealth.Disabled, limiter.State(id, false).Health);
        Assert.Equal(IndexerHealth.Healthy, limiter.State(Guid.NewGuid(), true).Health);
    }
}

public sealed class LimitsRestorerTests
{
    [Fact]
    public async Task Start_AfterARestart_CountsTheLastDaysQueriesAgainstTheLimits()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync();
        var indexer = await hub.AddAsync(fake.Site("torznab"), "Strict", limits: new IndexerLimits(null, 2, null, null));
        await hub.Search.SearchAsync(new ReleaseQuery { Text = "x" }, CancellationToken.None);
        hub.Clock.Advance(TimeSpan.FromHours(3));
        await hub.Search.SearchAsync(new ReleaseQuery { Text = "x" }, CancellationToken.None);

        // a new process: a fresh limiter, filled from the history
        var restarted = new IndexerLimiter(hub.Clock, Microsoft.Extensions.Options.Options.Create(hub.Options));
        await new LimitsRestorer(hub.History, restarted, hub.Clock).StartAsync(CancellationToken.None);

        Assert.Equal(2, restarted.State(indexer.Id, true).QueriesLastDay);
        var e = Assert.Throws<IndexerException>(() => restarted.Acquire(indexer.Id, indexer.Limits, LimitedCall.Query));
        Assert.Equal(IndexerOutcome.LimitReached, e.Kind);
        hub.Clock.Advance(TimeSpan.FromHours(21));
        restarted.Acquire(indexer.Id, indexer.Limits, LimitedCall.Query);
    }

    [Fact]
    public async Task Start_AfterARestart_KeepsAFailingIndexerInBackOff()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var hub = await Hub.StartAsync(new IndexerOptions { BackoffBase = TimeSpan.FromMinutes(1), BackoffMax = TimeSpan.FromMinutes(10), FailingAfter = 3 });
        var indexer = await hub.AddAsync(fake.Site("torznab"), "Flaky");
        var healthy = await hub.AddAsync(fake.Site("torznab"), "Steady");
        await hub.Store.SaveAsync(indexer with { Url = fake.Site("fail") }, CancellationToken.None);
        var query = new ReleaseQuery { Text = "x" };
        for (var i = 0; i < 3; i++)
        {
            hub.Clock.Advance(TimeSpan.FromMinutes(5)); // past the previous back-off
            await hub.Search.SearchAsync(query, CancellationToken.None);
        }
        var before = hub.Limiter.State(indexer.Id, true);
        Assert.Equal(IndexerHealth.Failing, before.Health);
        Assert.Equal(hub.Clock.GetUtcNow().AddMinutes(4), before.BlockedUntil);

        var restarted = new IndexerLimiter(hub.Clock, Microsoft.Extensions.Options.Options.Create(hub.Options));
        await new LimitsRestorer(hub.History, restarted, hub.Clock).StartAsync(CancellationToken.None);

        var after = restarted.State(indexer.Id, true);
        Assert.Equal(IndexerHealth.Failing, after.Health);
        Assert.Equal(3, after.ConsecutiveFailures);
        Assert.Equal("httpError", after.LastErrorKind);
        Assert.Equal(before.BlockedUntil, after.BlockedUntil);
        var e = Assert.Throws<IndexerException>(() => restarted.Acquire(indexer.Id, indexer.Limits, LimitedCall.Query));
        Assert.Equal(IndexerOutcome.BackingOff, e.Kind);
        Assert.Equal(IndexerHealth.Healthy, restarted.State(healthy.Id, true).Health);
    }
}
