using Microsoft.AspNetCore.Http;

namespace Hearth.Jellyfin.Auth;

/// <summary>
/// Marks a route of the Jellyfin API, and chooses who signs a request in there. On such a route a request that
/// carries a Jellyfin app's credentials (<c>Authorization: MediaBrowser …</c>, <c>X-Emby-Authorization</c>,
/// <c>X-Emby-Token</c>, <c>X-MediaBrowser-Token</c>, <c>api_key</c>/<c>ApiKey</c>) is handed to
/// <see cref="JellyfinAuthenticationHandler"/>; anything else (a Bearer token, an API key header, the session
/// cookie) stays with Hearth's own handler. One handler per request: asking both and merging their answers on
/// every request cost a fifth of a cached page's time.
/// </summary>
public sealed class JellyfinEndpoint
{
    private JellyfinEndpoint()
    {
    }

    public static JellyfinEndpoint Marker { get; } = new();

    /// <summary>For Hearth's scheme: the Jellyfin scheme when this request is a Jellyfin app's, else null (stay).</summary>
    public static string? SchemeFor(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<JellyfinEndpoint>() is null)
        {
            return null;
        }

        var headers = context.Request.Headers;
        var authorization = headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || headers.ContainsKey("X-Api-Key"))
        {
            return null;
        }

        if (authorization.StartsWith("MediaBrowser", StringComparison.OrdinalIgnoreCase)
            || authorization.StartsWith("Emby", StringComparison.OrdinalIgnoreCase)
            || headers.ContainsKey("X-Emby-Authorization")
            || headers.ContainsKey("X-Emby-Token")
            || headers.ContainsKey("X-MediaBrowser-Token"))
        {
            return JellyfinAuthenticationHandler.SchemeName;
        }

        var query = context.Request.Query;
        return query.ContainsKey("api_key") || query.ContainsKey("ApiKey") ? JellyfinAuthenticationHandler.SchemeName : null;
    }
}
