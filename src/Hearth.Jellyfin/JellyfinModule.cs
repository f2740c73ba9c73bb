using Hearth.Access.Sessions;
using Hearth.Core.Settings;
using Hearth.Jellyfin.Auth;
using Hearth.Jellyfin.Compat;
using Hearth.Jellyfin.Discovery;
using Hearth.Jellyfin.Images;
using Hearth.Jellyfin.Items;
using Hearth.Jellyfin.Playback;
using Hearth.Jellyfin.PlayState;
using Hearth.Jellyfin.QuickConnect;
using Hearth.Jellyfin.Server;
using Hearth.Jellyfin.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hearth.Jellyfin;

/// <summary>
/// The Jellyfin-compatible API, so the household's TV apps (Jellyfin for Android TV on the Shield, Findroid,
/// Swiftfin, Infuse, Kodi's add-on) sign in, browse, play and keep their place on Hearth. A thin edge: every answer
/// comes from the library, streaming and access contexts; this edge only speaks Jellyfin's routes and shapes.
/// </summary>
public static class JellyfinModule
{
    /// <summary>Every route of this API takes a Jellyfin app's token forms, and Hearth's own.</summary>
    public const string Policy = "jellyfin";

    public static IHostApplicationBuilder AddJellyfin(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.BindSettings<JellyfinOptions>(JellyfinOptions.Section);
        services.AddSingleton<ServerIdentity>();
        services.AddJellyfinBrowsing();
        // item answers describe their file as PlaybackInfo does
        services.AddSingleton<StreamTags>();
        services.AddSingleton<Items.IItemMediaSources, ItemMediaSources>();
        services.AddJellyfinPlayState();
        services.AddJellyfinQuickConnect();
        services.AddJellyfinDiscovery();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, JellyfinAuthenticationHandler>(JellyfinAuthenticationHandler.SchemeName, null);
        // Hearth's scheme, the default, hands a Jellyfin app's request on a Jellyfin route to the Jellyfin scheme, so
        // every request is signed in once, by the handler that reads its credentials
        services.Configure<AuthenticationSchemeOptions>(HearthAuthenticationHandler.SchemeName, o => o.ForwardDefaultSelector = JellyfinEndpoint.SchemeFor);
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireAuthenticatedUser());
        return builder;
    }

    public static IEndpointRouteBuilder MapJellyfinEndpoints(this IEndpointRouteBuilder routes)
    {
        // Jellyfin's routes, kept out of Hearth's own OpenAPI document (the web client's types come from it)
        var api = routes.MapGroup(string.Empty).RequireAuthorization(Policy).WithMetadata(JellyfinEndpoint.Marker).ExcludeFromDescription();
        api.MapSystemEndpoints();
        api.MapUserEndpoints();
        api.MapBrowsingEndpoints();
        api.MapImageEndpoints();
        api.MapJellyfinPlayback();
        api.MapJellyfinPlayState();
        api.MapQuickConnectEndpoints(routes);
        api.MapCompatEndpoints();
        return routes;
    }
}
