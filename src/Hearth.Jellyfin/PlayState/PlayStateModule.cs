using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Jellyfin.PlayState;

/// <summary>Progress reports, played and favourite marks, the sessions list and signing out.</summary>
internal static class PlayStateModule
{
    public static IServiceCollection AddJellyfinPlayState(this IServiceCollection services) => services
        .AddSingleton<PlaybackReports>()
        .AddSingleton<PlayingServices>();

    public static IEndpointRouteBuilder MapJellyfinPlayState(this IEndpointRouteBuilder api)
    {
        api.MapPlayingEndpoints();
        api.MapUserDataEndpoints();
        api.MapSessionEndpoints();
        return api;
    }
}
