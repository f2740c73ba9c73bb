using Hearth.Core.Processes;
using Hearth.Streaming.Hls;
using Hearth.Streaming.Sessions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hearth.Streaming;

public static class StreamingModule
{
    /// <summary>The streaming context: decisions, HLS sessions and their sweeper. Needs an <c>IPlayableMediaSource</c> from the library.</summary>
    public static IHostApplicationBuilder AddStreaming(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StreamingOptions>().Bind(builder.Configuration.GetSection(StreamingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProcessRunner>();
        services.AddSingleton<SessionRegistry>();
        services.AddHostedService<SessionSweeper>();
        return builder;
    }

    public static IEndpointRouteBuilder MapStreamingEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPlaybackEndpoints();
        routes.MapHlsEndpoints();
        routes.MapSessionsEndpoints();
        return routes;
    }
}
