using Hearth.Core.Media;
using Hearth.Core.Processes;
using Hearth.Core.Settings;
using Hearth.Streaming.DirectPlay;
using Hearth.Streaming.Hls;
using Hearth.Streaming.Sessions;
using Hearth.Streaming.Subtitles;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hearth.Streaming;

public static class StreamingModule
{
    /// <summary>
    /// The streaming context, the one owner of playback: direct play, subtitles as WebVTT, decisions, HLS sessions
    /// and their sweeper. Needs an <c>IPlayableMediaSource</c> from the library.
    /// </summary>
    public static IHostApplicationBuilder AddStreaming(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.BindSettings<StreamingOptions>(StreamingOptions.Section);
        builder.AddMediaTools();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProcessRunner>();
        services.AddSingleton<SessionRegistry>();
        services.AddSingleton<SubtitleTexts>();
        services.AddHostedService<SessionSweeper>();
        return builder;
    }

    public static IEndpointRouteBuilder MapStreamingEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapDirectPlayEndpoints();
        routes.MapSubtitleEndpoints();
        routes.MapPlaybackEndpoints();
        routes.MapHlsEndpoints();
        routes.MapSessionsEndpoints();
        return routes;
    }
}
