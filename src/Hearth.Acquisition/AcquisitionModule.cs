using Hearth.Acquisition.Api;
using Hearth.Acquisition.Catalog;
using Hearth.Acquisition.Clients;
using Hearth.Acquisition.Clients.Blackhole;
using Hearth.Acquisition.CustomFormats;
using Hearth.Acquisition.Grabs;
using Hearth.Acquisition.Monitoring;
using Hearth.Acquisition.Profiles;
using Hearth.Acquisition.Searches;
using Hearth.Acquisition.Store;
using Hearth.Core.Paths;
using Hearth.Core.Settings;
using Hearth.Core.Storage;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hearth.Acquisition;

/// <summary>
/// The automation (the acquire role's Radarr and Sonarr part): the catalog, profiles and decisions. It needs a
/// <see cref="DataFolder"/>, a clock, the metadata providers and, to adopt the library, <c>ILibraryHoldings</c>;
/// where the server runs apart, the catalog works without the last two (offline adds, no adoption).
/// </summary>
public static class AcquisitionModule
{
    public static IHostApplicationBuilder AddAcquisition(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.BindSettings<AcquisitionOptions>(AcquisitionOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<AcquisitionDb>((sp, o) => o.UseHearthSqlite(sp.GetRequiredService<DataFolder>().AcquisitionDatabase));
        services.AddSingleton<ProfileStore>();
        services.AddSingleton<DelayProfileStore>();
        services.AddSingleton<Blocklist.BlocklistStore>();
        services.AddSingleton<MovieCatalog>();
        services.AddSingleton<SeriesCatalog>();
        services.AddSingleton<LibraryAdoption>();
        services.AddSingleton<WantedList>();
        services.AddSingleton<Calendar.CalendarEntries>();
        services.AddSingleton<EpisodeMonitoring>();
        services.AddSingleton<FormatLibrary>();
        services.AddSingleton<FormatStore>();
        services.AddSingleton<SearchContexts>();
        services.AddSingleton<ReleaseSearcher>();
        services.AddSingleton<BlackholeClient>();
        services.AddSingleton<DownloadClients>();
        // a client's redirect is an answer, never a place to send its credentials; no cookie jar shared between clients
        services.AddHttpClient(DownloadClients.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false });
        services.AddSingleton<Grabber>();
        services.AddSingleton<Queue.DownloadQueue>();
        services.TryAddSingleton<Core.Processes.ProcessRunner>();
        services.AddSingleton<Import.Importer>();
        services.AddHostedService(sp => sp.GetRequiredService<Import.Importer>());
        services.AddSingleton<Queue.QueueMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<Queue.QueueMonitor>());
        services.AddSingleton<RssSync>();
        services.AddHostedService<RssWorker>();
        services.AddSingleton<AutomaticSearch>();
        services.AddHostedService(sp => sp.GetRequiredService<AutomaticSearch>());
        services.AddSingleton<BacklogSearch>();
        services.AddHostedService(sp => sp.GetRequiredService<BacklogSearch>());
        services.AddHostedService<AdoptionWorker>();
        return builder;
    }

    /// <summary>
    /// Hearth's own qBittorrent (<see cref="Clients.Managed.ManagedQBittorrent"/>), run where acquire runs; `hearth up`
    /// adds it, test servers do not. Its forwarded port comes from egress in this process or from a file.
    /// </summary>
    public static IHostApplicationBuilder AddManagedDownloadClient(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Clients.Managed.ManagedQBittorrent>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<Clients.Managed.ManagedQBittorrent>());
        builder.Services.AddSingleton<Core.Egress.IForwardedPortListener>(sp => sp.GetRequiredService<Clients.Managed.ManagedQBittorrent>());
        builder.Services.AddHostedService<Clients.Managed.ForwardedPortFollower>();
        builder.Services.TryAddSingleton<Core.Processes.ProcessRunner>();
        return builder;
    }

    public static IEndpointRouteBuilder MapAcquisitionEndpoints(this IEndpointRouteBuilder routes) => routes.MapCatalogEndpoints().MapWantedEndpoints().MapReleaseEndpoints().MapFormatEndpoints().MapCalendarEndpoints().MapBlocklistEndpoints().MapDownloadClientEndpoints().MapQueueEndpoints();

    /// <summary>Brings the store's schema up to date and writes the default profiles into a new one.</summary>
    public static async Task MigrateAcquisitionAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using (var db = await services.GetRequiredService<IDbContextFactory<AcquisitionDb>>().CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            await SqliteStore.MigrateAsync(db, cancellationToken).ConfigureAwait(false);
        }
        await services.GetRequiredService<ProfileStore>().SeedAsync(cancellationToken).ConfigureAwait(false);
    }
}
