using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Jellyfin.Discovery;

internal static class DiscoveryModule
{
    public static IServiceCollection AddJellyfinDiscovery(this IServiceCollection services) => services.AddHostedService<DiscoveryResponder>();
}
