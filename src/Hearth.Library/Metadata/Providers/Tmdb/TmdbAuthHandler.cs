using System.Net.Http.Headers;

namespace Hearth.Library.Metadata.Providers.Tmdb;

/// <summary>
/// Adds the TMDB credential as the last step before the wire, so no address the client, the resilience
/// pipeline or a log line sees holds it: a v4 read access token (a JWT, "eyJ…") as a bearer token, a v3 key as
/// the <c>api_key</c> parameter (taken off the request again once it is sent, since a retry sends it anew).
/// </summary>
internal sealed class TmdbAuthHandler(Func<string?> key) : DelegatingHandler
{
    public static bool IsBearerToken(string key) => key.StartsWith("eyJ", StringComparison.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var credential = key()?.Trim();
        if (string.IsNullOrEmpty(credential))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (IsBearerToken(credential))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var plain = request.RequestUri!;
        var builder = new UriBuilder(plain);
        var query = builder.Query.TrimStart('?');
        builder.Query = (query.Length > 0 ? query + "&" : string.Empty) + "api_key=" + Uri.EscapeDataString(credential);
        request.RequestUri = builder.Uri;
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            request.RequestUri = plain;
        }
    }
}
