using Microsoft.AspNetCore.Builder;

namespace Hearth.Jellyfin.Auth;

/// <summary>
/// Marks a Jellyfin media route (a stream, an HLS playlist or segment, a subtitle) that a player fetches by URL
/// with no way to add a header: there, as in Jellyfin, the app's access token may travel in <c>api_key</c> or
/// <c>ApiKey</c>. Everywhere else on this API only an API key is taken from the query, never a session token.
/// </summary>
public sealed class MediaUrlToken
{
    private MediaUrlToken()
    {
    }

    public static MediaUrlToken Allowed { get; } = new();
}

public static class MediaUrlTokenExtensions
{
    public static TBuilder AllowTokenInUrl<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(MediaUrlToken.Allowed);
}
