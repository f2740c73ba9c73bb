using System.Net;
using Hearth.Core.Metadata;
using Hearth.Core.Settings;
using Hearth.Library.Metadata.Providers.Tmdb;
using Hearth.Library.Metadata.Providers.TvMaze;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hearth.Library.Metadata.Providers;

public static class MetadataProvidersModule
{
    public static readonly string UserAgent = "Hearth/" + (typeof(MetadataProvidersModule).Assembly.GetName().Version?.ToString(3) ?? "0.0.0") + " (metadata)";

    /// <summary>
    /// The online metadata providers as Core's contracts (TMDB for films and shows, TVmaze for shows), one client
    /// each for the whole process, with their settings (section <c>Metadata</c>), HTTP clients and disk cache.
    /// </summary>
    public static IHostApplicationBuilder AddMetadataProviders(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.BindSettings<MetadataOptions>(MetadataOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProviderGates>();
        services.TryAddSingleton<ResponseCache>();

        AddProviderClient(services, TmdbClient.HttpName, o => o.Tmdb.BaseUrl, o => o.Tmdb.RequestsPer10Seconds, followRedirects: true)
            .AddHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<IOptionsMonitor<MetadataOptions>>();
                return new TmdbAuthHandler(() => options.CurrentValue.Tmdb.ApiKey);
            });
        // TVmaze answers a lookup with a redirect to the show: the client reads it instead of following it
        AddProviderClient(services, TvMazeClient.HttpName, o => o.TvMaze.BaseUrl, o => o.TvMaze.RequestsPer10Seconds, followRedirects: false);

        services.TryAddSingleton<TmdbClient>();
        services.TryAddSingleton<TvMazeClient>();
        services.AddSingleton<IMovieMetadataProvider>(sp => sp.GetRequiredService<TmdbClient>());
        services.AddSingleton<IShowMetadataProvider>(sp => sp.GetRequiredService<TmdbClient>());
        services.AddSingleton<IShowMetadataProvider>(sp => sp.GetRequiredService<TvMazeClient>());
        return builder;
    }

    /// <summary>
    /// A provider's named client: its base address, no logging of addresses by the factory (a v3 key rides in the
    /// query), then retries and the circuit breaker, then the provider's concurrency gate per attempt.
    /// </summary>
    private static IHttpClientBuilder AddProviderClient(IServiceCollection services, string name, Func<MetadataOptions, string> baseUrl, Func<MetadataOptions, int> rate, bool followRedirects)
    {
        var client = services.AddHttpClient(name, (sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<MetadataOptions>>().Value;
                http.BaseAddress = new Uri(baseUrl(options).TrimEnd('/') + "/");
                http.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's attempt timeout and the caller's token bound it
                http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
                http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(15),
                PooledConnectionLifetime = TimeSpan.FromMinutes(10),
                AllowAutoRedirect = followRedirects,
                UseProxy = false,
            })
            .RemoveAllLoggers();
        client.AddResilienceHandler(name, (pipeline, context) =>
            ProviderResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<MetadataOptions>>().Value));
        client.AddHttpMessageHandler(sp =>
        {
            var gates = sp.GetRequiredService<ProviderGates>();
            return new GateHandler(gates.For(name), gates.RateFor(name, rate));
        });
        return client;
    }
}
