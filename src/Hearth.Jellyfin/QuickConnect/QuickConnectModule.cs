using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Jellyfin.QuickConnect;

internal static class QuickConnectModule
{
    public static IServiceCollection AddJellyfinQuickConnect(this IServiceCollection services) => services.AddSingleton<QuickConnectRequests>();
}
