using Hearth.Core.Access;
using Hearth.Core.Media;
using Hearth.Core.Paths;
using Hearth.Core.Processes;
using Hearth.Core.Settings;
using Hearth.Core.Storage;
using Hearth.Library.Images;
using Hearth.Library.Items;
using Hearth.Library.Libraries;
using Hearth.Library.Metadata.Api;
using Hearth.Library.Metadata.Apply;
using Hearth.Library.Metadata.Matching;
using Hearth.Library.Metadata.Providers;
using Hearth.Library.Metadata.Refresh;
using Hearth.Library.Metadata.Store;
using Hearth.Library.Playback;
using Hearth.Library.Probing;
using Hearth.Library.Probing.Native;
using Hearth.Library.Scanning;
using Hearth.Library.Store;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hearth.Library;

public static class LibraryModule
{
    /// <summary>The library context: store, scanning, watching, what the endpoints read, and the files streaming plays (<see cref="IPlayableMediaSource"/>).</summary>
    public static IHostApplicationBuilder AddLibrary(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.BindSettings<LibraryOptions>(LibraryOptions.Section);
        builder.AddMediaTools();
        builder.AddMetadataProviders();
        builder.AddMetadataMatching();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProcessRunner>();
        services.AddPooledDbContextFactory<LibraryDb>((sp, o) => o.UseHearthSqlite(sp.GetRequiredService<DataFolder>().LibraryDatabase));
        services.AddSingleton<LibraryWriter>();
        services.AddSingleton(sp => new FfprobeProber(sp.GetRequiredService<ProcessRunner>(), sp.GetRequiredService<IOptions<MediaToolsOptions>>().Value.Ffprobe));
        services.AddSingleton<IMediaProber>(sp =>
        {
            // FFmpeg's libraries in worker processes when this is the hearth program (or a host names a worker), else ffprobe
            var ffprobe = sp.GetRequiredService<FfprobeProber>();
            var worker = sp.GetRequiredService<IOptions<MediaToolsOptions>>().Value.Prober == "ffprobe" ? null
                : sp.GetService<ProbeWorkerLaunch>() ?? ProbeWorkerLaunch.OfThisProgram();
            return worker is null ? ffprobe : ActivatorUtilities.CreateInstance<WorkerProber>(sp, worker, ffprobe);
        });
        services.AddSingleton(sp => new ThumbnailMaker(sp.GetRequiredService<ProcessRunner>(), sp.GetRequiredService<IOptions<MediaToolsOptions>>().Value.Ffmpeg));
        services.AddSingleton(sp => new ImageResizer(sp.GetRequiredService<ProcessRunner>(), sp.GetRequiredService<IOptions<MediaToolsOptions>>().Value.Ffmpeg));
        services.AddSingleton<ImageStore>();
        services.AddSingleton<MetadataPaths>();
        builder.BindSettings<RefreshOptions>(RefreshOptions.Section);
        services.AddHttpClient(ImageDownloader.ClientName);
        services.AddSingleton<ImageDownloader>();
        services.AddSingleton<MetadataLocale>();
        services.AddSingleton<MetadataApplier>();
        services.AddSingleton<ProviderHealth>();
        services.AddSingleton<RefreshQueue>();
        services.AddSingleton<MetadataRefresher>();
        services.AddSingleton<MetadataStatus>();
        services.AddSingleton<Metadata.Apply.NfoSaver>();
        services.AddSingleton<MetadataEditor>();
        services.AddSingleton<OfferedPictures>();
        services.AddHostedService<MetadataWorker>();
        services.AddSingleton<ScanQueue>();
        services.AddSingleton<ImportPlanner>();
        services.AddSingleton<ItemImporter>();
        services.AddSingleton<FileProbe>();
        services.AddSingleton<ProbeWriter>();
        services.AddSingleton<ProbePass>();
        services.AddSingleton<LibraryScanner>();
        services.AddSingleton<LibraryCatalog>();
        services.AddSingleton<ILibraryDirectory>(sp => sp.GetRequiredService<LibraryCatalog>());
        services.AddSingleton<PageRanks>();
        services.AddSingleton<ItemQueries>();
        services.AddSingleton<SummaryJson>();
        services.AddSingleton<ItemPageCache>();
        services.AddSingleton<WatchStates>();
        services.AddSingleton<IPlayableMediaSource, PlayableMediaSource>();
        // what is on disk, for the automation's catalog (the acquire role adopts it)
        services.AddSingleton<ILibraryHoldings, Items.LibraryHoldings>();
        services.AddSingleton<ILibraryNotifier, Libraries.LibraryNotifier>();
        services.AddSingleton<LibraryWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<LibraryWatcher>());
        services.AddHostedService<ScanWorker>();
        services.AddHostedService<ScanScheduler>();
        return builder;
    }

    public static IEndpointRouteBuilder MapLibraryEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapLibrariesEndpoints();
        routes.MapItemsEndpoints();
        routes.MapImageEndpoints();
        routes.MapMetadataEndpoints();
        routes.MapCollectionsEndpoints();
        return routes;
    }

    /// <summary>Brings the store's schema up to date; the host calls it before it starts serving.</summary>
    public static async Task MigrateLibraryAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<IDbContextFactory<LibraryDb>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await SqliteStore.MigrateAsync(db, cancellationToken).ConfigureAwait(false);
        // a scan still "running" in the store was cut off when the process died: say so, once, at the next start
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeMilliseconds();
        await db.ScanRuns.Where(r => r.Status == ScanOutcome.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ScanOutcome.Interrupted).SetProperty(r => r.FinishedMs, now).SetProperty(r => r.Error, "Hearth stopped before this scan finished; the next scan picks up from what is stored."), cancellationToken)
            .ConfigureAwait(false);
    }
}
