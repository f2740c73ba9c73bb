using Microsoft.AspNetCore.Builder;

namespace Hearth.Core.Access;

/// <summary>
/// Marks an endpoint whose protocol can only carry a credential in the URL (Torznab's <c>apikey=</c>, a grab
/// link, later a TV app's or music app's own spelling). Everywhere else a key in the query string is ignored:
/// URLs end up in proxy logs and browser history. Even here only API keys count, never a session token.
/// </summary>
public sealed class QueryApiKey
{
    /// <summary>The query parameters read, in order.</summary>
    public static readonly IReadOnlyList<string> Parameters = ["apikey", "api_key"];

    private QueryApiKey()
    {
    }

    public static QueryApiKey Allowed { get; } = new();
}

public static class QueryApiKeyExtensions
{
    /// <summary>Lets this endpoint take an API key (never a session token) from <c>apikey=</c> or <c>api_key=</c>.</summary>
    public static TBuilder AllowQueryApiKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(QueryApiKey.Allowed);
}
