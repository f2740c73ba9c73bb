using Hearth.Jellyfin.Images;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Jellyfin.Items;

public static class BrowsingModule
{
    /// <summary>The item mapper and the image tag key; media sources come from playback's <see cref="IItemMediaSources"/> if registered.</summary>
    public static IServiceCollection AddJellyfinBrowsing(this IServiceCollection services)
    {
        services.AddSingleton<Auth.UrlSigner>();
        services.AddSingleton<ImageTags>();
        services.AddSingleton<ItemDtoMapper>();
        services.AddSingleton<LibraryList>();
        services.AddSingleton<PageCache>();
        services.AddSingleton<ItemJsonCache>();
        return services;
    }
}
