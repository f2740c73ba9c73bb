using Hearth.Core.Indexers;
using Hearth.Core.Paths;
using Hearth.Core.Settings;
using Hearth.Core.Storage;
using Hearth.Indexers.Definitions;
using Hearth.Indexers.Endpoint;
using Hearth.Indexers.Grabs;
using Hearth.Indexers.History;
using Hearth.Indexers.Limits;
using Hearth.Indexers.Newznab;
using Hearth.Indexers.Proxies;
using Hearth.Indexers.Search;
using Hearth.Indexers.Store;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hearth.Indexers;

/// <summary>
/// The indexer hub (the acquire role's Prowlarr part). It needs only a <see cref="Core.Paths.DataFolder"/>,
/// a clock and the host's authentication, so the embedded server and a lone <c>--role acquire</c> host it alike.
/// </summary>
public static class IndexersModule
{
    public static IHostApplicationBuilder AddIndexers(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.BindSettings<IndexerOptions>(IndexerOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<IndexersDb>((sp, o) => o.UseHearthSqlite(sp.GetRequiredService<DataFolder>().IndexersDatabase));
        services.AddSingleton<IndexerStore>();
        services.AddSingleton<IndexerHttp>();
        services.AddSingleton<NewznabClient>();
        services.AddSingleton<IndexerLimiter>();
        services.AddSingleton<HistoryStore>();
        services.AddSingleton<IndexerCatalog>();
        services.AddSingleton<IdTitles>();
        services.AddSingleton<IndexerHub>();
        services.AddSingleton<GrabLinks>();
        services.AddSingleton<GrabService>();
        services.AddSingleton<IReleaseSearch>(sp => sp.GetRequiredService<IndexerHub>());
        services.AddSingleton<IReleaseFetcher, ReleaseFetcher>();
        services.AddHostedService<LimitsRestorer>();
        services.AddHostedService<HistoryPruner>();
        return builder;
    }

    public static IEndpointRouteBuilder MapIndexersEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapIndexerDefinitionEndpoints();
        routes.MapIndexerSearchEndpoints();
        routes.MapTorznabEndpoints();
        routes.MapGrabEndpoints();
        return routes;
    }

    /// <summary>Brings the store's schema up to date; the host calls it before it starts serving.</summary>
    public static async Task MigrateIndexersAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<IndexersDb>>().CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await IndexersSchema.MigrateAsync(db, cancellationToken).ConfigureAwait(false);
    }
}
