using Hearth.Core.Paths;
using Hearth.Core.Storage;
using Hearth.Indexers.Definitions;
using Hearth.Indexers.History;
using Hearth.Indexers.Limits;
using Hearth.Indexers.Newznab;
using Hearth.Indexers.Proxies;
using Hearth.Indexers.Search;
using Hearth.Indexers.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Hearth.Indexers.Tests;

/// <summary>The indexer hub's real parts over a temp SQLite file and a fake clock.</summary>
public sealed class Hub : IAsyncDisposable
{
    private readonly TempFolder folder = new();

    private Hub(IndexerOptions options)
    {
        Options = options;
        Data = new DataFolder(folder.Combine("data"));
        Data.EnsureCreated();
        Database = new PooledDbContextFactory<IndexersDb>((DbContextOptions<IndexersDb>)new DbContextOptionsBuilder<IndexersDb>().UseHearthSqlite(Data.IndexersDatabase).Options);
        Store = new IndexerStore(Database);
        var o = Microsoft.Extensions.Options.Options.Create(options);
        Client = new NewznabClient(Http, o, Clock);
        Limiter = new IndexerLimiter(Clock, o);
        History = new HistoryStore(Database, Clock, o);
        Catalog = new IndexerCatalog(Store, Client, Limiter, History, Clock);
        // no metadata provider: ids that an indexer does not take are not turned into titles here (the endpoint tests do that)
        Search = new IndexerHub(Store, Client, Limiter, History, new IdTitles([], [], Clock), o, NullLogger<IndexerHub>.Instance);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    public IndexerOptions Options { get; }

    public IndexerHttp Http { get; } = new();

    public DataFolder Data { get; }

    public IDbContextFactory<IndexersDb> Database { get; }

    public IndexerStore Store { get; }

    public NewznabClient Client { get; }

    public IndexerLimiter Limiter { get; }

    public HistoryStore History { get; }

    public IndexerCatalog Catalog { get; }

    public IndexerHub Search { get; }

    /// <param name="options">The hub's options; the defaults when none.</param>
    /// <param name="beforeMigrate">Given the store's file before the schema is brought up to date (to make an old one).</param>
    public static async Task<Hub> StartAsync(IndexerOptions? options = null, Func<string, Task>? beforeMigrate = null)
    {
        var hub = new Hub(options ?? new IndexerOptions());
        if (beforeMigrate is not null)
        {
            await beforeMigrate(hub.Data.IndexersDatabase);
        }

        await hub.MigrateAsync();
        return hub;
    }

    /// <summary>Brings the store's schema up to date, as the host does at start.</summary>
    public async Task MigrateAsync()
    {
        await using var db = await Database.CreateDbContextAsync();
        await IndexersSchema.MigrateAsync(db, CancellationToken.None);
    }

    public async Task<IndexerDefinition> AddAsync(string url, string name, string kind = "torznab", int priority = 25, IndexerLimits? limits = null, string? proxy = null)
    {
        var (indexer, problem) = await Catalog.AddAsync(new IndexerInput(name, kind, url, FakeIndexer.GoodKey, null, priority, null, null, proxy, limits), CancellationToken.None);
        Assert.True(indexer is not null, problem?.Message);
        return indexer;
    }

    public ValueTask DisposeAsync()
    {
        Http.Dispose();
        folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
